package io.kf5importer.account;

import io.kf5importer.mapping.IdLookup;

/** {@code collaborator_ids}: a user by email (any role), or an agent by name. */
final class CollaboratorLookup implements IdLookup {

    private final IdLookup users;

    private final IdLookup agents;

    CollaboratorLookup(IdLookup users, IdLookup agents) {
        this.users = users;
        this.agents = agents;
    }

    @Override
    public Long idOf(String name) {
        return byEmail(name) ? users.idOf(name.strip()) : agents.idOf(name);
    }

    @Override
    public String missing(String name) {
        return byEmail(name) ? users.missing(name.strip()) : agents.missing(name);
    }

    private static boolean byEmail(String name) {
        return name.contains("@");
    }
}
