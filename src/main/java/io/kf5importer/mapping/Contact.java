package io.kf5importer.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A way to reach a requester, read from a cell and put in the form KF5 matches users by: an email as written, a
 * mobile as its 11 digits ({@code +86}, spaces, dashes and brackets in the source are dropped, as the create-ticket
 * page writes {@code 18613210119}), a landline as area code, dash, number ({@code 028-1234569}, the form the page
 * requires). Anything else carries the reason it was refused.
 *
 * @param kind what the cell turned out to be
 * @param value the normalised value, or {@code null} when refused
 * @param problem why it was refused, or {@code null}
 */
record Contact(Kind kind, String value, String problem) {

    enum Kind { EMAIL, MOBILE, LANDLINE, REFUSED }

    /** The characters a local part may hold besides letters, digits and the dots between its words. */
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    /** What Excel writes when a long digit string became a number: {@code 1.38E+10}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+\\d\\s()\\-]+");

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()\\-]");

    private static final Pattern LANDLINE = Pattern.compile("\\(?(0\\d{2,3})\\)?[\\s-]*(\\d{7,8})");

    static Contact read(String cell) {
        String text = cell.strip();
        return text.contains("@") ? email(text) : telephone(text);
    }

    static Contact email(String text) {
        String address = text.strip();
        if (isEmail(address)) {
            return new Contact(Kind.EMAIL, address, null);
        }
        return refused("not a valid email address; expected a form such as name@example.com");
    }

    /**
     * Whether the text is an address KF5 takes, all ASCII: a local part of words (letters, digits and
     * {@link #LOCAL_SYMBOLS}) joined by single dots, one {@code @}, then two or more domain labels joined by dots,
     * each of letters, digits and inner hyphens, the last of two or more letters. Checked by hand: a regular
     * expression per cell cost as much as the rest of the requester.
     */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && isLocalPart(text, at) && isDomain(text, at + 1);
    }

    private static boolean isLocalPart(String text, int end) {
        boolean wordStart = true;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (wordStart) {
                    return false;
                }
                wordStart = true;
            } else if (isAsciiLetterOrDigit(c) || LOCAL_SYMBOLS.indexOf(c) >= 0) {
                wordStart = false;
            } else {
                return false;
            }
        }
        return !wordStart;
    }

    private static boolean isDomain(String text, int start) {
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '.') {
                continue;
            }
            if (!isLabel(text, labelStart, i)) {
                return false;
            }
            labels++;
            labelStart = i + 1;
        }
        return labels >= 2 && isTopLevelLabel(text, text.lastIndexOf('.') + 1);
    }

    private static boolean isLabel(String text, int start, int end) {
        if (end == start || text.charAt(start) == '-' || text.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && !isAsciiLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTopLevelLabel(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return text.length() - start >= 2;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A mobile or a landline. */
    static Contact telephone(String cell) {
        String text = cell.strip();
        if (isPlainMobile(text)) {
            return new Contact(Kind.MOBILE, text, null);
        }
        if (isPlainLandline(text)) {
            return new Contact(Kind.LANDLINE, text, null);
        }
        if (hasExponent(text) && SCIENTIFIC.matcher(text).matches()) {
            return refused("looks like a phone number that Excel turned into scientific notation; its digits are "
                    + "lost — restore the number in the source (format the column as text) and run again");
        }
        if (PHONE_CHARACTERS.matcher(text).matches()) {
            return phone(text);
        }
        return refused("not a mobile number or a landline; expected a form such as 13800001234 or 028-1234569");
    }

    boolean isRefused() {
        return kind == Kind.REFUSED;
    }

    private static Contact phone(String text) {
        Matcher landline = LANDLINE.matcher(text);
        if (landline.matches() && hasSeparator(text)) {
            return new Contact(Kind.LANDLINE, landline.group(1) + "-" + landline.group(2), null);
        }
        String digits = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (MOBILE.matcher(digits).matches()) {
            return new Contact(Kind.MOBILE, digits, null);
        }
        return refused("not a mobile number (11 digits starting with 1, +86 allowed) nor a landline with its area "
                + "code set apart (028-1234569)");
    }

    /**
     * Whether the text is already a mobile as KF5 takes it, {@code 1[3-9]} and nine more digits: what nearly every
     * phone cell holds, told apart without the regular expressions the other forms need.
     */
    private static boolean isPlainMobile(String text) {
        return text.length() == 11 && text.charAt(0) == '1' && text.charAt(1) >= '3' && text.charAt(1) <= '9'
                && isDigits(text, 2, 11);
    }

    /** Whether the text is already a landline as KF5 takes it: {@code 0}, two or three digits, dash, 7 or 8 digits. */
    private static boolean isPlainLandline(String text) {
        int dash = text.indexOf('-');
        int numberLength = text.length() - dash - 1;
        return (dash == 3 || dash == 4) && text.charAt(0) == '0' && isDigits(text, 1, dash)
                && (numberLength == 7 || numberLength == 8) && isDigits(text, dash + 1, text.length());
    }

    private static boolean isDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether scientific notation is possible at all: checked first, as nearly every phone cell has no exponent. */
    private static boolean hasExponent(String text) {
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    /** KF5 tells a landline by its area-code dash; without any separator the area code cannot be told apart. */
    private static boolean hasSeparator(String text) {
        return text.contains("-") || text.contains(" ") || text.contains("(");
    }

    private static Contact refused(String problem) {
        return new Contact(Kind.REFUSED, null, problem);
    }
}
