package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellStrippingTests {

    @Test
    void stripsExactlyAsStringStripForEveryCharacterAtEitherEnd() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            for (String text : List.of("" + c, c + "中", "a" + c, c + "订单" + c, c + " x", "\u3000" + c)) {
                assertThat(RowReading.strip(text)).as("U+%04X in '%s'", (int) c, text).isEqualTo(text.strip());
            }
        }
    }

    @Test
    void leavesCharactersBeyondTheBasicPlaneAndTheirSurrogatesAsTheyAre() {
        for (String text : List.of("\uD840\uDC00", "中\uD840", "\uDC00中", " \uD840\uDC00\u3000", "")) {
            assertThat(RowReading.strip(text)).isEqualTo(text.strip());
        }
    }
}
