package com.idic.crm.demo;

/** A contact person of a demo organization. */
public record GeneratedContact(String customerExternalId, String name, String role, String phone, String email) {
}
