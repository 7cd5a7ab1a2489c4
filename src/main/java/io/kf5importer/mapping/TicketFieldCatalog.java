package io.kf5importer.mapping;

import java.util.List;
import java.util.Optional;

/**
 * The ticket fields of the KF5 account ({@code GET /apiv2/ticket_fields.json}), for custom fields named in the
 * mapping by their API name ({@code field_201}) or by the label agents see ({@code agent_title}).
 */
public interface TicketFieldCatalog {

    /** Knows no fields: custom fields must be named field_N and their values go unchecked. */
    TicketFieldCatalog NONE = new TicketFieldCatalog() {

        @Override
        public Optional<TicketFieldInfo> field(String nameOrLabel) {
            return Optional.empty();
        }

        @Override
        public List<String> closest(String nameOrLabel) {
            return List.of();
        }
    };

    /** Checking without the account: like {@link #NONE}, but a label is noted as unchecked rather than refused. */
    TicketFieldCatalog OFFLINE = new TicketFieldCatalog() {

        @Override
        public Optional<TicketFieldInfo> field(String nameOrLabel) {
            return Optional.empty();
        }

        @Override
        public List<String> closest(String nameOrLabel) {
            return List.of();
        }
    };

    /** The field with that API name or label (labels match ignoring case and surrounding blanks). */
    Optional<TicketFieldInfo> field(String nameOrLabel);

    /** A few labels and names of the account close to the one given, closest first, for a message. */
    List<String> closest(String nameOrLabel);
}
