package com.idic.crm.customization;

/** The four ways to deliver a customization (DOMAIN.md section 4). */
public enum DeliveryMeans {
    PRODUCT_VARIETY, MODULAR, STANDARD_PLUS_SERVICE, PARTNER
}
