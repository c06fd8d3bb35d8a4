package com.idic.crm.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.idic.crm.base.db.BulkWriteResult;

/** The second pass over a file already checked: every row becomes a record, written in batches. */
final class FileWrite implements TabularFile.RowHandler {

    /** Completes a record with what only the whole file's check knows (an order's customer id); null skips the row. */
    interface Completion {
        Object complete(ImportHeader header, List<String> cells, Object record);
    }

    private final ImportKind kind;
    private final long total;
    private final ImportProgress progress;
    private final FileCheck.RowMapper mapper;
    private final Function<List<Object>, BulkWriteResult> sink;
    private final Completion completion;
    private final List<Object> batch = new ArrayList<>(ImportService.WRITE_BATCH);
    private ImportHeader header;
    private BulkWriteResult written = BulkWriteResult.NONE;
    private long rows;

    FileWrite(ImportKind kind, long total, ImportProgress progress, FileCheck.RowMapper mapper,
              Function<List<Object>, BulkWriteResult> sink) {
        this(kind, total, progress, mapper, sink, (header, cells, record) -> record);
    }

    FileWrite(ImportKind kind, long total, ImportProgress progress, FileCheck.RowMapper mapper,
              Function<List<Object>, BulkWriteResult> sink, Completion completion) {
        this.kind = kind;
        this.total = total;
        this.progress = progress;
        this.mapper = mapper;
        this.sink = sink;
        this.completion = completion;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        if (FileCheck.isBlank(cells)) {
            return;
        }
        if (header == null) {
            header = ImportHeader.read(kind, rowNumber, cells, problem -> { });
            return;
        }
        Object record = mapper.read(new RowCells(kind, header, rowNumber, cells, problem -> {
            throw new IllegalStateException("Row " + rowNumber + " passed the check but not now: " + problem);
        }));
        Object complete = completion.complete(header, cells, record);
        rows++;
        if (complete == null) {
            return;
        }
        batch.add(complete);
        if (batch.size() == ImportService.WRITE_BATCH) {
            flush();
        }
    }

    private void flush() {
        written = written.plus(sink.apply(batch));
        batch.clear();
        progress.update(ImportProgress.Phase.SAVING, rows, total);
    }

    BulkWriteResult finish() {
        if (!batch.isEmpty()) {
            flush();
        }
        return written;
    }
}
