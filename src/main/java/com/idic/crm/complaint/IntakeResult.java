package com.idic.crm.complaint;

/** What the intake API answers: the complaint, its customer, and whether that customer was created for it. */
public record IntakeResult(long complaintId, long customerId, boolean customerCreated, String status) {
}
