package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.GroupDimension;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Differentiate dashboard: RFM grid, pyramid, value matrix, lifecycle, ABC and the company's
 * churn figures of the latest successful run (or of an older one, {@code ?run=<id>}). Every group
 * links to the scored-customer list filtered to it.
 */
@Route("segments")
@Menu(title = "nav.differentiate.segments", order = 1, icon = "PYRAMID_CHART")
@RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
@StyleSheet("context://styles/segments.css")
public class SegmentsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SegmentationService runs;
    private final transient SegmentationResults results;
    private final Clock clock;
    PyramidChart pyramid;

    public SegmentsView(SegmentationService runs, SegmentationResults results, Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.results = results;
        addClassNames("view", "segments-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("segments.title")));
        Optional<String> requested = event.getLocation().getQueryParameters().getSingleParameter("run");
        Optional<SegmentationRun> latest = runs.latestSuccessfulRun();
        Optional<SegmentationRun> shown = requested.flatMap(RunParameter::parse).flatMap(runs::run)
                .filter(run -> run.status() == RunStatus.SUCCEEDED).or(() -> latest);
        if (requested.isPresent() && shown.map(run -> !requested.get().equals(String.valueOf(run.id()))).orElse(true)) {
            add(problem(getTranslation("segments.scored.badParameter", "run=" + requested.get())));
        }
        shown.ifPresentOrElse(run -> show(run, latest.map(l -> l.id() != run.id()).orElse(false)), this::showNoRun);
    }

    private void show(SegmentationRun run, boolean older) {
        Locale locale = getLocale();
        Map<String, String> runFilter = older ? Map.of("run", String.valueOf(run.id())) : Map.of();
        Span info = new Span(getTranslation("segments.runInfo", Formats.date(run.analysisDate(), locale), run.id(),
                Formats.dateTime(LocalDateTime.ofInstant(run.finishedAt(), clock.getZone()), locale), run.customersScored()));
        info.addClassName("run-info");
        add(info);
        if (older) {
            Div note = new Div(new Span(getTranslation("segments.olderRun", run.id())),
                    new RouterLink(getTranslation("segments.latestRun"), SegmentsView.class));
            note.addClassName("older-run");
            add(note);
        }
        results.figures(run.id()).ifPresent(figures -> add(kpis(figures, locale)));
        pyramid = new PyramidChart(results.shares(run.id(), GroupDimension.TIER), runFilter);
        Div board = new Div(
                card("segments.pyramid.title", "segments.pyramid.hint", pyramid),
                card("segments.rfm.title", "segments.rfm.hint", new RfmGridChart(results.rfmGrid(run.id()), runFilter)),
                card("segments.matrix.title", null, new ValueMatrixChart(results.shares(run.id(), GroupDimension.QUADRANT), runFilter)),
                card("segments.funnel.title", null, new LifecycleFunnel(results.shares(run.id(), GroupDimension.STAGE), runFilter)),
                card("segments.abc.title", null, new AbcChart(results.shares(run.id(), GroupDimension.ABC), runFilter)));
        board.addClassName("segments-board");
        add(board);
    }

    private Div kpis(CompanyFigures figures, Locale locale) {
        Div row = new Div(
                kpi("segments.kpi.churn", Percent.of(figures.churnRate().doubleValue(), locale),
                        getTranslation("segments.kpi.churn.hint", figures.churned(), figures.activeAtStart())),
                kpi("segments.kpi.lifetime", getTranslation("segments.kpi.lifetime.value",
                        Decimals.format(figures.expectedLifetimeYears(), 1, locale)), null),
                kpi("segments.kpi.groupClv", Formats.money(figures.groupClv(), locale),
                        getTranslation("segments.kpi.groupClv.hint", Formats.money(figures.averageProfit(), locale),
                                Percent.of(figures.discountRate().doubleValue(), locale))));
        row.addClassName("kpi-row");
        return row;
    }

    private Div kpi(String labelKey, String value, String hint) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kpi-label");
        Div number = new Div(value);
        number.addClassName("kpi-value");
        Div kpi = new Div(label, number);
        if (hint != null) {
            Div small = new Div(hint);
            small.addClassName("kpi-hint");
            kpi.add(small);
        }
        kpi.addClassName("kpi");
        return kpi;
    }

    private Div card(String titleKey, String hintKey, Component chart) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        if (hintKey != null) {
            Paragraph hint = new Paragraph(getTranslation(hintKey));
            hint.addClassName("seg-hint");
            card.add(hint);
        }
        card.add(chart);
        card.addClassName("seg-card");
        return card;
    }

    private void showNoRun() {
        add(new Paragraph(getTranslation("segments.noRun")),
                new RouterLink(getTranslation("segments.noRun.link"), SegmentationRunsView.class));
    }

    static Paragraph problem(String text) {
        Paragraph problem = new Paragraph(text);
        problem.addClassName("filter-problem");
        return problem;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.title") + " \u00b7 " + getTranslation("app.name");
    }
}
