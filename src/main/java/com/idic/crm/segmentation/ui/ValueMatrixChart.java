package com.idic.crm.segmentation.ui;

import java.util.Locale;
import java.util.Map;

import com.idic.crm.segmentation.Quadrant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Current value (rows, high on top) by future value (columns, high on the right). */
class ValueMatrixChart extends Div {

    ValueMatrixChart(Map<Quadrant, Long> counts, Map<String, String> runFilter) {
        addClassName("value-matrix");
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Locale locale = getLocale();
        add(axis(""), axis(getTranslation("segments.matrix.futureLow")), axis(getTranslation("segments.matrix.futureHigh")));
        add(axis(getTranslation("segments.matrix.currentHigh")),
                cell(Quadrant.MAINTAIN, counts, total, locale, runFilter), cell(Quadrant.VIP, counts, total, locale, runFilter));
        add(axis(getTranslation("segments.matrix.currentLow")),
                cell(Quadrant.ABANDON, counts, total, locale, runFilter), cell(Quadrant.IMPROVE, counts, total, locale, runFilter));
    }

    private RouterLink cell(Quadrant quadrant, Map<Quadrant, Long> counts, long total, Locale locale, Map<String, String> runFilter) {
        long count = counts.getOrDefault(quadrant, 0L);
        Span name = new Span(getTranslation("segments.quadrant." + quadrant.name()));
        Span number = new Span(String.valueOf(count));
        number.addClassName("matrix-count");
        Span share = new Span(Percent.of(total == 0 ? 0 : (double) count / total, locale));
        share.addClassName("muted");
        String tooltip = getTranslation("segments.strategy.quadrant." + quadrant.name());
        RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "quadrant", quadrant.name()), tooltip, name, number, share);
        link.addClassNames("matrix-cell", "quadrant-" + quadrant.name());
        return link;
    }

    private static Div axis(String text) {
        Div axis = new Div(text);
        axis.addClassName("matrix-axis");
        return axis;
    }
}
