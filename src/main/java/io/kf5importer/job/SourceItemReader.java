package io.kf5importer.job;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.function.Function;

/**
 * Feeds the source's rows to the step, read and prepared ahead on a thread of its own ({@link RowsAhead}). Its
 * position (rows handed to the step) is saved with each chunk, so a restarted run reads on from the last chunk
 * committed; the ledger keeps the rows of an unfinished chunk from being sent twice.
 *
 * <p>A source that cannot be read past some row (a {@link SourceException}: bytes that do not decode, say) ends the
 * reading there instead of failing the chunk: the rows before it go out with the chunk being read, and the step then
 * ends {@code STOPPED} with the exception's message, its position just after the last row read. Throwing would roll
 * the whole chunk back, and the good rows read into it would wait for a file that may never be fixed. Register it as
 * a listener of its step, which it stops.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<PreparedRow>
        implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SourceItemReader.class);

    private final ImportRequest request;
    private final RunTracker run;
    private final Function<SourceRecord, PreparedRow> prepare;
    private SourceReader reader;
    private RowsAhead ahead;
    private StepExecution step;

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
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
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
        try {
            return ahead.next();
        } catch (SourceException unreadable) {
            return endAt(unreadable);
        }
    }

    /**
     * Ends the reading at a row that cannot be read: no more rows for this step, which stops once the rows read so far
     * are sent and recorded.
     */
    private PreparedRow endAt(SourceException unreadable) {
        if (step == null) {
            throw unreadable;
        }
        // The count went up for this read, which yields no row; the position saved must stay at the rows handed
        // over, or a resumed run would skip the row that could not be read.
        setCurrentItemCount(getCurrentItemCount() - 1);
        log.warn("Stopping the import after the rows read so far: {}", unreadable.getMessage());
        run.stopBecauseSourceUnreadable(unreadable.getMessage());
        step.setTerminateOnly();
        return null;
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
