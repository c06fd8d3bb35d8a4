package com.idic.crm.interaction;

/** How the customer and the company talked (DOMAIN.md section 3); label key {@code interaction.channel.<NAME>}. */
public enum InteractionChannel {
    PHONE, EMAIL, WEB, IN_PERSON, SOCIAL_MEDIA, LETTER, FAX
}
