package io.kf5importer.report;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (OWASP's advice against CSV injection): a cell whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}.
 *
 * <p>Except a cell made only of digits, spaces and {@code + - . , ( )} with at least one digit: a signed number such
 * as {@code -12.5} or a phone number such as {@code +86 138 0000 1002}. Such a cell can name no function, no other
 * cell and no external command, so it is left as it is rather than mangled.
 */
final class CsvFormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[0-9 +\\-.,()]*[0-9][0-9 +\\-.,()]*");

    private CsvFormulaGuard() {
    }

    /** The cell as it is safe to write; {@code null} stays {@code null}. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        if (NUMBER_OR_PHONE.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
