package com.idic.crm.customization.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.ApprovalRow;
import com.idic.crm.customization.Loyalty;
import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
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
    final Anchor export = new Anchor();

    public ApprovalQueueView(OfferApprovals approvals, Loyalty loyalty, Clock clock) {
        addClassNames("view", "approval-queue");
        rules.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rules.addClickListener(click -> new ApprovalRulesDialog(approvals, loyalty).open());
        Div header = new Div(new H2(getTranslation("approval.title")), rules, exportButton(approvals, clock));
        header.addClassName("view-header");
        grid.addColumn(row -> getTranslation("approval.offer", row.offer().id(), row.offer().versionNo()))
                .setHeader(getTranslation("approval.column.offer")).setKey("offer").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(twoLines(row -> row.offer().customerName(), row -> row.offer().author()))
                .setHeader(getTranslation("approval.column.customerAndAuthor")).setKey("customer").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(twoLines(this::tierAndQuadrant, this::clvAndStage))
                .setHeader(getTranslation("approval.column.value")).setKey("value").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(row -> Formats.money(row.totals().netTotal(), getLocale()))
                .setHeader(getTranslation("offer.totals.net")).setKey("net").setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(twoLines(row -> percent(row.listMarginPercent()) + " \u2192 " + percent(row.totals().marginPercent()),
                        row -> getTranslation("approval.floor", percent(row.rule().minMarginPercent()))))
                .setHeader(getTranslation("approval.column.margin")).setKey("margin").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(twoLines(row -> percent(row.totals().maxDiscountPercent()),
                        row -> getTranslation("approval.limit", percent(row.rule().maxDiscountPercent()))))
                .setHeader(getTranslation("approval.column.discount")).setKey("discount").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.reasons().stream()
                        .map(reason -> getTranslation("approval.reason." + reason.name())).toList()))
                .setHeader(getTranslation("approval.column.why")).setKey("why").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(row -> String.join(", ", row.reasons().stream()
                        .map(reason -> getTranslation("approval.reason." + reason.name())).toList()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("approval.empty"));
        grid.setItems(query -> approvals.queue(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, click.getItem().offer().id())));
        grid.setSizeFull();
        add(header, grid);
    }

    /** "Export to Excel": the offers of the queue in its order and in the grid's visible columns, streamed. */
    private Anchor exportButton(OfferApprovals approvals, Clock clock) {
        export.setHref(XlsxDownload.of(clock.getZone(), () -> ApprovalQueueExport.of(approvals,
                XlsxDownload.visibleColumnKeys(grid),
                this::getTranslation, LocalDate.now(clock))));
        XlsxDownload.asExportLink(export, getTranslation("approval.export"));
        return export;
    }

    /** A main line and a smaller second line, rendered in the browser (no components per row). */
    private static LitRenderer<ApprovalRow> twoLines(ValueProvider<ApprovalRow, String> main, ValueProvider<ApprovalRow, String> second) {
        return LitRenderer.<ApprovalRow>of("<div class=\"two-lines\"><span>${item.main}</span><small>${item.second}</small></div>")
                .withProperty("main", main).withProperty("second", second);
    }

    private String tierAndQuadrant(ApprovalRow row) {
        if (row.tier() == null) {
            return getTranslation("customization.unscored");
        }
        return getTranslation("segments.tier." + row.tier().name()) + " \u00b7 " + getTranslation("segments.quadrant." + row.quadrant().name());
    }

    private String clvAndStage(ApprovalRow row) {
        return row.clv() == null ? "" : getTranslation("approval.clv", Formats.money(row.clv(), getLocale()))
                + (row.stage() == null ? "" : " \u00b7 " + getTranslation("segments.stage." + row.stage().name()));
    }

    private static String percent(BigDecimal value) {
        return value == null ? "\u2014" : TotalsPanel.percent(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title") + " · " + getTranslation("app.name");
    }
}
