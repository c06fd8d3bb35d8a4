package com.idic.crm.customization;

import java.time.LocalDate;

import com.idic.crm.segmentation.Tier;

/**
 * Which part of the customization pipeline to read: the requests submitted from {@code from} to {@code to}
 * (both days included, in the application's time zone), optionally of one tier (the customer's tier when the
 * request came in) and one owner (null = any), and the offers made for those requests.
 */
public record PipelineFilter(LocalDate from, LocalDate to, Tier tier, String owner) {

    public PipelineFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("report.pipeline.badRange");
        }
    }
}
