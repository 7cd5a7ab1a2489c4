package io.kf5importer.kf5;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code requester} of a new ticket: either one identity string (an email, a mobile number, or a landline with
 * its area code such as {@code 028-1234569}) or an object of name, email, phone and landline, as in the
 * create-ticket page's example. KF5 creates the user when no user has that identity.
 */
public record Requester(String identity, String name, String email, String phone, String landline) {

    public static Requester of(String identity) {
        return new Requester(identity, null, null, null, null);
    }

    public static Requester of(String name, String email, String phone) {
        return new Requester(null, name, email, phone, null);
    }

    public static Requester of(String name, String email, String phone, String landline) {
        return new Requester(null, name, email, phone, landline);
    }

    /** The JSON form: the identity string, or an object with the fields that are set. */
    @JsonValue
    public Object json() {
        if (identity != null) {
            return identity;
        }
        Map<String, String> object = new LinkedHashMap<>();
        putIfSet(object, "name", name);
        putIfSet(object, "email", email);
        putIfSet(object, "phone", phone);
        putIfSet(object, "landline", landline);
        return object;
    }

    private static void putIfSet(Map<String, String> object, String key, String value) {
        if (value != null && !value.isEmpty()) {
            object.put(key, value);
        }
    }
}
