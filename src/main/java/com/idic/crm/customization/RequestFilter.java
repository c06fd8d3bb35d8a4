package com.idic.crm.customization;

import com.idic.crm.segmentation.Tier;

/** The request list's filters; null = any. */
public record RequestFilter(RequestState state, CustomizationType type, Tier tier, String owner) {

    public static final RequestFilter ALL = new RequestFilter(null, null, null, null);
}
