package com.idic.crm.segmentation;

/** One thing wrong with settings: the field (e.g. "pyramid.goldShare") and a translation key. */
public record SettingsProblem(String field, String messageKey) {
}
