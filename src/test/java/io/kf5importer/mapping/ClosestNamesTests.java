package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestNamesTests {

    @Test
    void nearestNamesComeFirstIgnoringCase() {
        List<String> closest = ClosestNames.of("tier2", List.of("Support", "Tier 2", "Billing", "Tier 3"), 3);

        assertThat(closest).containsExactly("Tier 2", "Tier 3");
    }

    @Test
    void namesTooFarAwayAreNotOffered() {
        assertThat(ClosestNames.suggestion("售后组", List.of("财务组", "售后一组", "Billing"))).isEqualTo(
                "; closest: 售后一组, 财务组");
        assertThat(ClosestNames.suggestion("Zhou Wen", List.of("林晓雾", "Billing"))).isEmpty();
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestNames.distance("", "abc")).isEqualTo(3);
    }
}
