package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.segmentation.RfmCell;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Recency rows (5 on top) by frequency columns; each cell shaded by its share of the fullest cell. */
class RfmGridChart extends Div {

    RfmGridChart(List<RfmCell> cells, Map<String, String> runFilter) {
        addClassName("rfm-grid");
        Map<String, RfmCell> byKey = cells.stream().collect(Collectors.toMap(c -> c.recency() + "-" + c.frequency(), Function.identity()));
        long max = cells.stream().mapToLong(RfmCell::customers).max().orElse(0);
        Locale locale = getLocale();
        for (int r = 5; r >= 1; r--) {
            add(axis("R" + r));
            for (int f = 1; f <= 5; f++) {
                RfmCell cell = byKey.getOrDefault(r + "-" + f, new RfmCell(r, f, 0, null));
                add(cell(cell, max, locale, runFilter));
            }
        }
        add(axis(""));
        for (int f = 1; f <= 5; f++) {
            add(axis("F" + f));
        }
        Span title = new Span(getTranslation("segments.rfm.recency") + " \u2195 \u00b7 " + getTranslation("segments.rfm.frequency") + " \u2194");
        title.addClassName("rfm-axis-title");
        add(title);
    }

    private RouterLink cell(RfmCell cell, long max, Locale locale, Map<String, String> runFilter) {
        double shade = max == 0 ? 0 : 0.08 + 0.82 * cell.customers() / max;
        String money = cell.averageAmountInWindow() == null ? getTranslation("common.none") : Formats.money(cell.averageAmountInWindow(), locale);
        Span count = new Span(String.valueOf(cell.customers()));
        count.addClassName("rfm-count");
        Span average = new Span(money);
        average.addClassName("rfm-money");
        String tooltip = getTranslation("segments.rfm.cell", cell.recency(), cell.frequency(), cell.customers(), money);
        RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "r", cell.recency(), "f", cell.frequency()), tooltip, count, average);
        link.addClassName("rfm-cell");
        link.getStyle().set("--shade", String.format(Locale.ROOT, "%.2f", cell.customers() == 0 ? 0 : shade));
        if (shade > 0.55) {
            link.addClassName("dark");
        }
        return link;
    }

    private static Div axis(String text) {
        Div axis = new Div(text);
        axis.addClassName("rfm-axis");
        return axis;
    }
}
