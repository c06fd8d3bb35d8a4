package com.idic.crm.complaint;

import java.time.Instant;

import com.idic.crm.segmentation.Tier;

/**
 * Which complaints a workbook covers; every criterion optional (null = any).
 *
 * @param receivedFrom   received at or after this instant
 * @param receivedBefore received before this instant
 * @param tier           the customer's value tier when the complaint came in
 * @param assignee       a user name
 */
public record ComplaintReportFilter(Instant receivedFrom, Instant receivedBefore, Tier tier, String assignee) {

    public static ComplaintReportFilter any() {
        return new ComplaintReportFilter(null, null, null, null);
    }
}
