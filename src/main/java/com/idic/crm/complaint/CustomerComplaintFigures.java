package com.idic.crm.complaint;

/**
 * A customer's complaints in figures, for the customer page, segmentation and reports.
 *
 * @param validLast12Months complaints judged valid (not invalid, not duplicate) received in the last 12 months
 * @param averageSatisfaction mean of the follow-up satisfaction (1..5) over all complaints, null without any
 * @param atRisk a follow-up with satisfaction 2 or less marked the customer "at risk"
 */
public record CustomerComplaintFigures(long customerId, long total, long open, long validLast12Months,
                                       Double averageSatisfaction, boolean atRisk) {
}
