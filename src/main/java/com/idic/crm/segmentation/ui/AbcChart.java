package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.idic.crm.segmentation.AbcClass;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Per ABC class: its share of revenue as a bar, its share of customers in the text. */
class AbcChart extends Div {

    record Row(AbcClass abc, long count, double customerShare, double revenueShare) {
    }

    AbcChart(List<Row> rows, Map<String, String> runFilter) {
        addClassName("abc-rows");
        Locale locale = getLocale();
        for (Row row : rows) {
            Span label = new Span(getTranslation("segments.abc." + row.abc().name()));
            String text = getTranslation("segments.abc.share", Percent.of(row.customerShare(), locale), Percent.of(row.revenueShare(), locale));
            RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "abc", row.abc().name()),
                    getTranslation("segments.customers", row.count()), label, new ShareBar(row.revenueShare(), null, text));
            link.addClassName("abc-row");
            add(link);
        }
    }
}
