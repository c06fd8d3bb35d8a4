package com.idic.crm.customization.ui;

import java.util.List;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.customization.Recommendation;
import com.idic.crm.customization.RequestRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The course's strategy for the customer's tier and quadrant, and what customers like this also took. */
class RecommendationsCard extends Div {

    RecommendationsCard(RequestRow request, List<Recommendation> recommendations) {
        addClassNames("card", "recommendations");
        add(new H3(getTranslation("recommend.title")));
        if (request.tier() != null) {
            Paragraph strategy = new Paragraph(getTranslation("segments.strategy.tier." + request.tier().name()) + " "
                    + getTranslation("segments.strategy.quadrant." + request.quadrant().name()));
            strategy.addClassName("strategy");
            add(strategy);
        }
        if (recommendations.isEmpty()) {
            add(new Span(getTranslation("recommend.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Recommendation recommendation : recommendations) {
            Span category = new Span(getTranslation("recommend.category", recommendation.category(),
                    recommendation.peersWhoBought(), recommendation.peers()));
            category.addClassName("recommend-category");
            ListItem item = new ListItem(category);
            for (CatalogItemRow catalogItem : recommendation.items()) {
                Span line = new Span(catalogItem.code() + " \u00b7 " + catalogItem.name(getLocale()) + " \u00b7 "
                        + Formats.money(catalogItem.listPrice(), getLocale()));
                line.addClassName("recommend-item");
                item.add(line);
            }
            list.add(item);
        }
        add(list);
    }
}
