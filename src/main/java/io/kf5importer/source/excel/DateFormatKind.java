package io.kf5importer.source.excel;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What a date number format shows, and so how its cells are written out: as ISO-8601 local text, whatever the
 * workbook's own display pattern is. Dates become {@code 2024-03-04}, date-times {@code 2024-03-04T09:05:00}
 * (seconds always), times of day {@code 09:05:00}.
 */
enum DateFormatKind {

    DATE(DateTimeFormatter.ISO_LOCAL_DATE),
    DATE_TIME(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")),
    TIME(DateTimeFormatter.ofPattern("HH:mm:ss"));

    /**
     * Built-in formats that Excel localises for East Asian locales and never writes into the file, so POI does not
     * know them (ids 27-36 and 50-58: {@code yyyy"年"m"月"d"日"}, {@code h"时"mm"分"} and the like).
     */
    private static final Map<Integer, DateFormatKind> EAST_ASIAN_BUILT_INS = Map.ofEntries(
            Map.entry(27, DATE), Map.entry(28, DATE), Map.entry(29, DATE), Map.entry(30, DATE), Map.entry(31, DATE),
            Map.entry(32, TIME), Map.entry(33, TIME), Map.entry(34, TIME), Map.entry(35, TIME), Map.entry(36, DATE),
            Map.entry(50, DATE), Map.entry(51, DATE), Map.entry(52, DATE), Map.entry(53, DATE), Map.entry(54, DATE),
            Map.entry(55, TIME), Map.entry(56, TIME), Map.entry(57, DATE), Map.entry(58, DATE));

    private final DateTimeFormatter pattern;

    DateFormatKind(DateTimeFormatter pattern) {
        this.pattern = pattern;
    }

    String render(LocalDateTime dateTime) {
        return pattern.format(dateTime);
    }

    /**
     * The kind of a number format, or {@code null} when it is not a date or time format. Elapsed-time formats such as
     * {@code [h]:mm:ss} count as durations, not dates, and give {@code null} too.
     */
    static DateFormatKind of(int formatIndex, String formatString) {
        DateFormatKind eastAsian = EAST_ASIAN_BUILT_INS.get(formatIndex);
        if (eastAsian != null && isBuiltInPlaceholder(formatString)) {
            return eastAsian;
        }
        if (formatString == null || !DateUtil.isADateFormat(formatIndex, formatString)) {
            return null;
        }

        String codes = formatCodes(formatString);
        if (codes.contains("[h") || codes.contains("[m") || codes.contains("[s")) {
            return null;
        }
        return fromCodes(codes.replaceAll("\\[[^]]*]", ""));
    }

    private static boolean isBuiltInPlaceholder(String formatString) {
        return formatString == null || formatString.startsWith("reserved-") || formatString.equals("General");
    }

    private static DateFormatKind fromCodes(String codes) {
        boolean date = codes.matches(".*[ydebg].*");
        boolean time = codes.matches(".*[hs].*") || codes.contains("am/pm") || codes.contains("a/p")
                || codes.contains("上午/下午");
        if (date && time) {
            return DATE_TIME;
        }
        // a lone "m" or "mmm" is a month: minutes never stand without hours or seconds
        return time ? TIME : DATE;
    }

    /** The first section of a format, lower-cased, without quoted text, escaped characters and fill/pad marks. */
    private static String formatCodes(String formatString) {
        String firstSection = formatString.split(";", -1)[0];
        return firstSection.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("[_*].", "")
                .toLowerCase(Locale.ROOT);
    }
}
