package com.idic.crm.report;

import com.idic.crm.segmentation.Tier;

/** The customer segmentation report of one run, optionally of one region and one tier (null = all). */
public record SegmentationReportParameters(long runId, String region, Tier tier) {
}
