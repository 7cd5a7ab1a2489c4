package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/**
 * Who a ticket's {@code requester} names when it is not an id: an email, a mobile phone, a landline, and a name for a
 * user created from it.
 *
 * <p>The string form is classified as an email (has an {@code @}), a mobile number (11 digits starting with 1, spaces
 * allowed, optionally after {@code +86} or {@code 86}; kept as the 11 digits) or a landline (area code starting with 0,
 * a {@code -}, 7 or 8 digits, as in {@code 028-1234569}). The object form takes {@code email}, {@code phone} (a string
 * or a number), {@code landline} and {@code name}, and needs at least one of the first three.
 */
record RequesterIdentity(String email, String phone, String landline, String name) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1\\d{10})");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}");
    private static final String EXPECTED = "an email, a mobile number (11 digits starting with 1, optionally after +86)"
            + " or a landline with its area code such as 028-1234569";

    /** Reads the {@code requester} member, a string or an object, at JSON path {@code field}. */
    static RequesterIdentity read(JsonNode requester, String field) {
        if (requester.isString()) {
            return fromString(requester.stringValue(), field);
        }
        if (requester.isObject()) {
            return fromObject(requester, field);
        }
        throw ApiError.invalidField(field, "requester must be " + EXPECTED + ", or an object of email, phone,"
                + " landline and name; got " + requester);
    }

    /** The name a new user gets: the given name, else the identity it was found by. */
    String nameOrIdentity() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null ? email : phone != null ? phone : landline;
    }

    private static RequesterIdentity fromString(String value, String field) {
        String text = value.trim();
        if (EMAIL.matcher(text).matches()) {
            return new RequesterIdentity(text, null, null, null);
        }
        if (LANDLINE.matcher(text).matches()) {
            return new RequesterIdentity(null, null, text, null);
        }
        String mobile = mobile(text);
        if (mobile != null) {
            return new RequesterIdentity(null, mobile, null, null);
        }
        throw ApiError.invalidField(field, "requester must be " + EXPECTED + ", got '" + value + "'");
    }

    private static RequesterIdentity fromObject(JsonNode requester, String field) {
        String email = member(requester, "email", field);
        String phone = member(requester, "phone", field);
        String landline = member(requester, "landline", field);
        String name = member(requester, "name", field);
        if (email == null && phone == null && landline == null) {
            throw ApiError.invalidField(field, "requester needs an email, a phone or a landline, got " + requester);
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw ApiError.invalidField(field + ".email", "requester email '" + email + "' is not an email address");
        }
        if (phone != null && mobile(phone) == null) {
            throw ApiError.invalidField(field + ".phone", "requester phone '" + phone
                    + "' is not a mobile number (11 digits starting with 1, optionally after +86)");
        }
        if (landline != null && !LANDLINE.matcher(landline).matches()) {
            throw ApiError.invalidField(field + ".landline", "requester landline '" + landline
                    + "' is not an area code, '-' and 7 or 8 digits such as 028-1234569");
        }
        return new RequesterIdentity(email, phone == null ? null : mobile(phone), landline, name);
    }

    /** A member as text (numbers too, as KF5's own example sends the phone as a number), or null when absent. */
    private static String member(JsonNode requester, String name, String field) {
        JsonNode value = requester.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() && !value.isIntegralNumber()) {
            throw ApiError.invalidField(field + "." + name, "requester " + name + " must be text, got " + value);
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    private static String mobile(String text) {
        var matcher = MOBILE.matcher(text.replace(" ", ""));
        return matcher.matches() ? matcher.group(1) : null;
    }
}
