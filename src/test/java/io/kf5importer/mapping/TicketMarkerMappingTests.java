package io.kf5importer.mapping;

import io.kf5importer.kf5.CustomFieldValue;
import io.kf5importer.kf5.TicketRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketMarkerMappingTests {

    @TempDir
    Path folder;

    @Test
    void withoutAMarkerSettingTheCustomFieldMappedStraightFromTheKeyIsTheMarker() {
        String yaml = "key: 编号\n" + MappingFixtures.MINIMAL + "  custom_fields:\n    field_201: { column: 编号 }\n";

        MappingConfig mapping = load(folder, yaml);

        assertThat(mapping.marker()).isEqualTo(new TicketMarker("field_201", null));
        assertThat(mapping.markerField()).isEqualTo("field_201");
    }

    @Test
    void withoutAMarkerSettingOrAFieldFedByTheKeyThereIsNoMarker() {
        String yaml = "key: 编号\n" + MappingFixtures.MINIMAL
                + "  custom_fields:\n    field_201: { template: \"#{编号}\" }\n";

        MappingConfig mapping = load(folder, yaml);

        assertThat(mapping.marker().isNone()).isTrue();
    }

    @Test
    void aMarkerFieldNamedByItsLabelIsLeftUnresolvedWhenTheAccountIsNotAsked() {
        String yaml = "key: 编号\n" + MappingFixtures.MINIMAL + "  custom_fields:\n    来源编号: { column: 编号 }\n";

        TicketMapper mapper = new TicketMapper(load(folder, yaml), folder.resolve("tickets.csv"), IdLookups.offline());

        assertThat(mapper.marker().customField()).isNull();
        assertThat(mapper.map(ticketRow("编号", "GD-7")).isRejected()).isFalse();
    }

    @Test
    void theMarkerFieldReceivesTheRowsKeyWithoutBeingMapped() {
        String yaml = "key: 编号\nmarker: { custom_field: field_205 }\n" + MappingFixtures.MINIMAL;

        TicketRequest ticket = map(yaml).ticket();

        assertThat(ticket.customFields()).containsExactly(new CustomFieldValue("field_205", "GD-7"));
    }

    @Test
    void theMarkerTagIsAddedToTheMappedTags() {
        String yaml = "key: 编号\nmarker: { custom_field: field_201, tag: \"src-{key}\" }\n" + MappingFixtures.MINIMAL
                + "  tags: { value: [迁移导入] }\n  custom_fields:\n    field_201: { column: 编号 }\n";

        TicketRequest ticket = map(yaml).ticket();

        assertThat(ticket.tags()).containsExactly("迁移导入", "src-GD-7");
        assertThat(ticket.customFields()).containsExactly(new CustomFieldValue("field_201", "GD-7"));
    }

    @Test
    void aMarkerFieldFilledFromAnotherColumnIsRefused() {
        String yaml = "key: 编号\nmarker: { custom_field: field_201 }\n" + MappingFixtures.MINIMAL
                + "  custom_fields:\n    field_201: { column: 标题 }\n";

        assertThatThrownBy(() -> load(folder, yaml))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("marker.custom_field")
                .hasMessageContaining("must hold the row's key");
    }

    @Test
    void aMarkerTagWithoutTheKeyIsRefused() {
        String yaml = "key: 编号\nmarker: { tag: imported }\n" + MappingFixtures.MINIMAL;

        assertThatThrownBy(() -> load(folder, yaml))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("marker.tag")
                .hasMessageContaining("{key}");
    }

    private MappedRow map(String yaml) {
        TicketMapper mapper = new TicketMapper(load(folder, yaml), folder.resolve("tickets.csv"));
        return mapper.map(ticketRow("编号", "GD-7"));
    }
}
