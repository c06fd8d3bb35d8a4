package com.idic.crm.complaint;

import java.time.Instant;

/**
 * A customer marked "at risk" by an unhappy follow-up.
 *
 * @param since        when the mark was set; it is also the version a clearing is decided on
 * @param complaintId  the complaint whose follow-up set it
 * @param satisfaction the rating of that follow-up (1..5), null if the complaint no longer holds one
 */
public record AtRiskMark(long customerId, Instant since, long complaintId, Integer satisfaction) {
}
