package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The people, groups and ticket fields of the sandbox. Not thread-safe: {@link SandboxState} guards it.
 */
final class Directory {

    private final Map<Long, User> users = new LinkedHashMap<>();
    private final Map<Long, Group> groups = new LinkedHashMap<>();
    private final Map<String, TicketField> fields = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when the content contradicts itself, naming what is wrong */
    Directory(List<User> users, List<Group> groups, List<TicketField> fields) {
        users.forEach(this::addUser);
        groups.forEach(this::addGroup);
        fields.forEach(this::addField);
    }

    List<User> users() {
        return List.copyOf(users.values());
    }

    List<Group> groups() {
        return List.copyOf(groups.values());
    }

    List<TicketField> fields() {
        return List.copyOf(fields.values());
    }

    Optional<User> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    Optional<Group> group(long id) {
        return Optional.ofNullable(groups.get(id));
    }

    Optional<TicketField> field(String apiName) {
        return Optional.ofNullable(fields.get(apiName));
    }

    Optional<User> userByEmail(String email) {
        return users.values().stream().filter(user -> email.equalsIgnoreCase(user.email())).findFirst();
    }

    /** The groups an agent belongs to. */
    List<Group> groupsOf(long userId) {
        return groups.values().stream().filter(group -> group.agentIds().contains(userId)).toList();
    }

    /** The user with the requester's email, else phone, else landline. */
    Optional<User> find(RequesterIdentity requester) {
        return Stream.of(
                        find(requester.email(), User::email),
                        find(requester.phone(), User::phone),
                        find(requester.landline(), User::landline))
                .flatMap(Optional::stream)
                .findFirst();
    }

    User addEndUser(RequesterIdentity requester, LocalDateTime now) {
        User user = new User(nextUserId(), requester.nameOrIdentity(), requester.email(), requester.phone(),
                requester.landline(), User.END_USER, now);
        users.put(user.id(), user);
        return user;
    }

    /** Makes sure the signing-in agent exists, adding an admin named after the email when it does not. */
    User ensureAgent(String email, LocalDateTime now) {
        User user = userByEmail(email).orElseGet(() -> {
            User admin = new User(nextUserId(), email, email, null, null, User.ADMIN, now);
            users.put(admin.id(), admin);
            return admin;
        });
        if (!user.isAgent()) {
            throw new IllegalArgumentException("user " + user.id() + " <" + email + "> is an " + user.role()
                    + " in the seed, so cannot sign in as the sandbox agent; make them an agent or admin");
        }
        return user;
    }

    /** Users whose name, email, phone or landline contains {@code query}, ignoring case, by id. */
    List<User> search(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(user -> Stream.of(user.name(), user.email(), user.phone(), user.landline())
                        .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparingLong(User::id))
                .toList();
    }

    private Optional<User> find(String identity, Function<User, String> attribute) {
        if (identity == null) {
            return Optional.empty();
        }
        return users.values().stream().filter(user -> identity.equalsIgnoreCase(attribute.apply(user))).findFirst();
    }

    private long nextUserId() {
        return users.keySet().stream().mapToLong(Long::longValue).max().orElse(10000) + 1;
    }

    private void addUser(User user) {
        if (!List.of(User.ADMIN, User.AGENT, User.END_USER).contains(user.role())) {
            throw new IllegalArgumentException("user " + user.id() + " has role '" + user.role()
                    + "', expected admin, agent or end_user");
        }
        requireNew(users.putIfAbsent(user.id(), user), "user", user.id());
    }

    private void addGroup(Group group) {
        for (long agentId : group.agentIds()) {
            boolean agent = user(agentId).map(User::isAgent).orElse(false);
            if (!agent) {
                throw new IllegalArgumentException("group " + group.id() + " (" + group.name() + ") lists user "
                        + agentId + ", who is not an agent or admin of the directory");
            }
        }
        requireNew(groups.putIfAbsent(group.id(), group), "group", group.id());
    }

    private void addField(TicketField field) {
        if (field.type() == null || field.type().isBlank()) {
            throw new IllegalArgumentException("ticket field " + field.id() + " (" + field.agentTitle()
                    + ") has no type; use text, textarea, dropdownlist, date, number or decimal");
        }
        if (CustomFieldReader.DROPDOWNLIST.equals(field.type()) && field.customFieldOptions().isEmpty()) {
            throw new IllegalArgumentException("ticket field " + field.id() + " (" + field.agentTitle()
                    + ") is a dropdownlist without custom_field_options");
        }
        requireNew(fields.putIfAbsent(field.apiName(), field), "ticket field", field.id());
    }

    private static void requireNew(Object previous, String what, long id) {
        if (previous != null) {
            throw new IllegalArgumentException(what + " id " + id + " appears twice");
        }
    }
}
