package com.idic.crm.report;

/** How far a report has come: 0..1. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = done -> {
    };

    void advanced(double done);
}
