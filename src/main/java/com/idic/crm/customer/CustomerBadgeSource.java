package com.idic.crm.customer;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A mark another feature puts next to the customer's name in the header of the customer page ("At risk"),
 * so whoever looks at the customer sees it whichever tab is open. Found as Spring beans, like
 * {@link CustomerPageSection}, so the customer feature never depends on the features that contribute.
 */
public interface CustomerBadgeSource {

    /** The badge for the customer now, or empty when the customer has none; asked whenever the header is drawn. */
    Optional<Component> badge(long customerId);
}
