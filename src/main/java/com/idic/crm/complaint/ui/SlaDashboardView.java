package com.idic.crm.complaint.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.complaint.ComplaintReports;
import com.idic.crm.complaint.SlaFigures;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** How well complaints are handled: SLA compliance by month, priority and customer tier, and open complaints by age. */
@Route("sla-dashboard")
@Menu(title = "nav.interact.slaDashboard", order = 3, icon = "DASHBOARD")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/complaint.css")
public class SlaDashboardView extends Main implements HasDynamicTitle {

    static final List<String> AGE_BUCKETS = List.of("UNDER_1_DAY", "DAYS_1_3", "DAYS_3_7", "DAYS_7_30", "OVER_30_DAYS");

    final SlaFigures figures;

    public SlaDashboardView(ComplaintReports reports) {
        addClassNames("view", "sla-dashboard");
        figures = reports.slaFigures();
        Div header = new Div(new H2(getTranslation("dashboard.title")));
        header.addClassName("view-header");
        add(header, new Paragraph(getTranslation("dashboard.intro")));
        Div charts = new Div();
        charts.addClassName("dashboard-charts");
        charts.add(card("dashboard.byMonth", compliance(figures.byMonth(), c -> c.group().substring(2))));
        charts.add(card("dashboard.byPriority", compliance(figures.byPriority(), c -> getTranslation("complaint.priority." + c.group()))));
        charts.add(card("dashboard.byTier", compliance(figures.byTier(), c -> getTranslation("dashboard.tier." + c.group()))));
        Map<String, Long> ages = figures.openByAge().stream().collect(Collectors.toMap(SlaFigures.AgeBucket::bucket, SlaFigures.AgeBucket::count));
        long maxAge = ages.values().stream().mapToLong(Long::longValue).max().orElse(0);
        charts.add(card("dashboard.openByAge", SvgBars.chart(getTranslation("dashboard.openByAge"), AGE_BUCKETS.stream()
                .map(b -> new SvgBars.Bar(getTranslation("dashboard.age." + b), ages.getOrDefault(b, 0L),
                        Long.toString(ages.getOrDefault(b, 0L)))).toList(), maxAge, "age")));
        add(charts);
    }

    private Div compliance(List<SlaFigures.Compliance> rows, Function<SlaFigures.Compliance, String> label) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        return SvgBars.chart(getTranslation("dashboard.compliance"), rows.stream()
                .map(c -> new SvgBars.Bar(label.apply(c) + " (" + c.resolved() + ")", c.share(), percent.format(c.share()))).toList(),
                1.0, "compliance");
    }

    private Div card(String titleKey, com.vaadin.flow.component.Component chart) {
        Div card = new Div(new H3(getTranslation(titleKey)), chart);
        card.addClassName("dashboard-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
