package com.idic.crm.customization;

/** Where a customization need came up; a complaint or interaction may be named by its id. */
public enum RequestSource {
    COMPLAINT, INTERACTION, CAMPAIGN, SALES_VISIT;

    /** Sources that are records of another feature, so the request can point at one. */
    public boolean linksARecord() {
        return this == COMPLAINT || this == INTERACTION;
    }
}
