package io.kf5importer.mapping;

import io.kf5importer.kf5.Requester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequesterMappingTests {

    private static final String IDENTITY = "requester: { column: 联系方式 }";

    private static final String OBJECT = """
            requester:
              name: { column: 提交人 }
              email: { column: 邮箱 }
              phone: { column: 电话 }
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhang.wei@example.com | zhang.wei@example.com",
            "13800001234           | 13800001234",
            "138 0000 1234         | 13800001234",
            "+86 138-0000-1234     | 13800001234",
            "0086 13800001234      | 13800001234",
            "028-1234569           | 028-1234569",
            "(0755) 26000000       | 0755-26000000",
            "010 65550000          | 010-65550000"})
    void identityColumnIsSentAsKf5sIdentityString(String cell, String sent) {
        TicketMapper mapper = mapper(folder, IDENTITY);

        MappedRow mapped = mapper.map(ticketRow("联系方式", cell));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().requester()).isEqualTo(Requester.of(sent));
    }

    @Test
    void phoneThatExcelTurnedIntoScientificNotationIsRejectedNeverSent() {
        TicketMapper mapper = mapper(folder, IDENTITY);

        MappedRow mapped = mapper.map(ticketRow("联系方式", "1.38E+10"));

        assertThat(mapped.ticket()).isNull();
        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("联系方式");
            assertThat(problem.value()).isEqualTo("1.38E+10");
            assertThat(problem.message()).contains("scientific notation").contains("digits are lost");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sun.quan@example       | not a valid email address",
            "jiang wei@example.com  | not a valid email address",
            "1380000123             | not a mobile number",
            "02812345678            | not a mobile number",
            "QQ 12345               | not a mobile number or a landline"})
    void badIdentityIsRejectedWithWhatWasExpected(String cell, String reason) {
        TicketMapper mapper = mapper(folder, IDENTITY);

        MappedRow mapped = mapper.map(ticketRow("联系方式", cell));

        assertThat(mapped.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains(reason));
    }

    @Test
    void objectFormSendsTheNonEmptyParts() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "王芳", "邮箱", "wang.fang@example.com", "电话", "138 0000 1001"));

        assertThat(mapped.ticket().requester()).isEqualTo(Requester.of("王芳", "wang.fang@example.com", "13800001001"));
    }

    @Test
    void objectFormWithNameAndEmailLeavesThePhoneOut() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "Emma Wilson", "邮箱", "emma.wilson@example.org", "电话", ""));

        assertThat(mapped.ticket().requester().json())
                .isEqualTo(Map.of("name", "Emma Wilson", "email", "emma.wilson@example.org"));
    }

    @Test
    void objectFormWithALoneContactAndNoNameIsSentAsTheIdentityString() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "", "邮箱", "", "电话", "+86-13800001007"));

        assertThat(mapped.ticket().requester()).isEqualTo(Requester.of("13800001007"));
    }

    @Test
    void landlineInThePhoneColumnIsSentWithTheNameAsAnObject() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "谢婷", "邮箱", "", "电话", "028-85550000"));

        assertThat(mapped.ticket().requester().json()).isEqualTo(Map.of("name", "谢婷", "landline", "028-85550000"));
        assertThat(mapped.warnings()).isEmpty();
    }

    @Test
    void landlineBesideAnEmailIsSentInTheObject() {
        TicketMapper mapper = mapper(folder, """
                requester:
                  email: { column: 邮箱 }
                  landline: { column: 座机 }
                """);

        MappedRow mapped = mapper.map(ticketRow("邮箱", "sun.li@example.com", "座机", "0755 26000000"));

        assertThat(mapped.ticket().requester())
                .isEqualTo(Requester.of(null, "sun.li@example.com", null, "0755-26000000"));
        assertThat(mapped.ticket().requester().json())
                .isEqualTo(Map.of("email", "sun.li@example.com", "landline", "0755-26000000"));
        assertThat(mapped.warnings()).isEmpty();
    }

    @Test
    void everyPartOfTheObjectIsSentWhenAllAreGiven() {
        TicketMapper mapper = mapper(folder, """
                requester:
                  name: { column: 提交人 }
                  email: { column: 邮箱 }
                  phone: { column: 手机 }
                  landline: { column: 座机 }
                """);

        MappedRow mapped = mapper.map(ticketRow("提交人", "new user", "邮箱", "pablito@example.org",
                "手机", "18613210119", "座机", "028-1234569"));

        assertThat(mapped.ticket().requester().json()).isEqualTo(Map.of("name", "new user",
                "email", "pablito@example.org", "phone", "18613210119", "landline", "028-1234569"));
    }

    @Test
    void unusableContactFallsBackToTheOtherPartsWhenAsked() {
        TicketMapper mapper = mapper(folder, OBJECT + "  default: migration@example.com\n  unusable: default\n");

        MappedRow withEmail = mapper.map(ticketRow("提交人", "Jonas", "邮箱", "jonas@example.de",
                "电话", "+49 30 5550 1234"));
        MappedRow phoneOnly = mapper.map(ticketRow("提交人", "Jonas", "邮箱", "", "电话", "+49 30 5550 1234"));

        assertThat(withEmail.problems()).isEmpty();
        assertThat(withEmail.ticket().requester()).isEqualTo(Requester.of("Jonas", "jonas@example.de", null));
        assertThat(withEmail.warnings()).singleElement().asString().contains("+49 30 5550 1234").contains("left out");
        assertThat(phoneOnly.problems()).isEmpty();
        assertThat(phoneOnly.ticket().requester()).isEqualTo(Requester.of("migration@example.com"));
    }

    @Test
    void unusableDefaultNeedsADefaultIdentity() {
        assertThatThrownBy(() -> mapper(folder, OBJECT + "  unusable: default\n"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("ticket.requester.unusable").hasMessageContaining("default is not set");
    }

    @Test
    void everyBadPartIsReported() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "张飞", "邮箱", "zhang#example.com", "电话", "1.38E+10"));

        assertThat(mapped.problems()).extracting(RowProblem::column).containsExactly("邮箱", "电话");
    }

    @Test
    void rowWithNoWayToReachTheRequesterIsRejected() {
        TicketMapper mapper = mapper(folder, OBJECT);

        MappedRow mapped = mapper.map(ticketRow("提交人", "魏延", "邮箱", "", "电话", ""));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("提交人, 邮箱, 电话");
            assertThat(problem.message()).contains("no requester");
        });
    }

    @Test
    void rowWithNoRequesterGetsTheDefault() {
        TicketMapper mapper = mapper(folder, "requester: { column: 联系方式, default: service@example.com }");

        MappedRow mapped = mapper.map(ticketRow("联系方式", ""));

        assertThat(mapped.ticket().requester()).isEqualTo(Requester.of("service@example.com"));
    }

    @Test
    void requesterIdWinsAndMakesTheRequesterOptional() {
        TicketMapper mapper = mapper(folder, IDENTITY + "\nrequester_id: { column: 用户ID }");

        MappedRow withId = mapper.map(ticketRow("联系方式", "li.na@example.cn", "用户ID", "586"));
        MappedRow idOnly = mapper.map(ticketRow("联系方式", "", "用户ID", "587"));
        MappedRow neither = mapper.map(ticketRow("联系方式", "", "用户ID", ""));

        assertThat(withId.ticket().requesterId()).isEqualTo(586L);
        assertThat(withId.ticket().requester()).isNull();
        assertThat(idOnly.problems()).isEmpty();
        assertThat(idOnly.ticket().requesterId()).isEqualTo(587L);
        assertThat(neither.problems()).singleElement().asString().contains("no requester");
    }

    @Test
    void withoutRequesterSettingTheTicketHasNone() {
        TicketMapper mapper = mapper(folder, "");

        MappedRow mapped = mapper.map(ticketRow());

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().requester()).isNull();
    }
}
