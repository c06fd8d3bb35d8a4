package com.idic.crm.segmentation.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.idic.crm.segmentation.GroupShare;
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

    final Map<Tier, RouterLink> tierLinks = new EnumMap<>(Tier.class);

    PyramidChart(List<GroupShare> tiers, Map<String, String> runFilter) {
        addClassName("pyramid");
        Locale locale = getLocale();
        for (GroupShare share : tiers) {
            Tier tier = Tier.valueOf(share.group());
            RouterLink link = tier(tier, share.customers(), runFilter);
            tierLinks.put(tier, link);
            double[] reference = COURSE_REFERENCE.get(tier);
            Div shares = new Div(
                    label("segments.pyramid.customers"), bar(share.customerShare().doubleValue(), reference[0], locale),
                    label("segments.pyramid.revenue"), bar(share.revenueShare().doubleValue(), reference[1], locale),
                    label("segments.pyramid.profit"), bar(share.profitShare().doubleValue(), reference[2], locale));
            shares.addClassName("tier-shares");
            add(link, shares);
        }
    }

    private RouterLink tier(Tier tier, long customers, Map<String, String> runFilter) {
        // the top edge of the first tier is narrow but wide enough for its label; each tier widens evenly
        int level = tier.ordinal();
        int levels = Tier.values().length;
        double top = 0.38 - level * 0.38 / levels;
        double bottom = 0.38 - (level + 1) * 0.38 / levels;
        Span name = new Span(getTranslation("segments.tier." + tier.name()));
        Span count = new Span(getTranslation("segments.customers", customers));
        count.addClassName("tier-count");
        String tooltip = getTranslation("segments.tier." + tier.name()) + " (" + getTranslation("segments.tier.role." + tier.name())
                + ") \u2014 " + getTranslation("segments.openList");
        RouterLink link = SegmentLink.to(ScoreFilterParameters.with(runFilter, "tier", tier.name()), tooltip, name, count);
        link.addClassNames("pyramid-tier", "tier-" + tier.name());
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
