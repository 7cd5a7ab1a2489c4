package io.kf5importer.account;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A group of the account and the agents in it, from {@code groups.json}. */
record DirectoryGroup(long id, String name, List<DirectoryUser> agents) {

    static DirectoryGroup of(JsonNode group) {
        List<DirectoryUser> agents = new ArrayList<>();
        group.path("agents").forEach(agent -> agents.add(DirectoryUser.agentOf(agent)));
        return new DirectoryGroup(group.path("id").asLong(), group.path("name").asString(), List.copyOf(agents));
    }
}
