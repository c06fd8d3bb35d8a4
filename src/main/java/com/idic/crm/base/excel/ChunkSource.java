package com.idic.crm.base.excel;

import java.util.List;

/**
 * Rows read in chunks by key (keyset paging): each chunk starts after the last row of the previous
 * one, so reading a million rows costs the same per chunk at the end as at the start and never holds
 * more than one chunk.
 */
@FunctionalInterface
public interface ChunkSource<T> {

    /** Up to {@code limit} rows after {@code last} in the sheet's order; {@code last} null = the first rows. */
    List<T> after(T last, int limit);
}
