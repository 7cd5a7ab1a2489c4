package io.kf5importer.mapping;

import io.kf5importer.kf5.Requester;

/** What a row says about its requester, gathered part by part before the request form is chosen. */
final class RequesterParts {

    private String name = "";

    private String email;

    private String mobile;

    private String landline;

    private String landlineColumn;

    private boolean refused;

    void name(String text) {
        name = text;
    }

    /** Files one contact under its kind; a refused one becomes a problem of the row. */
    void add(RowReading row, String column, String cell, Contact contact) {
        switch (contact.kind()) {
            case EMAIL -> email = contact.value();
            case MOBILE -> mobile = contact.value();
            case LANDLINE -> {
                landline = contact.value();
                landlineColumn = column;
            }
            case REFUSED -> {
                refused = true;
                row.problem(column, cell, contact.problem());
            }
        }
    }

    boolean refused() {
        return refused;
    }

    boolean isEmpty() {
        return email == null && mobile == null && landline == null;
    }

    /**
     * The request form: a lone contact without a name is sent as KF5's identity string, anything richer as an
     * object. TODO: {@link Requester} has no {@code landline}, although the create-ticket page's object example
     * carries one; until it does, a landline beside an email or mobile is left out and a landline alone is sent as
     * the identity string without the name. Both cases warn.
     */
    Requester toRequester(RowReading row) {
        if (email == null && mobile == null) {
            if (!name.isEmpty()) {
                row.warn("column '" + landlineColumn + "': requester name '" + name + "' left out — a requester "
                        + "known only by a landline is sent as the landline alone");
            }
            return Requester.of(landline);
        }
        if (landline != null) {
            row.warn("column '" + landlineColumn + "': landline " + landline + " left out — the requester is "
                    + "sent by email/mobile, and a landline beside them is not supported yet");
        }
        if (name.isEmpty() && (email == null || mobile == null)) {
            return Requester.of(email != null ? email : mobile);
        }
        return Requester.of(name.isEmpty() ? null : name, email, mobile);
    }
}
