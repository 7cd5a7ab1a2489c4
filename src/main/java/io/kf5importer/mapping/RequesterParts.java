package io.kf5importer.mapping;

import io.kf5importer.kf5.Requester;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a row says about its requester, gathered part by part before the request form is chosen. Contacts that cannot
 * be used are kept aside as refusals, for the rule to report or to replace.
 */
final class RequesterParts {

    private String name = "";

    private String email;

    private String mobile;

    private String landline;

    private final List<RowProblem> refusals = new ArrayList<>();

    void name(String text) {
        name = text;
    }

    /** Files one contact under its kind; a refused one is kept with its column and cell. */
    void add(String column, String cell, Contact contact) {
        switch (contact.kind()) {
            case EMAIL -> email = contact.value();
            case MOBILE -> mobile = contact.value();
            case LANDLINE -> landline = contact.value();
            case REFUSED -> refusals.add(new RowProblem(column, cell, contact.problem()));
        }
    }

    List<RowProblem> refusals() {
        return refusals;
    }

    boolean isEmpty() {
        return email == null && mobile == null && landline == null;
    }

    /**
     * The request form: a lone contact without a name is sent as KF5's identity string, anything richer as an object
     * of name, email, phone and landline (the create-ticket page's object example carries all four).
     */
    Requester toRequester() {
        List<String> contacts = Stream.of(email, mobile, landline).filter(Objects::nonNull).toList();
        if (name.isEmpty() && contacts.size() == 1) {
            return Requester.of(contacts.get(0));
        }
        return Requester.of(name.isEmpty() ? null : name, email, mobile, landline);
    }
}
