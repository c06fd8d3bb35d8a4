package com.idic.crm.customization.ui;

import java.time.ZoneId;
import java.util.List;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.OfferRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

/** A short list of offers (a request's, a customer's); a row opens the offer. */
class OfferGrid extends Grid<OfferRow> {

    OfferGrid(List<OfferRow> offers, boolean withCustomer) {
        super(OfferRow.class, false);
        ZoneId zone = ZoneId.systemDefault();
        addColumn(row -> row.id() + " \u00b7 v" + row.versionNo()).setHeader(getTranslation("offer.column.offer"))
                .setWidth("6.5rem").setFlexGrow(0);
        if (withCustomer) {
            addColumn(OfferRow::customerName).setHeader(getTranslation("customization.field.customer")).setFlexGrow(1);
        }
        addColumn(row -> Formats.date(row.createdAt().atZone(zone).toLocalDate(), getLocale()))
                .setHeader(getTranslation("offer.column.created")).setWidth("8rem").setFlexGrow(0);
        addColumn(row -> Formats.date(row.validUntil(), getLocale())).setHeader(getTranslation("offer.column.validUntil"))
                .setWidth("8rem").setFlexGrow(0);
        addColumn(row -> Formats.money(row.netTotal(), getLocale())).setHeader(getTranslation("offer.column.net"))
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        addColumn(row -> row.marginPercent() == null ? "\u2014" : TotalsPanel.percent(row.marginPercent()))
                .setHeader(getTranslation("offer.column.margin")).setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        addColumn(LitRenderer.<OfferRow>of("<span theme=\"badge ${item.theme}\">${item.state}</span>")
                        .withProperty("state", row -> getTranslation("offer.state." + row.state().name()))
                        .withProperty("theme", row -> Badges.theme(row.state())))
                .setHeader(getTranslation("offer.column.state")).setWidth("9.5rem").setFlexGrow(0);
        addColumn(OfferRow::author).setHeader(getTranslation("offer.column.author")).setWidth("7rem").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("offer.none"));
        setItems(offers);
        setAllRowsVisible(true);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, click.getItem().id())));
    }
}
