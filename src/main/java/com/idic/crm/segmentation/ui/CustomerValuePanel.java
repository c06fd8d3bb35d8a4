package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.LifecycleOverride;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The customer's latest scores, each with the figures behind it, what the course says to do with
 * a customer of this tier, quadrant and stage, and the lifecycle stage set by hand (if any).
 */
@StyleSheet("context://styles/segments.css")
class CustomerValuePanel extends Div {

    final Div scores = new Div();
    final Div strategy = new Div();
    final Div override = new Div();

    private final transient SegmentationResults results;
    private final transient SegmentationService runs;
    private final Clock clock;
    private final long customerId;

    CustomerValuePanel(SegmentationResults results, SegmentationService runs, Clock clock, long customerId) {
        this.results = results;
        this.runs = runs;
        this.clock = clock;
        this.customerId = customerId;
        addClassName("value-panel");
        scores.addClassName("seg-card");
        strategy.addClassName("seg-card");
        override.addClassName("seg-card");
        refresh();
    }

    private void refresh() {
        removeAll();
        scores.removeAll();
        strategy.removeAll();
        Optional<SegmentationRun> run = runs.latestSuccessfulRun();
        Optional<CustomerScore> score = run.flatMap(r -> results.latestScoreOf(customerId));
        if (run.isEmpty()) {
            scores.add(new Paragraph(getTranslation("segments.value.noRun")));
        } else if (score.isEmpty() || !score.get().scored()) {
            scores.add(new Paragraph(getTranslation("segments.value.notScored", Formats.date(run.get().analysisDate(), getLocale()))));
        } else {
            showScores(score.get(), run.get());
            showStrategy(score.get());
        }
        add(scores);
        if (strategy.getComponentCount() > 0) {
            add(strategy);
        }
        showOverride(score.map(CustomerScore::computedStage).orElse(null));
        add(override);
    }

    private void showScores(CustomerScore score, SegmentationRun run) {
        Span asOf = new Span(getTranslation("segments.value.asOf", run.id(), Formats.date(run.analysisDate(), getLocale())));
        asOf.addClassName("muted");
        UnorderedList list = new UnorderedList();
        ScoreExplanation.lines(score, run, getUI().orElse(com.vaadin.flow.component.UI.getCurrent()))
                .forEach(line -> list.add(new ListItem(line)));
        if (score.stage() != null) {
            list.add(new ListItem(score.stageOverridden()
                    ? getTranslation("segments.value.stage.derived", stage(score.computedStage()))
                    : getTranslation("segments.value.stage", stage(score.stage()))));
        }
        scores.add(new H3(getTranslation("segments.value.scores") + " \u00b7 RFM " + score.rfmCode()), asOf, list);
    }

    private void showStrategy(CustomerScore score) {
        strategy.add(new H3(getTranslation("segments.value.strategy")));
        if (score.tier() != null) {
            strategy.add(advice(getTranslation("segments.tier." + score.tier().name()) + " (" + getTranslation("segments.tier.role." + score.tier().name()) + ")",
                    getTranslation("segments.strategy.tier." + score.tier().name())));
        }
        if (score.quadrant() != null) {
            strategy.add(advice(getTranslation("segments.quadrant." + score.quadrant().name()),
                    getTranslation("segments.strategy.quadrant." + score.quadrant().name())));
        }
        if (score.stage() != null) {
            strategy.add(advice(stage(score.stage()), getTranslation("segments.strategy.stage." + score.stage().name())));
        }
    }

    private void showOverride(LifecycleStage computed) {
        override.removeAll();
        override.add(new H3(getTranslation("segments.override.title")));
        Optional<LifecycleOverride> current = runs.lifecycleOverride(customerId);
        Locale locale = getLocale();
        current.ifPresentOrElse(set -> {
            Paragraph text = new Paragraph(getTranslation("segments.value.stage.override", stage(set.stage()), set.setBy(),
                    Formats.dateTime(LocalDateTime.ofInstant(set.setAt(), clock.getZone()), locale), set.reason()));
            text.addClassName("value-override");
            override.add(text);
        }, () -> override.add(new Paragraph(getTranslation("segments.override.none"))));
        if (mayOverride()) {
            Button edit = new Button(getTranslation("segments.override.edit"), VaadinIcon.EDIT.create(),
                    click -> new LifecycleOverrideDialog(runs, customerId, current.orElse(null), computed, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            override.add(edit);
        }
    }

    private static boolean mayOverride() {
        return CurrentUser.hasRole(AppRoles.MANAGER) || CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.ADMIN);
    }

    private Div advice(String title, String text) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        return new Div(heading, new Paragraph(text));
    }

    private String stage(LifecycleStage stage) {
        return getTranslation("segments.stage." + stage.name());
    }
}
