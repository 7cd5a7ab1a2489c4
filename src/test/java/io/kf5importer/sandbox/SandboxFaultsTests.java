package io.kf5importer.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTests {

    @Test
    void specNamesEachKindWithItsProbability() {
        SandboxFaults faults = SandboxFaults.parse("error5xx=0.1, slow=0.02,drop-after-commit=1");

        assertThat(faults.probabilities()).isEqualTo(Map.of(
                FaultKind.ERROR_5XX, 0.1, FaultKind.SLOW, 0.02, FaultKind.DROP_AFTER_COMMIT, 1.0));
        assertThat(faults.probability(FaultKind.RESET)).isZero();
    }

    @Test
    void blankSpecMeansNoFaults() {
        assertThat(SandboxFaults.parse(" ").probabilities()).isEmpty();
        assertThat(SandboxFaults.parse(null)).isEqualTo(SandboxFaults.none());
    }

    @Test
    void specParsesBackFromItsText() {
        SandboxFaults faults = SandboxFaults.parse("rate429=0.25,reset=0.5");

        assertThat(SandboxFaults.parse(faults.toString())).isEqualTo(faults);
    }

    @Test
    void unknownKindIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> SandboxFaults.parse("explode=0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown fault 'explode', expected one of error5xx, rate429, reset, slow,"
                        + " drop-after-commit");
    }

    @Test
    void probabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> SandboxFaults.parse("slow=2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fault 'slow=2' has probability 2, expected a number from 0 to 1");
    }

    @Test
    void partWithoutProbabilityIsRefused() {
        assertThatThrownBy(() -> SandboxFaults.parse("slow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fault 'slow' is not KIND=P");
    }
}
