package com.idic.crm.base.db;

/** How many rows a bulk upsert inserted and how many existing rows (same external id) it updated. */
public record BulkWriteResult(long inserted, long updated) {

    public static final BulkWriteResult NONE = new BulkWriteResult(0, 0);

    public BulkWriteResult plus(BulkWriteResult other) {
        return new BulkWriteResult(inserted + other.inserted, updated + other.updated);
    }
}
