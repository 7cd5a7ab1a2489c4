package io.kf5importer.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDateTime;

/**
 * A person in the sandbox directory.
 *
 * @param role KF5's role: {@code admin}, {@code agent} or {@code end_user}
 * @param phone a mobile number as 11 digits, or null
 * @param landline a landline with its area code such as {@code 028-1234569}, or null
 * @param createdAt null for users of a seed that does not say
 */
public record User(long id, String name, String email, String phone, String landline, String role,
        LocalDateTime createdAt) {

    static final String ADMIN = "admin";
    static final String AGENT = "agent";
    static final String END_USER = "end_user";

    /** Whether this user may be a ticket's assignee or a group's member. */
    @JsonIgnore
    public boolean isAgent() {
        return ADMIN.equals(role) || AGENT.equals(role);
    }
}
