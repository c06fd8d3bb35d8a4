package com.idic.crm.customization.ui;

import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * What the offer belongs to and who wrote it: its request, author, the customer's tier, the version it replaced,
 * the reason of its last refusal; for a manager deciding a pending offer, what the decision weighs.
 */
class OfferFacts extends Div {

    private final OfferApprovals approvals;

    OfferFacts(OfferApprovals approvals) {
        this.approvals = approvals;
        addClassName("offer-facts");
    }

    void show(OfferDetails details) {
        removeAll();
        add(new Anchor("customization/request/" + details.requestId(),
                getTranslation("offer.fact.request", details.requestId())));
        add(new Span(getTranslation("offer.fact.author", details.author())));
        add(new Span(getTranslation("offer.fact.tier", tierName(this, details.tier()))));
        if (details.previousVersionId() != null) {
            add(new Anchor("customization/offer/" + details.previousVersionId(),
                    getTranslation("offer.fact.previous", details.versionNo() - 1)));
        }
        if (details.stateReason() != null) {
            Span reason = new Span(getTranslation("offer.fact.reason", details.stateReason()));
            reason.addClassName("state-reason");
            add(reason);
        }
        if (details.state() == OfferState.PENDING_APPROVAL && CurrentUser.hasRole(AppRoles.MANAGER)) {
            approvals.row(details.id()).ifPresent(row -> add(new DecisionFacts(row)));
        }
    }

    static String tierName(Component translator, Tier tier) {
        return tier == null ? translator.getTranslation("customization.unscored")
                : translator.getTranslation("segments.tier." + tier.name());
    }
}
