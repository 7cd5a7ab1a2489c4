package io.kf5importer.mapping;

/**
 * What every imported ticket carries so that KF5 can be searched for it when its create got no answer: the row's key
 * in a text custom field (found with {@code tickets/search.json?fieldvalue=}) and/or a tag made from the key
 * (matched among the tickets created since the send). Immutable.
 *
 * @param customField the custom field ({@code field_N}) that holds the row's key, or {@code null}
 * @param tagTemplate the tag, {@code {key}} standing for the row's key, or {@code null}
 */
public record TicketMarker(String customField, String tagTemplate) {

    /** No marker: a ticket can only be matched by its title and description. */
    public static final TicketMarker NONE = new TicketMarker(null, null);

    static final String KEY_PLACEHOLDER = "{key}";

    public boolean isNone() {
        return customField == null && tagTemplate == null;
    }

    /** The tag the ticket of this row carries, or {@code null} when the marker has no tag. */
    public String tag(String key) {
        return tagTemplate == null ? null : tagTemplate.replace(KEY_PLACEHOLDER, key);
    }
}
