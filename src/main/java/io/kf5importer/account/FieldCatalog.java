package io.kf5importer.account;

import io.kf5importer.mapping.ClosestNames;
import io.kf5importer.mapping.TicketFieldCatalog;
import io.kf5importer.mapping.TicketFieldInfo;

import java.util.List;
import java.util.Optional;

/** The account's ticket fields as the mapper asks for them. */
final class FieldCatalog implements TicketFieldCatalog {

    private final AccountDirectory directory;

    FieldCatalog(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<TicketFieldInfo> field(String nameOrLabel) {
        return directory.ticketFields().field(nameOrLabel);
    }

    @Override
    public List<String> closest(String nameOrLabel) {
        return ClosestNames.of(nameOrLabel, directory.ticketFields().names(), 3);
    }
}
