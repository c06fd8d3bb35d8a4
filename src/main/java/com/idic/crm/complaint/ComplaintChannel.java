package com.idic.crm.complaint;

/** How the complaint reached us (DOMAIN.md section 3 channels). */
public enum ComplaintChannel {
    PHONE, EMAIL, WEB, IN_PERSON, LETTER, SOCIAL_MEDIA, FAX
}
