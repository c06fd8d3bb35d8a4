package com.idic.crm.customization;

/** The offer as a file for the customer. */
public record OfferDocument(String fileName, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
