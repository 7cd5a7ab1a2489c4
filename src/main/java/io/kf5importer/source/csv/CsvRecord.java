package io.kf5importer.source.csv;

import java.util.List;

/**
 * One record as {@link CsvTokenizer} split it, before it is checked against the header.
 *
 * @param line the physical line the record starts on (1-based)
 * @param lastLine the physical line the record ends on; greater than {@code line} when a quoted cell holds line breaks
 * @param cells the cell values as written, quotes removed; empty strings when the record was {@code tooLong}
 * @param quoteProblem a quote that makes the record unreliable, or {@code null}
 * @param tooLong the record held more characters than the reader keeps, so its values were dropped
 */
record CsvRecord(long line, long lastLine, List<String> cells, QuoteProblem quoteProblem, boolean tooLong) {

    /** True when every cell is empty or white space: a blank line or one of Excel's {@code ,,,,} rows. */
    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote the tokenizer could not pair sensibly.
     *
     * @param message what was found, in the operator's words
     * @param resumeLine the line where reading should start again, past the line the quote opened on
     */
    record QuoteProblem(String message, long resumeLine) {
    }
}
