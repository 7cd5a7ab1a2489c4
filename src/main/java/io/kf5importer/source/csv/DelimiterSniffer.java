package io.kf5importer.source.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter of a CSV file from its first records: the candidate that splits the header into the most
 * columns while the rows below split into as many. Each candidate is tried with the real tokenizer, so delimiters
 * inside quoted cells do not count.
 */
final class DelimiterSniffer {

    /** In order of preference when two candidates fit equally well. */
    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimiterSniffer() {
    }

    /**
     * @param sample the text from the header line on
     * @param complete true when the sample is the whole rest of the file; otherwise its last record may be cut
     * @return the best candidate, or a comma when none splits the header
     */
    static char sniff(String sample, boolean complete) {
        char best = ',';
        double bestFit = -1;
        int bestColumns = 1;
        for (char candidate : CANDIDATES) {
            List<CsvRecord> records = records(sample, candidate, complete);
            int columns = records.isEmpty() ? 0 : records.get(0).cells().size();
            if (columns < 2) {
                continue;
            }
            double fit = fit(records, columns);
            if (fit > bestFit || (fit == bestFit && columns > bestColumns)) {
                best = candidate;
                bestFit = fit;
                bestColumns = columns;
            }
        }
        return best;
    }

    /** The share of rows below the header that have its width, allowing Excel's trailing empty cells. */
    private static double fit(List<CsvRecord> records, int columns) {
        if (records.size() == 1) {
            return 1;
        }
        int fitting = 0;
        for (CsvRecord row : records.subList(1, records.size())) {
            if (hasWidth(row.cells(), columns)) {
                fitting++;
            }
        }
        return fitting / (double) (records.size() - 1);
    }

    private static boolean hasWidth(List<String> cells, int columns) {
        if (cells.size() < columns) {
            return false;
        }
        for (int i = columns; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<CsvRecord> records(String sample, char delimiter, boolean complete) {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(sample), delimiter);
        List<CsvRecord> records = new ArrayList<>();
        try {
            for (CsvRecord record = tokenizer.next(); record != null; record = tokenizer.next()) {
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
        if (!complete && !records.isEmpty()) {
            records.remove(records.size() - 1);
        }
        records.removeIf(record -> record.isBlank() || record.quoteProblem() != null);
        return records;
    }
}
