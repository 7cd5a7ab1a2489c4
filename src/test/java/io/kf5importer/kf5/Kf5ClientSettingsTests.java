package io.kf5importer.kf5;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Kf5ClientSettingsTests {

    @Test
    void theFiveArgumentSettingsKeepTheDefaultHeadroomBackoffAndWindow() {
        Kf5ClientSettings settings = new Kf5ClientSettings(120, 4, Duration.ofSeconds(10), Duration.ofSeconds(60), 5);

        assertThat(settings.headroom()).isEqualTo(0.9);
        assertThat(settings.retryBaseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.retryMaxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.unreachableAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings).isEqualTo(Kf5ClientSettings.defaults());
    }

    @Test
    void theEffectiveRateLeavesTheHeadroomAndIsAtLeastOne() {
        assertThat(Kf5ClientSettings.defaults().effectiveRatePerMinute()).isEqualTo(108);
        assertThat(Kf5ClientSettings.defaults().withHeadroom(1.0).effectiveRatePerMinute()).isEqualTo(120);
        assertThat(new Kf5ClientSettings(1, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), 1)
                .effectiveRatePerMinute()).isEqualTo(1);
    }

    @Test
    void nonsenseSettingsAreRefusedNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> Kf5ClientSettings.defaults().withHeadroom(1.5))
                .withMessageContaining("headroom");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Kf5ClientSettings(0, 4, Duration.ofSeconds(1), Duration.ofSeconds(1), 1))
                .withMessageContaining("ratePerMinute");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kf5ClientSettings.defaults().withUnreachableAfter(Duration.ZERO))
                .withMessageContaining("unreachableAfter");
    }
}
