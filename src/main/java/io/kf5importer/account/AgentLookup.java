package io.kf5importer.account;

import io.kf5importer.mapping.ClosestNames;
import io.kf5importer.mapping.IdLookup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code assignee_id} (and collaborators named by name) by an agent's email or name: first among the agents that
 * {@code groups.json} lists, then among the agents and admins a user search finds (an agent in no group). Names match
 * ignoring case and surrounding blanks; a name two agents share finds neither.
 */
final class AgentLookup implements IdLookup {

    private final AccountDirectory directory;

    AgentLookup(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Long idOf(String name) {
        List<DirectoryUser> found = agentsNamed(name);
        return found.size() == 1 ? found.get(0).id() : null;
    }

    @Override
    public String missing(String name) {
        List<DirectoryUser> found = agentsNamed(name);
        if (found.size() > 1) {
            return found.size() + " agents of the KF5 account have this name (ids "
                    + String.join(", ", found.stream().map(agent -> String.valueOf(agent.id())).toList())
                    + "); use their email instead";
        }
        List<String> known = new ArrayList<>();
        directory.groupAgents().forEach(agent -> known.add(agent.name()));
        directory.groupAgents().forEach(agent -> known.add(agent.email()));
        known.removeIf(Objects::isNull);
        return "no agent of the KF5 account has this name or email" + ClosestNames.suggestion(name, known);
    }

    private List<DirectoryUser> agentsNamed(String name) {
        List<DirectoryUser> inGroups = distinct(directory.groupAgents().stream()
                .filter(agent -> agent.isNamed(name)).toList());
        if (!inGroups.isEmpty()) {
            return inGroups;
        }
        return distinct(directory.search(name).stream()
                .filter(user -> user.isAgent() && user.isNamed(name)).toList());
    }

    private static List<DirectoryUser> distinct(List<DirectoryUser> users) {
        Map<Long, DirectoryUser> byId = new LinkedHashMap<>();
        users.forEach(user -> byId.putIfAbsent(user.id(), user));
        return List.copyOf(byId.values());
    }
}
