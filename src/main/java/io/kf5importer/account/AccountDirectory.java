package io.kf5importer.account;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.mapping.IdLookups;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The target account's directory, read through the client the first time it is needed and kept for the run: groups
 * with their agents ({@code GET /apiv2/groups.json}, once), ticket fields ({@code GET /apiv2/ticket_fields.json},
 * once) and users found by search ({@code GET /apiv2/users/search.json}, once per distinct query). Thread-safe.
 */
public final class AccountDirectory {

    private final Kf5Client client;

    private final Map<String, List<DirectoryUser>> searches = new HashMap<>();

    private List<DirectoryGroup> groups;

    private TicketFields ticketFields;

    public AccountDirectory(Kf5Client client) {
        this.client = client;
    }

    /** The lookups the mapper uses, all backed by this directory. */
    public IdLookups lookups() {
        AgentLookup agents = new AgentLookup(this);
        UserLookup users = new UserLookup(this);
        return new IdLookups(users, agents, new GroupLookup(this), new CollaboratorLookup(users, agents),
                new FieldCatalog(this));
    }

    /** The account's groups and their agents, fetched on first use. */
    synchronized List<DirectoryGroup> groups() {
        if (groups == null) {
            List<DirectoryGroup> read = new ArrayList<>();
            for (JsonNode group : client.groups()) {
                read.add(DirectoryGroup.of(group));
            }
            groups = List.copyOf(read);
        }
        return groups;
    }

    /** Every agent the groups name, each once, in group order. */
    List<DirectoryUser> groupAgents() {
        Map<Long, DirectoryUser> agents = new LinkedHashMap<>();
        groups().forEach(group -> group.agents().forEach(agent -> agents.putIfAbsent(agent.id(), agent)));
        return List.copyOf(agents.values());
    }

    /** The account's ticket fields, fetched on first use. */
    synchronized TicketFields ticketFields() {
        if (ticketFields == null) {
            ticketFields = TicketFields.of(client.ticketFields());
        }
        return ticketFields;
    }

    /** The users a search for the text finds (KF5 may match loosely: callers compare exactly), cached by query. */
    synchronized List<DirectoryUser> search(String query) {
        String key = query.strip().toLowerCase(Locale.ROOT);
        List<DirectoryUser> found = searches.get(key);
        if (found == null) {
            found = client.searchUsers(query.strip()).stream().map(DirectoryUser::of).toList();
            searches.put(key, found);
        }
        return found;
    }
}
