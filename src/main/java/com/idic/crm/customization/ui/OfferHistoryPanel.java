package com.idic.crm.customization.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferHistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Everything that happened to the offer: who, when, what, from which state to which, and why. */
class OfferHistoryPanel extends Grid<OfferHistoryEntry> {

    OfferHistoryPanel() {
        super(OfferHistoryEntry.class, false);
        ZoneId zone = ZoneId.systemDefault();
        addColumn(e -> Formats.dateTime(e.at().atZone(zone).toLocalDateTime(), getLocale()))
                .setHeader(getTranslation("offer.history.at")).setWidth("13rem").setFlexGrow(0);
        addColumn(OfferHistoryEntry::username).setHeader(getTranslation("offer.history.by")).setWidth("7rem").setFlexGrow(0);
        addColumn(e -> getTranslation("offer.event." + e.action().name())).setHeader(getTranslation("offer.history.what"))
                .setWidth("12rem").setFlexGrow(0);
        addColumn(e -> (e.fromState() == null ? "" : getTranslation("offer.state." + e.fromState().name()) + " \u2192 ")
                + getTranslation("offer.state." + e.toState().name())).setHeader(getTranslation("offer.history.state"))
                .setWidth("16rem").setFlexGrow(0);
        addColumn(this::note).setHeader(getTranslation("offer.history.note")).setFlexGrow(1).setTooltipGenerator(this::note);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
        addClassName("offer-history");
    }

    /** A submission's note holds the reasons as codes, shown in the reader's language. */
    private String note(OfferHistoryEntry entry) {
        if (entry.note() == null) {
            return "";
        }
        if (entry.action() == OfferAction.SUBMIT_FOR_APPROVAL) {
            return Arrays.stream(entry.note().split(",")).map(String::trim).filter(code -> !code.isEmpty())
                    .map(code -> getTranslation("approval.reason." + code)).collect(Collectors.joining(", "));
        }
        return entry.note();
    }

    void show(List<OfferHistoryEntry> entries) {
        setItems(entries);
    }
}
