package io.kf5importer.kf5;

import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A ticket serialized once: the bytes of its JSON object, sent as the create's {@code ticket}, and their SHA-256, the
 * fingerprint the ledger keeps of what was sent (and compares later rows with, to find changed ones). Serializing
 * a ticket twice, once for each, was a tenth of a create's CPU time.
 */
public final class TicketJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TicketRequest ticket;
    private final byte[] bytes;
    private volatile String sha256;

    private TicketJson(TicketRequest ticket, byte[] bytes) {
        this.ticket = ticket;
        this.bytes = bytes;
    }

    public static TicketJson of(TicketRequest ticket) {
        return new TicketJson(ticket, JSON.writeValueAsBytes(ticket));
    }

    public TicketRequest ticket() {
        return ticket;
    }

    /** The JSON object, UTF-8. Not a copy: do not change it. */
    byte[] bytes() {
        return bytes;
    }

    /** Hex SHA-256 of the JSON: the same for the same ticket, whichever run maps it. */
    public String sha256() {
        String made = sha256;
        if (made == null) {
            made = HexFormat.of().formatHex(digest(bytes));
            sha256 = made;
        }
        return made;
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
