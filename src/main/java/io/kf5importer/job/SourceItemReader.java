package io.kf5importer.job;

import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.function.Function;

/**
 * Feeds the source's rows to the step, read and prepared ahead on a thread of its own ({@link RowsAhead}). Its
 * position (rows handed to the step) is saved with each chunk, so a restarted run reads on from the last chunk
 * committed; the ledger keeps the rows of an unfinished chunk from being sent twice.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<PreparedRow> {

    private static final Logger log = LoggerFactory.getLogger(SourceItemReader.class);

    private final ImportRequest request;
    private final RunTracker run;
    private final Function<SourceRecord, PreparedRow> prepare;
    private SourceReader reader;
    private RowsAhead ahead;

    /**
     * @param run told what the source looks like (for the reports) and where a resumed run picks up reading
     * @param prepare maps a record; called on the reading thread, one record at a time
     */
    public SourceItemReader(ImportRequest request, RunTracker run, Function<SourceRecord, PreparedRow> prepare) {
        this.request = request;
        this.run = run;
        this.prepare = prepare;
        setName("source");
    }

    @Override
    protected void doOpen() {
        reader = SourceReaders.open(request.sourceFile(), request.sourceOptions());
        log.info("Reading {} with {} columns", reader.description(), reader.header().size());
        run.sourceOpened(reader.description(), reader.header());
    }

    /** Skips the records an earlier run read, without mapping them. */
    @Override
    protected void jumpToItem(int itemIndex) {
        log.info("Skipping the {} records an earlier run of {} already read", itemIndex,
                request.sourceFile().getFileName());
        for (int skipped = 0; skipped < itemIndex && reader.read() != null; skipped++) {
            // read and dropped
        }
        run.resumedAfter(itemIndex);
    }

    @Override
    protected PreparedRow doRead() throws InterruptedException {
        if (ahead == null) {
            ahead = RowsAhead.start(reader, prepare, Math.max(2 * request.chunkSize(), 100));
        }
        return ahead.next();
    }

    @Override
    protected void doClose() throws InterruptedException {
        if (ahead != null) {
            ahead.stop();
            ahead = null;
        }
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
