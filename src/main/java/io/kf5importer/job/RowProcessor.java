package io.kf5importer.job;

import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.RowProblem;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;

/** Maps each record; a record the reader could not read becomes a rejected row with the reader's reason. */
public class RowProcessor implements ItemProcessor<SourceRecord, PreparedRow> {

    private final TicketMapper mapper;
    private final String sourceFile;

    public RowProcessor(TicketMapper mapper, String sourceFile) {
        this.mapper = mapper;
        this.sourceFile = sourceFile;
    }

    @Override
    public PreparedRow process(SourceRecord record) {
        if (record instanceof SourceRow row) {
            return new PreparedRow(mapper.map(row), sourceFile);
        }
        UnreadableRow unreadable = (UnreadableRow) record;
        MappedRow rejected = MappedRow.rejected(unreadable.number(), sourceFile + "#" + unreadable.number(),
                List.of(new RowProblem(unreadable.column(), unreadable.value(), unreadable.message())));
        return new PreparedRow(rejected, sourceFile);
    }
}
