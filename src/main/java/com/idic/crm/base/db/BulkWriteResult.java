package com.idic.crm.base.db;

import java.sql.SQLException;
import java.util.List;

/**
 * How many rows a bulk upsert inserted, how many existing rows (same external id) it updated, and
 * how many existing rows it left as they were because nothing in them changed.
 */
public record BulkWriteResult(long inserted, long updated, long unchanged) {

    public static final BulkWriteResult NONE = new BulkWriteResult(0, 0, 0);

    /** A writer that does not tell unchanged rows from updated ones. */
    public BulkWriteResult(long inserted, long updated) {
        this(inserted, updated, 0);
    }

    public BulkWriteResult plus(BulkWriteResult other) {
        return new BulkWriteResult(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }

    /** Writes {@code records} in statements of at most {@code chunkSize} rows and adds up the results. */
    public static <T> BulkWriteResult inChunks(List<T> records, int chunkSize, ChunkWriter<T> writer) throws SQLException {
        BulkWriteResult result = NONE;
        for (int from = 0; from < records.size(); from += chunkSize) {
            result = result.plus(writer.write(records.subList(from, Math.min(records.size(), from + chunkSize))));
        }
        return result;
    }

    @FunctionalInterface
    public interface ChunkWriter<T> {
        BulkWriteResult write(List<T> chunk) throws SQLException;
    }
}
