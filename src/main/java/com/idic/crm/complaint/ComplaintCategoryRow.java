package com.idic.crm.complaint;

import java.util.Locale;

/** An entry of the editable category list. */
public record ComplaintCategoryRow(long id, long version, String labelEn, String labelZh, boolean active) {

    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
