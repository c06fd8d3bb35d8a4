package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.idic.crm.segmentation.GroupShare;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Per ABC class: its share of revenue as a bar, its share of customers in the text. */
class AbcChart extends Div {

    AbcChart(List<GroupShare> classes, Map<String, String> runFilter) {
        addClassName("abc-rows");
        Locale locale = getLocale();
        for (GroupShare share : classes) {
            Span label = new Span(getTranslation("segments.abc." + share.group()));
            double revenue = share.revenueShare().doubleValue();
            String text = getTranslation("segments.abc.share", Percent.of(share.customerShare().doubleValue(), locale),
                    Percent.of(revenue, locale));
            RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "abc", share.group()),
                    getTranslation("segments.customers", share.customers()), label, new ShareBar(revenue, null, text));
            link.addClassName("abc-row");
            add(link);
        }
    }
}
