package io.kf5importer.kf5;

/**
 * What KF5 answered to a create: the new ticket's id and its {@code Location}, when sent.
 */
public record CreatedTicket(long id, String location) {
}
