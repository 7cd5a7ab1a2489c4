package io.kf5importer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The failed rows of a CSV source, as CSV: the {@link ReportCsvWriter} conventions, the source's header. */
final class FailedRowsCsv implements FailedRowsFile {

    private final List<String> header;
    private final ReportCsvWriter writer;

    FailedRowsCsv(Path file, List<String> header) {
        this.header = List.copyOf(header);
        List<String> columns = new ArrayList<>(header);
        columns.add(REASON_COLUMN);
        this.writer = ReportCsvWriter.create(file, columns);
    }

    @Override
    public void add(ReportRow row) {
        writer.write(FailedRowsFile.cells(header, row));
    }

    @Override
    public Path file() {
        return writer.file();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
