package com.idic.crm.base.excel;

/** Told after each chunk how many rows a sheet has so far. */
@FunctionalInterface
public interface WriteProgress {

    WriteProgress NONE = rows -> {
    };

    void rowsWritten(long rows);
}
