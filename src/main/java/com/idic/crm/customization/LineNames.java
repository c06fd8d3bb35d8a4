package com.idic.crm.customization;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A catalog item's names as an offer line keeps them when the line is saved, so each reader sees the line in
 * their own language and a sent offer does not change when the catalog is renamed later.
 */
public record LineNames(@NotBlank @Size(max = 200) String en, @NotBlank @Size(max = 200) String zh) {

    /** Chinese for zh, English otherwise, as the catalog shows its items. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
