package io.kf5importer.mapping;

import io.kf5importer.mapping.Contact.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTests {

    /** The regular expression the hand-written email check replaced: it must accept exactly what this accepts. */
    private static final Pattern FORMER_EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,}");

    @ParameterizedTest
    @ValueSource(strings = {"zhang.wei@example.com", "a@b.cn", "user1@example.com", "o'brien+tag@mail.example.org",
            "x!#$%&'*+/=?^_`{|}~-y@example.com", "first.middle.last@a-b.example.co", "UPPER@EXAMPLE.COM",
            "1@1.1.io", "a@b-c.d-e.fg", "  li.na@example.cn  "})
    void acceptsAnEmailAddress(String cell) {
        Contact contact = Contact.email(cell);

        assertThat(contact.kind()).isEqualTo(Kind.EMAIL);
        assertThat(contact.value()).isEqualTo(cell.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@", "@example.com", "name@", "name@example", "name@example.c", "name@.example.com",
            "name@example..com", "name@example.com.", "name@-example.com", "name@example-.com", "name@example.c0m",
            "name@example.12", ".name@example.com", "name.@example.com", "na..me@example.com", "na me@example.com",
            "name@exa mple.com", "name@@example.com", "name@exa@mple.com", "名字@example.com", "name@例子.com",
            "name@example.中国", "name(at)example.com", "name\"@example.com", "name@example.com\n.cn",
            "name@exam_ple.com", "sun.quan@example"})
    void refusesWhatIsNotAnEmailAddress(String cell) {
        Contact contact = Contact.email(cell);

        assertThat(contact.kind()).isEqualTo(Kind.REFUSED);
        assertThat(contact.problem()).startsWith("not a valid email address");
    }

    @Test
    void emailCheckAcceptsExactlyWhatTheFormerRegularExpressionAccepted() {
        Random random = new Random(20261204);
        String alphabet = "aZ09.@-_+'!~é中 ";
        int accepted = 0;

        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random, alphabet, "ab@cd.ef");
            boolean expected = FORMER_EMAIL.matcher(text).matches();

            assertThat(Contact.isEmail(text)).as("'%s'", text).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }

        assertThat(accepted).as("the generated texts include addresses").isGreaterThan(1_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800001234        | MOBILE   | 13800001234",
            "19912345678        | MOBILE   | 19912345678",
            "028-1234569        | LANDLINE | 028-1234569",
            "0755-26000000      | LANDLINE | 0755-26000000",
            "010-6555000        | LANDLINE | 010-6555000",
            "12800001234        | REFUSED  | ",
            "1380000123         | REFUSED  | ",
            "138000012345       | REFUSED  | ",
            "028-123456         | REFUSED  | ",
            "028-123456789      | REFUSED  | ",
            "02-12345678        | REFUSED  | ",
            "12345-1234567      | REFUSED  | ",
            "128-1234567        | REFUSED  | ",
            "028--1234567       | LANDLINE | 028-1234567",
            "028-1234-567       | REFUSED  | ",
            "1３800001234        | REFUSED  | ",
            "028-１234567        | REFUSED  | "})
    void telephoneIsReadAsAMobileOrALandline(String cell, Kind kind, String value) {
        Contact contact = Contact.telephone(cell);

        assertThat(contact.kind()).isEqualTo(kind);
        assertThat(contact.value()).isEqualTo(value);
    }

    /** A text mostly from the alphabet, now and then starting from a valid address so that some are valid. */
    private static String randomText(Random random, String alphabet, String seed) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? seed : "");
        int edits = random.nextInt(4);
        for (int i = 0; i < edits || text.isEmpty(); i++) {
            int at = random.nextInt(text.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (at < text.length() && random.nextBoolean()) {
                text.setCharAt(at, c);
            } else {
                text.insert(at, c);
            }
        }
        return text.toString();
    }
}
