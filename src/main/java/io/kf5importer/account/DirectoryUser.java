package io.kf5importer.account;

import tools.jackson.databind.JsonNode;

/**
 * A user of the account as the directory needs it.
 *
 * @param role {@code end_user}, {@code agent} or {@code admin}; {@code agent} for the agents a group lists
 */
record DirectoryUser(long id, String name, String email, String phone, String landline, String role) {

    /** A user of {@code users/search.json}. */
    static DirectoryUser of(JsonNode user) {
        return new DirectoryUser(user.path("id").asLong(), text(user, "name"), text(user, "email"),
                text(user, "phone"), text(user, "landline"), text(user, "role"));
    }

    /** An agent of a group's {@code agents}, whose email is its {@code username}. */
    static DirectoryUser agentOf(JsonNode agent) {
        return new DirectoryUser(agent.path("id").asLong(), text(agent, "name"), text(agent, "username"), null, null,
                "agent");
    }

    boolean isAgent() {
        return "agent".equals(role) || "admin".equals(role);
    }

    /** Whether the user is the one this name or email stands for. */
    boolean isNamed(String nameOrEmail) {
        return same(name, nameOrEmail) || same(email, nameOrEmail);
    }

    /** Whether the user has this email, phone or landline. */
    boolean isReachedBy(String contact) {
        return same(email, contact) || same(phone, contact) || same(landline, contact);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
