package io.kf5importer.kf5;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code ticket.id} from a create's answer without building the answer's tree: KF5 answers with the whole
 * ticket, and parsing it into nodes was a twentieth of a create's CPU time for one number.
 */
final class CreatedTicketId {

    private static final int MAX_DIGITS = 18;

    private CreatedTicketId() {
    }

    /** The id as a JSON number or a string of digits, or {@code null} when the answer has none (or is not JSON). */
    static Long read(JsonMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !enterProperty(parser, "ticket")
                    || parser.currentToken() != JsonToken.START_OBJECT || !enterProperty(parser, "id")) {
                return null;
            }
            return idOf(parser);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /**
     * Moves to the value of the named property of the object the parser is at the start of, skipping the others.
     *
     * @return whether the object has it
     */
    private static boolean enterProperty(JsonParser parser, String name) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean wanted = name.equals(parser.currentName());
            parser.nextToken();
            if (wanted) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static Long idOf(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            return text.length() <= MAX_DIGITS && !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')
                    ? Long.parseLong(text) : null;
        }
        return null;
    }
}
