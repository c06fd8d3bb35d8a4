package com.idic.crm.catalog;

/**
 * What a catalog item is, after the course's ways to deliver a customization (DOMAIN.md section 4):
 * standard products, modules combined into a product ("modular variety"), services around a standard
 * product ("standard product + custom service") and items of partner companies ("cooperation").
 */
public enum CatalogItemKind {
    PRODUCT, MODULE, SERVICE, PARTNER
}
