package com.idic.crm.catalog;

import java.math.BigDecimal;
import java.util.Locale;

/** A catalog item as lists and offers show it; the version travels with it so a stale edit is refused. */
public record CatalogItemRow(long id, long version, CatalogItemKind kind, String code, String nameEn, String nameZh,
                             String category, BigDecimal listPrice, BigDecimal unitCost, boolean active) {

    /** The name in the user's language: Chinese for zh, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
