package io.kf5importer.source.excel;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof of bounded memory, run by hand ({@code mvn -o test -Dtest=XlsxReadBenchmark}), not in the suite: writes a
 * 1,000,000-row export and reads it in a separate JVM limited to a 256 MB heap, reporting rows per second and the
 * heap the reader keeps alive: the heap in use right after a full collection halfway through the sheet.
 */
@Tag("benchmark")
class XlsxReadBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReadBenchmark.class);
    private static final int TICKETS = 1_000_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "shared strings: {0}")
    @ValueSource(booleans = {false, true})
    void millionRowSheetReadsUnder256MegabytesOfHeap(boolean sharedStrings) throws Exception {
        Path file = sharedStrings
                ? GeneratedTicketSheets.writeWithSharedStrings(dir.resolve("million-shared.xlsx"), TICKETS)
                : GeneratedTicketSheets.write(dir.resolve("million-inline.xlsx"), TICKETS);
        Path result = dir.resolve("result.txt");

        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), XlsxReadBenchmark.class.getName(),
                file.toString(), result.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("reader.log").toFile()).start();

        assertThat(reader.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(reader.exitValue()).as(Files.readString(dir.resolve("reader.log"))).isZero();
        List<String> numbers = Files.readAllLines(result);
        LOG.info("{} ({} MB, shared strings: {}): {}", file.getFileName(), Files.size(file) / (1024 * 1024),
                sharedStrings, numbers);
        assertThat(numbers.get(0)).isEqualTo("records=" + TICKETS);
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The reading side, in its own JVM: {@code <xlsx file> <result file>}. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long records = 0;
        long liveHeapMidway = 0;
        try (SourceReader reader = SourceReaders.open(Path.of(args[0]), SourceOptions.defaults())) {
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                if (++records == TICKETS / 2) {
                    liveHeapMidway = liveHeap();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Files.write(Path.of(args[1]), List.of("records=" + records, String.format("seconds=%.1f", seconds),
                String.format("rowsPerSecond=%.0f", records / seconds),
                "liveHeapMidwayMb=" + liveHeapMidway / (1024 * 1024),
                "maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }
}
