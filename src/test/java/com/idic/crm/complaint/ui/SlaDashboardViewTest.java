package com.idic.crm.complaint.ui;

import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SlaDashboardViewTest extends KaribuTest {

    @Test
    void theDashboardDrawsFourSvgChartsForAManager() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("sla-dashboard");
        SlaDashboardView view = _get(SlaDashboardView.class);
        var charts = _find(view, Div.class, spec -> spec.withClasses("svg-chart"));
        assertThat(charts).hasSize(4).allSatisfy(chart ->
                assertThat(chart.getElement().getProperty("innerHTML")).startsWith("<svg").endsWith("</svg>"));
        // the age chart always has its five buckets
        assertThat(charts.get(3).getElement().getProperty("innerHTML").split("<rect", -1)).hasSize(6);
        assertThat(charts.get(3).getElement().getProperty("innerHTML")).contains("&gt; 30 days", "&lt; 1 day");
    }

    @Test
    void theRepeatComplainersListOpensForAManagerOnly() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate("repeat-complainers");
        assertThat(_find(RepeatComplainersView.class)).hasSize(1);
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("sla-dashboard");
        assertThat(_find(SlaDashboardView.class)).isEmpty();
    }
}
