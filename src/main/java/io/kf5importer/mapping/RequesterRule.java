package io.kf5importer.mapping;

import io.kf5importer.kf5.Requester;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the {@code requester}: one identity column (an email, a mobile or a landline, told apart by their form), or an
 * object built from name, email, phone and landline parts whose empty ones are left out. A phone part may hold a
 * landline too. A row without any way to reach the requester gets the {@code default} identity, or is a problem.
 * A contact that cannot be used (a malformed email, a phone Excel turned into {@code 1.38E+10}) is a problem, unless
 * {@code unusable: default} says to leave it out with a warning and fall back to the other parts or the default.
 */
final class RequesterRule {

    private final TextRule identity;

    private final TextRule name;

    private final TextRule email;

    private final TextRule phone;

    private final TextRule landline;

    private final String fallback;

    private final boolean replaceUnusable;

    private RequesterRule(TextRule identity, TextRule name, TextRule email, TextRule phone, TextRule landline,
            String fallback, boolean replaceUnusable) {
        this.identity = identity;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.landline = landline;
        this.fallback = fallback;
        this.replaceUnusable = replaceUnusable;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static RequesterRule compile(MappingFile.Requester requester) {
        if (requester == null) {
            return null;
        }
        String setting = "ticket.requester";
        boolean parts = requester.name() != null || requester.email() != null || requester.phone() != null
                || requester.landline() != null;
        Settings.exactlyOne(setting, "column", requester.column(), "name/email/phone/landline", parts ? true : null);
        if (parts && requester.email() == null && requester.phone() == null && requester.landline() == null) {
            throw new InvalidSettingException(setting, "has only a name; KF5 needs an email, a phone or a landline "
                    + "to find or create the user");
        }
        Contact fallback = requester.defaultValue() == null ? null : Contact.read(requester.defaultValue());
        if (fallback != null && fallback.isRefused()) {
            throw new InvalidSettingException(setting + ".default", "'" + requester.defaultValue() + "' is "
                    + fallback.problem());
        }
        return new RequesterRule(
                requester.column() == null ? null : TextRule.ofColumn(Settings.column(requester.column(), setting)),
                TextRule.compile(requester.name(), setting + ".name"),
                TextRule.compile(requester.email(), setting + ".email"),
                TextRule.compile(requester.phone(), setting + ".phone"),
                TextRule.compile(requester.landline(), setting + ".landline"),
                fallback == null ? null : fallback.value(),
                replaceUnusable(requester.unusable(), fallback != null));
    }

    /**
     * The requester, or {@code null} when the row has none (a problem unless {@code optional}) or a bad one.
     *
     * @param optional whether the row names its requester otherwise (a requester id), so that none is fine
     */
    Requester read(RowReading row, boolean optional) {
        RequesterParts found = identity != null ? readIdentity(row) : readParts(row);
        if (!found.refusals().isEmpty() && !replaceUnusable) {
            found.refusals().forEach(refusal -> row.problem(refusal.column(), refusal.value(), refusal.message()));
            return null;
        }
        found.refusals().forEach(refusal -> row.warn("column '" + refusal.column() + "': requester contact '"
                + refusal.value() + "' left out, " + refusal.message() + " (ticket.requester.unusable: default)"));
        if (found.isEmpty()) {
            return noRequester(row, optional);
        }
        return found.toRequester();
    }

    List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (TextRule rule : new TextRule[] {identity, name, email, phone, landline}) {
            if (rule != null) {
                columns.addAll(rule.columns());
            }
        }
        return columns;
    }

    private RequesterParts readIdentity(RowReading row) {
        RequesterParts found = new RequesterParts();
        String cell = identity.read(row);
        if (!cell.isEmpty()) {
            found.add(identity.column(), cell, Contact.read(cell));
        }
        return found;
    }

    private RequesterParts readParts(RowReading row) {
        RequesterParts found = new RequesterParts();
        found.name(name == null ? "" : name.read(row));
        readPart(row, found, email, Contact::email);
        readPart(row, found, phone, Contact::telephone);
        readPart(row, found, landline, Contact::telephone);
        return found;
    }

    private static void readPart(RowReading row, RequesterParts found, TextRule part,
            Function<String, Contact> reader) {
        String cell = part == null ? "" : part.read(row);
        if (!cell.isEmpty()) {
            found.add(part.column(), cell, reader.apply(cell));
        }
    }

    private static boolean replaceUnusable(String unusable, boolean hasDefault) {
        String setting = "ticket.requester.unusable";
        if (unusable == null || unusable.strip().equalsIgnoreCase("reject")) {
            return false;
        }
        if (!unusable.strip().equalsIgnoreCase("default")) {
            throw new InvalidSettingException(setting, "'" + unusable + "' is not a choice here; expected reject (the "
                    + "row is refused) or default (the contact is left out with a warning)");
        }
        if (!hasDefault) {
            throw new InvalidSettingException(setting, "is default, but ticket.requester.default is not set; give "
                    + "the identity to use for rows left without a usable contact");
        }
        return true;
    }

    private Requester noRequester(RowReading row, boolean optional) {
        if (fallback != null) {
            return Requester.of(fallback);
        }
        if (!optional) {
            row.problem(String.join(", ", columns()), null, "no requester: expected an email, a mobile number or a "
                    + "landline (or set ticket.requester.default)");
        }
        return null;
    }
}
