package com.idic.crm.interaction;

/** What the customer conveyed (DOMAIN.md section 3): information, emotion, an opinion or suggestion, an idea. */
public enum ContentType {
    INFORMATION, EMOTION, OPINION, IDEA
}
