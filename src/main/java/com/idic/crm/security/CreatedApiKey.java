package com.idic.crm.security;

/** A new key: {@code key} is shown to the administrator this once and is stored nowhere. */
public record CreatedApiKey(ApiKeyRow row, String key) {
}
