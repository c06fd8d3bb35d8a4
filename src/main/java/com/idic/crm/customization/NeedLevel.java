package com.idic.crm.customization;

/** The five levels of customer need (DOMAIN.md section 4), lowest first. */
public enum NeedLevel {
    PRODUCT, SERVICE, EXPERIENCE, RELATIONSHIP, SUCCESS
}
