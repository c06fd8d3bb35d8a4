package com.idic.crm.catalog;

/**
 * What the catalog list shows: {@code text} matches the start of a code or English name, or any part
 * of the Chinese name; null kind = every kind; {@code activeOnly} hides retired items.
 */
public record CatalogFilter(String text, CatalogItemKind kind, boolean activeOnly) {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, false);
    public static final CatalogFilter ACTIVE = new CatalogFilter(null, null, true);
}
