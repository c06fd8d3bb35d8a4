package com.idic.crm.customization;

/** The offers list's filters; null = any. {@code customerName}: a part of the name, any case. */
public record OfferFilter(OfferState state, String author, String customerName) {

    public static final OfferFilter ALL = new OfferFilter(null, null, null);
}
