package io.kf5importer.mapping;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code due_at}: a cell parsed with the declared patterns (java.time {@link DateTimeFormatter} letters), taken
 * in the declared zone unless the pattern reads an offset, and written as {@code yyyy-MM-dd HH:mm:ss} in the KF5
 * account's zone. Dates are checked strictly (no 30 February). A date without a time gets {@code date_only_time}
 * (23:59:59 unless set: a deadline written as a day means "by the end of that day"). A cell that two patterns read
 * as different times is refused as ambiguous rather than guessed. Custom fields of type {@code date} are read the
 * same way.
 */
final class DueDateRule {

    /** Why a pattern that reads no day at all gives no date: the words of {@code DateTimeFormatter.parseBest}. */
    private static final String NO_DATE = "Unable to convert parsed text using any of the specified queries";

    private static final DateTimeFormatter KF5_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final LocalTime DEFAULT_DATE_ONLY_TIME = LocalTime.of(23, 59, 59);

    /** What a custom date field reads when its mapping declares no pattern: ISO days and times, Excel's form. */
    private static final List<String> CUSTOM_DATE_FORMATS = List.of("yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy/M/d");

    private final String setting;

    private final String column;

    private final Map<String, DateTimeFormatter> formats;

    private final ZoneId zone;

    private final ZoneId kf5Zone;

    private final LocalTime dateOnlyTime;

    private final boolean sendOnAnyType;

    private DueDateRule(String setting, String column, Map<String, DateTimeFormatter> formats, ZoneId zone,
            ZoneId kf5Zone, LocalTime dateOnlyTime, boolean sendOnAnyType) {
        this.setting = setting;
        this.column = column;
        this.formats = formats;
        this.zone = zone;
        this.kf5Zone = kf5Zone;
        this.dateOnlyTime = dateOnlyTime;
        this.sendOnAnyType = sendOnAnyType;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static DueDateRule compile(MappingFile.DueDate dueDate, ZoneId kf5Zone) {
        if (dueDate == null) {
            return null;
        }
        String setting = "ticket.due_at";
        if (dueDate.column() == null || dueDate.format() == null || dueDate.format().isEmpty()) {
            throw new InvalidSettingException(setting, "needs column and format (one pattern or a list, such as "
                    + "\"yyyy-MM-dd HH:mm\")");
        }
        ZoneId zone = dueDate.zone() == null ? kf5Zone : zone(dueDate.zone(), setting + ".zone");
        return new DueDateRule(setting, Settings.column(dueDate.column(), setting), formats(dueDate.format(), setting),
                zone, kf5Zone, dateOnlyTime(dueDate.dateOnlyTime(), setting + ".date_only_time"),
                sendOnAnyType(dueDate.sendOn(), setting + ".send_on"));
    }

    /**
     * The reader of a custom date field: its own patterns (or ISO days and times), a day without a time being that
     * day. Problems are reported against {@code column}.
     */
    static DueDateRule forCustomField(String setting, String column, List<String> patterns, String zoneText,
            ZoneId kf5Zone) {
        List<String> declared = patterns == null || patterns.isEmpty() ? CUSTOM_DATE_FORMATS : patterns;
        ZoneId zone = zoneText == null ? kf5Zone : zone(zoneText, setting + ".zone");
        return new DueDateRule(setting, column, formats(declared, setting), zone, kf5Zone, LocalTime.MIDNIGHT, true);
    }

    /** Whether {@code send_on: any} asks to send the due time on every ticket type, not only tasks. */
    boolean sendsOnAnyType() {
        return sendOnAnyType;
    }

    static ZoneId zone(String text, String setting) {
        if (text == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidSettingException(setting, "'" + text + "' is not a time zone; expected a region such "
                    + "as Asia/Shanghai or an offset such as +08:00");
        }
    }

    /** KF5's text for the due time, or {@code null} when the cell is empty or unreadable (then a problem). */
    String read(RowReading row) {
        String cell = row.cell(column);
        return cell.isEmpty() ? null : read(row, cell);
    }

    /** KF5's {@code yyyy-MM-dd HH:mm:ss} for a non-empty text, or {@code null} when unreadable (then a problem). */
    String read(RowReading row, String cell) {
        Map<String, LocalDateTime> readings = new LinkedHashMap<>();
        List<String> impossible = new ArrayList<>();
        formats.forEach((pattern, formatter) -> parse(cell, formatter, impossible)
                .ifPresent(time -> readings.put(pattern, time)));
        if (readings.isEmpty()) {
            row.problem(column, cell, impossible.isEmpty()
                    ? "not a date in a declared format (" + String.join(" | ", formats.keySet())
                            + "); fix the cell or add its pattern to " + setting + ".format"
                    : "no such date (" + impossible.get(0) + "); fix the cell");
            return null;
        }
        if (readings.values().stream().distinct().count() > 1) {
            row.problem(column, cell, "ambiguous date: " + describe(readings) + "; keep only the pattern the "
                    + "source uses in " + setting + ".format");
            return null;
        }
        return KF5_FORMAT.format(readings.values().iterator().next());
    }

    List<String> columns() {
        return List.of(column);
    }

    /** The cell read with one pattern; a cell that fits the pattern but names no real day adds to impossible. */
    private Optional<LocalDateTime> parse(String cell, DateTimeFormatter formatter, List<String> impossible) {
        if (!fits(cell, formatter)) {
            return Optional.empty();
        }
        TemporalAccessor parsed;
        try {
            parsed = best(formatter.parse(cell));
        } catch (DateTimeParseException e) {
            if (e.getCause() != null) {
                impossible.add(e.getCause().getMessage());
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (parsed == null) {
            impossible.add(NO_DATE);
            return Optional.empty();
        }
        ZonedDateTime time;
        if (parsed instanceof ZonedDateTime zoned) {
            time = zoned;
        } else if (parsed instanceof LocalDateTime local) {
            time = local.atZone(zone);
        } else {
            time = ((LocalDate) parsed).atTime(dateOnlyTime).atZone(zone);
        }
        return Optional.of(time.withZoneSameInstant(kf5Zone).toLocalDateTime());
    }

    /**
     * What {@code parseBest(cell, ZonedDateTime::from, LocalDateTime::from, LocalDate::from)} makes of the parsed
     * fields, or {@code null} where it fails with {@link #NO_DATE}: the fields are looked at first, so that no
     * conversion is tried that must fail (parseBest lets each throw, which costs more than the parse).
     */
    private static TemporalAccessor best(TemporalAccessor parsed) {
        if (parsed.query(TemporalQueries.zone()) != null) {
            try {
                return ZonedDateTime.from(parsed);
            } catch (DateTimeException notZoned) {
                // a zone without a time of day: on to the next kind, as parseBest goes
            }
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date != null && parsed.query(TemporalQueries.localTime()) != null) {
            return LocalDateTime.from(parsed);
        }
        return date;
    }

    /**
     * Whether the pattern reads the whole cell, before any resolving: what {@code parseBest} checks first, done
     * without the exception it throws for every pattern that does not fit, which would cost more than the parse.
     */
    private static boolean fits(String cell, DateTimeFormatter formatter) {
        ParsePosition position = new ParsePosition(0);
        return formatter.parseUnresolved(cell, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == cell.length();
    }

    private static String describe(Map<String, LocalDateTime> readings) {
        List<String> parts = new ArrayList<>();
        readings.forEach((pattern, time) -> parts.add("'" + pattern + "' reads " + KF5_FORMAT.format(time)));
        return parts.stream().collect(Collectors.joining(", "));
    }

    private static Map<String, DateTimeFormatter> formats(List<String> patterns, String setting) {
        Map<String, DateTimeFormatter> formats = new LinkedHashMap<>();
        patterns.forEach(pattern -> formats.put(pattern, formatter(pattern, setting + ".format")));
        return formats;
    }

    private static boolean sendOnAnyType(String sendOn, String setting) {
        if (sendOn == null || sendOn.strip().equalsIgnoreCase("task")) {
            return false;
        }
        if (sendOn.strip().equalsIgnoreCase("any")) {
            return true;
        }
        throw new InvalidSettingException(setting, "'" + sendOn + "' is not a choice here; expected task (left out "
                + "of other ticket types, as KF5 documents) or any (sent on every type, with a warning)");
    }

    private static DateTimeFormatter formatter(String pattern, String setting) {
        try {
            // STRICT refuses impossible dates; it also needs an era to resolve 'yyyy', so the era defaults to AD.
            // Month and day names (MMM, a) are read in English, as exports write them, whatever this machine's locale.
            return new DateTimeFormatterBuilder().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, "'" + pattern + "' is not a date pattern: " + e.getMessage()
                    + "; see java.time.format.DateTimeFormatter (e.g. yyyy-MM-dd HH:mm:ss)");
        }
    }

    private static LocalTime dateOnlyTime(String text, String setting) {
        if (text == null) {
            return DEFAULT_DATE_ONLY_TIME;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidSettingException(setting, "'" + text + "' is not a time of day; expected HH:mm:ss "
                    + "such as 18:00:00");
        }
    }
}
