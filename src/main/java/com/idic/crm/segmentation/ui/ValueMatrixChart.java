package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.segmentation.GroupShare;
import com.idic.crm.segmentation.Quadrant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Current value (rows, high on top) by future value (columns, high on the right). */
class ValueMatrixChart extends Div {

    ValueMatrixChart(List<GroupShare> quadrants, Map<String, String> runFilter) {
        addClassName("value-matrix");
        Map<String, GroupShare> byName = quadrants.stream().collect(Collectors.toMap(GroupShare::group, Function.identity()));
        Locale locale = getLocale();
        add(axis(""), axis(getTranslation("segments.matrix.futureLow")), axis(getTranslation("segments.matrix.futureHigh")));
        add(axis(getTranslation("segments.matrix.currentHigh")),
                cell(Quadrant.MAINTAIN, byName, locale, runFilter), cell(Quadrant.VIP, byName, locale, runFilter));
        add(axis(getTranslation("segments.matrix.currentLow")),
                cell(Quadrant.ABANDON, byName, locale, runFilter), cell(Quadrant.IMPROVE, byName, locale, runFilter));
    }

    private RouterLink cell(Quadrant quadrant, Map<String, GroupShare> byName, Locale locale, Map<String, String> runFilter) {
        GroupShare share = byName.get(quadrant.name());
        long count = share == null ? 0 : share.customers();
        Span name = new Span(getTranslation("segments.quadrant." + quadrant.name()));
        Span number = new Span(String.valueOf(count));
        number.addClassName("matrix-count");
        Span percent = new Span(Percent.of(share == null ? 0 : share.customerShare().doubleValue(), locale));
        percent.addClassName("muted");
        String tooltip = getTranslation("segments.strategy.quadrant." + quadrant.name());
        RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "quadrant", quadrant.name()), tooltip,
                name, number, percent);
        link.addClassNames("matrix-cell", "quadrant-" + quadrant.name());
        return link;
    }

    private static Div axis(String text) {
        Div axis = new Div(text);
        axis.addClassName("matrix-axis");
        return axis;
    }
}
