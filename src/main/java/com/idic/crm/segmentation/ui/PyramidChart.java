package com.idic.crm.segmentation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The value pyramid: one trapezoid per tier (a link to its customers) and beside it the tier's
 * actual share of customers, revenue and profit against the course's reference shares.
 */
class PyramidChart extends Div {

    /** DOMAIN.md section 2: share of customers, revenue and profit per tier, top first. */
    static final Map<Tier, double[]> COURSE_REFERENCE = Map.of(
            Tier.PLATINUM, new double[] {0.01, 0.50, 0.49},
            Tier.GOLD, new double[] {0.04, 0.23, 0.25},
            Tier.IRON, new double[] {0.15, 0.20, 0.21},
            Tier.LEAD, new double[] {0.80, 0.07, 0.05});

    record Row(Tier tier, long count, double customerShare, double revenueShare, double profitShare) {
    }

    final Map<Tier, RouterLink> tierLinks = new java.util.EnumMap<>(Tier.class);

    PyramidChart(List<Row> rows, Map<String, String> runFilter) {
        addClassName("pyramid");
        Locale locale = getLocale();
        int tiers = Tier.values().length;
        for (Row row : rows) {
            int level = row.tier().ordinal();
            RouterLink link = tier(row, level, tiers, runFilter);
            tierLinks.put(row.tier(), link);
            double[] reference = COURSE_REFERENCE.get(row.tier());
            Div shares = new Div(
                    label("segments.pyramid.customers"), bar(row.customerShare(), reference[0], locale),
                    label("segments.pyramid.revenue"), bar(row.revenueShare(), reference[1], locale),
                    label("segments.pyramid.profit"), bar(row.profitShare(), reference[2], locale));
            shares.addClassName("tier-shares");
            add(link, shares);
        }
    }

    private RouterLink tier(Row row, int level, int tiers, Map<String, String> runFilter) {
        // the top edge of level 0 is narrow but wide enough for its label; each level widens evenly
        double top = 0.5 - (0.12 + level * 0.38 / tiers);
        double bottom = 0.5 - (0.12 + (level + 1) * 0.38 / tiers);
        Span name = new Span(getTranslation("segments.tier." + row.tier().name()));
        Span count = new Span(getTranslation("segments.customers", row.count()));
        count.addClassName("tier-count");
        String tooltip = getTranslation("segments.tier." + row.tier().name()) + " \u00b7 "
                + getTranslation("segments.tier.role." + row.tier().name()) + " \u2014 " + getTranslation("segments.openList");
        RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "tier", row.tier().name()), tooltip, name, count);
        link.addClassNames("pyramid-tier", "tier-" + row.tier().name());
        link.getStyle().set("--top-left", Percent.css(top)).set("--top-right", Percent.css(1 - top))
                .set("--bottom-left", Percent.css(bottom)).set("--bottom-right", Percent.css(1 - bottom));
        return link;
    }

    private Span label(String key) {
        return new Span(getTranslation(key));
    }

    private ShareBar bar(double actual, double reference, Locale locale) {
        return new ShareBar(actual, reference,
                getTranslation("segments.pyramid.share", Percent.of(actual, locale), Percent.of(reference, locale)));
    }
}
