package io.kf5importer.mapping;

/**
 * The lookups the mapper may use for id fields that hold names, and for custom fields named by their label.
 *
 * @param users for {@code requester_id}: users by email or phone
 * @param agents for {@code assignee_id}: agents by email or name
 * @param groups for {@code group_id}: groups by name
 * @param collaborators for {@code collaborator_ids}: users by email, agents by name
 * @param fields the account's ticket fields, for custom fields by label and their types
 */
public record IdLookups(IdLookup users, IdLookup agents, IdLookup groups, IdLookup collaborators,
        TicketFieldCatalog fields) {

    /** Lookups for the three id fields only; collaborators take numbers, custom fields go unchecked by name. */
    public IdLookups(IdLookup users, IdLookup agents, IdLookup groups) {
        this(users, agents, groups, IdLookup.NONE, TicketFieldCatalog.NONE);
    }

    /** No lookups: every id field must hold numbers, custom fields are named field_N and sent as text. */
    public static IdLookups none() {
        return new IdLookups(IdLookup.NONE, IdLookup.NONE, IdLookup.NONE, IdLookup.NONE, TicketFieldCatalog.NONE);
    }

    /** Checking without the account: names and custom field types are noted as unchecked, not refused. */
    public static IdLookups offline() {
        return new IdLookups(IdLookup.OFFLINE, IdLookup.OFFLINE, IdLookup.OFFLINE, IdLookup.OFFLINE,
                TicketFieldCatalog.OFFLINE);
    }

    /** Whether these lookups stand in for an account that was not asked. */
    public boolean isOffline() {
        return fields == TicketFieldCatalog.OFFLINE;
    }
}
