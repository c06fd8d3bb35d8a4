package com.idic.crm.customization.ui;

import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.RequestState;
import com.vaadin.flow.component.html.Span;

/** The coloured state labels shared by lists and pages. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge " + theme);
        return badge;
    }

    static String theme(OfferState state) {
        return switch (state) {
            case DRAFT, RENEGOTIATION -> "contrast";
            case PENDING_APPROVAL, REJECTED_INTERNAL -> "warning";
            case APPROVED, SENT, IN_DELIVERY -> "";
            case ACCEPTED, DELIVERED -> "success";
            case DECLINED, EXPIRED, WITHDRAWN -> "error";
        };
    }

    static String theme(RequestState state) {
        return switch (state) {
            case SUBMITTED -> "contrast";
            case FEASIBILITY_REVIEW -> "";
            case FEASIBLE -> "success";
            case NOT_FEASIBLE -> "error";
        };
    }
}
