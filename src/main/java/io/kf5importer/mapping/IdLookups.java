package io.kf5importer.mapping;

/**
 * The lookups the mapper may use for id fields that hold names.
 *
 * @param users for {@code requester_id}
 * @param agents for {@code assignee_id}
 * @param groups for {@code group_id}
 */
public record IdLookups(IdLookup users, IdLookup agents, IdLookup groups) {

    /** No lookups: every id field must hold numbers. */
    public static IdLookups none() {
        return new IdLookups(IdLookup.NONE, IdLookup.NONE, IdLookup.NONE);
    }
}
