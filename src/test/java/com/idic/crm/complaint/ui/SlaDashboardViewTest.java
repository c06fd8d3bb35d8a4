package com.idic.crm.complaint.ui;

import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.Html;
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
        assertThat(_find(view, Html.class)).hasSize(4).allSatisfy(html ->
                assertThat(html.getElement().getOuterHTML()).startsWith("<svg"));
        assertThat(_find(view, Html.class).get(3).getElement().getOuterHTML()).contains("&gt; 30 days", "&lt; 1 day");
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
