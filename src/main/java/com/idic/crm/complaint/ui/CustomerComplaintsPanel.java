package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.CustomerComplaintFigures;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A customer's complaints with their counts and satisfaction, and "New complaint" for this customer. */
@StyleSheet("context://styles/complaint.css")
class CustomerComplaintsPanel extends VerticalLayout {

    final Grid<ComplaintRow> grid = new Grid<>(ComplaintRow.class, false);
    final Span summary = new Span();

    CustomerComplaintsPanel(ComplaintQueries queries, ComplaintService service, CustomerService customers, long customerId) {
        addClassName("customer-complaints");
        setPadding(false);
        setSizeFull();
        CustomerComplaintFigures figures = queries.figuresOf(customerId);
        summary.setText(getTranslation("complaint.section.summary", figures.total(), figures.open(), figures.validLast12Months(),
                figures.averageSatisfaction() == null ? getTranslation("common.none")
                        : String.format(getLocale(), "%.1f", figures.averageSatisfaction())));
        summary.addClassName("complaint-summary");
        Div top = new Div(summary);
        top.addClassName("complaint-section-top");
        if (figures.atRisk()) {
            top.add(ComplaintTexts.badge(getTranslation("complaint.section.atRisk"), "error"));
        }
        if (CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MANAGER)) {
            top.add(new Button(getTranslation("complaint.new.button"), VaadinIcon.PLUS.create(),
                    click -> new NewComplaintDialog(service, customers, customerId, ComplaintView::open).open()));
        }
        grid.addColumn(ComplaintRow::id).setHeader(getTranslation("complaint.column.number")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(ComplaintRow::subject).setHeader(getTranslation("complaint.column.subject")).setFlexGrow(3);
        grid.addColumn(row -> ComplaintTexts.of(this, row.status())).setHeader(getTranslation("complaint.column.status")).setWidth("8rem");
        grid.addColumn(row -> ComplaintTexts.of(this, row.priority())).setHeader(getTranslation("complaint.column.priority")).setWidth("6rem");
        grid.addColumn(row -> ComplaintTexts.dateTime(this, row.receivedAt())).setHeader(getTranslation("complaint.column.received"))
                .setKey("receivedAt").setSortProperty("receivedAt").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.breached() ? ComplaintTexts.of(this, com.idic.crm.complaint.SlaState.BREACHED) : "")
                .setHeader(getTranslation("complaint.column.sla")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("complaint.section.empty"));
        grid.setItemsPageable(pageable -> queries.page(ComplaintFilter.ofCustomer(customerId), pageable));
        grid.addItemClickListener(click -> ComplaintView.open(click.getItem().id()));
        grid.setSizeFull();
        add(top, grid);
    }
}
