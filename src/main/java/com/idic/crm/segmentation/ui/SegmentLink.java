package com.idic.crm.segmentation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A chart element that is a real link to the scored-customer list filtered to it, so it can be
 * opened in a new tab, bookmarked and reached with the keyboard.
 */
final class SegmentLink {

    private SegmentLink() {
    }

    static RouterLink to(Map<String, String> filter, String tooltip, Component... content) {
        RouterLink link = new RouterLink();
        link.setRoute(ScoredCustomersView.class);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filter.forEach((name, value) -> parameters.put(name, List.of(value)));
        link.setQueryParameters(new QueryParameters(parameters));
        link.add(content);
        link.addClassName("seg-link");
        if (tooltip != null) {
            link.getElement().setAttribute("title", tooltip);
            link.getElement().setAttribute("aria-label", tooltip);
        }
        return link;
    }
}
