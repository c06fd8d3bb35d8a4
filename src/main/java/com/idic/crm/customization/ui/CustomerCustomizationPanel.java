package com.idic.crm.customization.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;

/** The customer's customization requests (and their offers), newest first, with a way to take down a new need. */
class CustomerCustomizationPanel extends VerticalLayout {

    static final int SHOWN = 200;

    final Grid<RequestRow> requestGrid = new Grid<>(RequestRow.class, false);
    final OfferGrid offerGrid;
    final Button newRequest = new Button(getTranslation("customization.request.new"), VaadinIcon.PLUS.create());

    private final CustomizationService requests;
    private final long customerId;

    CustomerCustomizationPanel(CustomizationService requests, OfferService offers, long customerId, Clock clock) {
        this.requests = requests;
        this.customerId = customerId;
        addClassName("customer-customization");
        setPadding(false);
        newRequest.setVisible(CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MARKETER)
                || CurrentUser.hasRole(AppRoles.MANAGER));
        newRequest.addClickListener(click -> new NewRequestDialog(customerId, LocalDate.now(clock), created -> {
            try {
                long id = requests.submit(created);
                Notifications.success(getTranslation("customization.request.submitted"));
                getUI().ifPresent(ui -> ui.navigate(RequestView.class, id));
            } catch (CustomizationRefusedException e) {
                Refusals.show(e);
            }
        }).open());
        Div header = new Div(new H3(getTranslation("customization.requests.title")), newRequest);
        header.addClassName("section-header");
        configureGrid();
        offerGrid = new OfferGrid(offers.forCustomer(customerId, SHOWN), false);
        add(header, requestGrid, new H3(getTranslation("offer.section.title")), offerGrid);
    }

    private void configureGrid() {
        ZoneId zone = ZoneId.systemDefault();
        requestGrid.addColumn(row -> Formats.date(row.createdAt().atZone(zone).toLocalDate(), getLocale()))
                .setHeader(getTranslation("customization.field.submitted")).setWidth("8rem").setFlexGrow(0);
        requestGrid.addColumn(RequestRow::need).setHeader(getTranslation("customization.field.need"))
                .setWidth("16rem").setFlexGrow(3).setTooltipGenerator(RequestRow::need);
        requestGrid.addColumn(row -> getTranslation("customization.need." + row.needLevel().name()))
                .setHeader(getTranslation("customization.field.needLevel")).setWidth("7rem").setFlexGrow(0);
        requestGrid.addColumn(row -> row.type() == null ? "" : getTranslation("customization.type." + row.type().name()))
                .setHeader(getTranslation("customization.field.typeShort")).setWidth("7rem").setFlexGrow(0);
        requestGrid.addColumn(LitRenderer.<RequestRow>of("<span theme=\"badge ${item.theme}\">${item.state}</span>")
                        .withProperty("state", row -> getTranslation("customization.requestState." + row.state().name()))
                        .withProperty("theme", row -> Badges.theme(row.state())))
                .setHeader(getTranslation("customization.field.state")).setWidth("9rem").setFlexGrow(0);
        requestGrid.addColumn(RequestRow::owner).setHeader(getTranslation("customization.field.owner")).setWidth("7rem").setFlexGrow(0);
        requestGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        requestGrid.setEmptyStateText(getTranslation("customization.requests.none"));
        requestGrid.setItems(requests.forCustomer(customerId, SHOWN));
        requestGrid.setAllRowsVisible(true);
        requestGrid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RequestView.class, click.getItem().id())));
    }
}
