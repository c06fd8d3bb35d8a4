package com.idic.crm.customization.ui;

import java.math.BigDecimal;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.ApprovalReason;
import com.idic.crm.customization.ApprovalRow;
import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Offers waiting for a manager, longest waiting first, with what the decision weighs: the customer's tier,
 * quadrant, CLV and lifecycle stage now, and the margin impact (margin at list price against the offered
 * margin, the largest discount against the tier's threshold). A row opens the offer to approve or reject it.
 */
@Route("customization/approvals")
@Menu(title = "nav.customize.approvals", order = 30, icon = "CHECK_SQUARE_O")
@RolesAllowed(AppRoles.MANAGER)
@StyleSheet("context://styles/customization.css")
public class ApprovalQueueView extends Main implements HasDynamicTitle {

    final Grid<ApprovalRow> grid = new Grid<>(ApprovalRow.class, false);
    final Button rules = new Button(getTranslation("approval.rules"), VaadinIcon.COG.create());

    public ApprovalQueueView(OfferApprovals approvals) {
        addClassNames("view", "approval-queue");
        rules.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rules.addClickListener(click -> new ApprovalRulesDialog(approvals).open());
        Div header = new Div(new H2(getTranslation("approval.title")), rules);
        header.addClassName("view-header");
        grid.addColumn(row -> getTranslation("approval.offer", row.offer().id(), row.offer().versionNo()))
                .setHeader(getTranslation("approval.column.offer")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.offer().customerName()).setHeader(getTranslation("customization.field.customer"))
                .setWidth("11rem").setFlexGrow(2).setTooltipGenerator(row -> row.offer().customerName());
        grid.addColumn(row -> row.offer().author()).setHeader(getTranslation("approval.column.author")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.tier() == null ? getTranslation("customization.unscored") : getTranslation("segments.tier." + row.tier().name()))
                .setHeader(getTranslation("customization.field.tier")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> row.quadrant() == null ? "" : getTranslation("segments.quadrant." + row.quadrant().name()))
                .setHeader(getTranslation("approval.column.quadrant")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(row -> row.clv() == null ? "" : Formats.money(row.clv(), getLocale()))
                .setHeader(getTranslation("approval.column.clv")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.stage() == null ? "" : getTranslation("segments.stage." + row.stage().name()))
                .setHeader(getTranslation("approval.column.stage")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.money(row.totals().netTotal(), getLocale()))
                .setHeader(getTranslation("offer.totals.net")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> percent(row.listMarginPercent()) + " \u2192 " + percent(row.totals().marginPercent())
                        + " (\u2265 " + percent(row.rule().minMarginPercent()) + ")")
                .setHeader(getTranslation("approval.column.margin")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(row -> percent(row.totals().maxDiscountPercent()) + " (\u2264 " + percent(row.rule().maxDiscountPercent()) + ")")
                .setHeader(getTranslation("approval.column.discount")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.reasons().stream()
                        .map(reason -> getTranslation("approval.reason." + reason.name())).toList()))
                .setHeader(getTranslation("approval.column.why")).setWidth("10rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("approval.empty"));
        grid.setItems(query -> approvals.queue(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, click.getItem().offer().id())));
        grid.setSizeFull();
        add(header, grid);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "\u2014" : TotalsPanel.percent(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title") + " · " + getTranslation("app.name");
    }
}
