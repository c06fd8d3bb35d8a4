package com.idic.crm.report;

import java.time.LocalDate;

import com.idic.crm.segmentation.Tier;

/**
 * The "Complaints & SLA" workbook: complaints received from {@code receivedFrom} to {@code receivedTo}
 * (both days included, either open), optionally of one value tier and one assignee (null = all).
 */
public record ComplaintReportParameters(LocalDate receivedFrom, LocalDate receivedTo, Tier tier, String assignee) {
}
