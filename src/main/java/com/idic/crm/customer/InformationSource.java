package com.idic.crm.customer;

/** Where the customer's data came from (信息来源): four direct sources, then two indirect ones. */
public enum InformationSource {
    CONVERSATION_SURVEY, MARKETING_ACTIVITY, CUSTOMER_SERVICE, WEBSITE, PUBLICATION, CONSULTING_REPORT
}
