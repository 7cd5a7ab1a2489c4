package io.kf5importer.job;

import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Feeds the source's records to the step. Its position (records read) is saved with each chunk, so a restarted run
 * reads on from the last chunk committed; the ledger keeps the rows of an unfinished chunk from being sent twice.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<SourceRecord> {

    private static final Logger log = LoggerFactory.getLogger(SourceItemReader.class);

    private final ImportRequest request;
    private final RunTracker run;
    private SourceReader reader;

    /**
     * @param run told what the source looks like (for the reports) and where a resumed run picks up reading
     */
    public SourceItemReader(ImportRequest request, RunTracker run) {
        this.request = request;
        this.run = run;
        setName("source");
    }

    @Override
    protected void doOpen() {
        reader = SourceReaders.open(request.sourceFile(), request.sourceOptions());
        log.info("Reading {} with {} columns", reader.description(), reader.header().size());
        run.sourceOpened(reader.description(), reader.header());
    }

    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        log.info("Skipping the {} records an earlier run of {} already read", itemIndex,
                request.sourceFile().getFileName());
        super.jumpToItem(itemIndex);
        run.resumedAfter(itemIndex);
    }

    @Override
    protected SourceRecord doRead() {
        return reader.read();
    }

    @Override
    protected void doClose() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
