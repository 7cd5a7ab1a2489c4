package io.kf5importer.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a custom field's text against the field's type in the account and converts it to what {@code custom_fields}
 * carries: {@code text}/{@code textarea} as is, {@code dropdownlist} as the {@code value} of the option it names
 * (matched ignoring case), {@code date} as {@code yyyy-MM-dd}, {@code number} as a whole number, {@code decimal} as a
 * decimal number. A field of another type takes the text unchecked.
 */
final class CustomFieldValues {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}(\\.\\d+)?");

    private static final int OPTIONS_LISTED = 12;

    private CustomFieldValues() {
    }

    /** The value to send, or {@code null} when the text does not fit the field (then a problem is recorded). */
    static Object convert(RowReading row, CustomFieldRule rule, TicketFieldInfo field, String text) {
        String column = rule.reportColumn();
        return switch (field.type()) {
            case "dropdownlist" -> option(row, column, field, text);
            case "date" -> date(row, rule, text);
            case "number" -> number(row, column, field, text, WHOLE, "a whole number such as 12");
            case "decimal" -> number(row, column, field, text, DECIMAL, "a number such as 12.50");
            default -> text;
        };
    }

    private static Object option(RowReading row, String column, TicketFieldInfo field, String text) {
        for (String option : field.options()) {
            if (option.strip().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return option;
            }
        }
        List<String> listed = field.options().stream().limit(OPTIONS_LISTED).toList();
        row.problem(column, text, "not an option of the custom field " + field.describe() + "; expected one of "
                + String.join(", ", listed) + (field.options().size() > listed.size() ? ", …" : "")
                + ClosestNames.suggestion(text, field.options()) + " (or map it under the field's map)");
        return null;
    }

    private static Object date(RowReading row, CustomFieldRule rule, String text) {
        String time = rule.dates().read(row, text);
        return time == null ? null : time.substring(0, "yyyy-MM-dd".length());
    }

    private static Object number(RowReading row, String column, TicketFieldInfo field, String text, Pattern form,
            String expected) {
        String plain = text.replace(" ", "");
        if (!form.matcher(plain).matches()) {
            row.problem(column, text, "not a value for the custom field " + field.describe() + "; expected "
                    + expected);
            return null;
        }
        return form == WHOLE ? (Object) Long.parseLong(plain) : new BigDecimal(plain);
    }
}
