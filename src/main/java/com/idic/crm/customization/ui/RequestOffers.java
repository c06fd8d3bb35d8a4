package com.idic.crm.customization.ui;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The request's offers, all versions, newest first; a feasible request gets a button to draft one. */
class RequestOffers extends Div {

    final Button draftOffer = new Button(getTranslation("offer.new"), VaadinIcon.PLUS.create());
    final OfferGrid grid;

    RequestOffers(OfferService offers, RequestRow request) {
        addClassName("request-offers");
        draftOffer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draftOffer.setVisible(request.state() == RequestState.FEASIBLE
                && (CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.MANAGER)));
        draftOffer.addClickListener(click -> {
            try {
                long id = offers.draft(request.id());
                getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, id));
            } catch (CustomizationRefusedException e) {
                Refusals.show(e);
            }
        });
        Div header = new Div(new H3(getTranslation("offer.section.title")), draftOffer);
        header.addClassName("section-header");
        grid = new OfferGrid(offers.forRequest(request.id()), false);
        add(header, grid);
    }
}
