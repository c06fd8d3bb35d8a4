package com.idic.crm.segmentation.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.RunFailure;
import com.idic.crm.segmentation.RunRefusedException;
import com.idic.crm.segmentation.RunStarted;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.RunStep;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * The segmentation runs, newest first; a manager starts one here. The run works in the background
 * and reports each step through server push, so the page (and the rest of the app) stays usable.
 */
@Route("segments/runs")
@Menu(title = "nav.differentiate.runs", order = 4, icon = "PLAY_CIRCLE")
@RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
@StyleSheet("context://styles/segments.css")
public class SegmentationRunsView extends Main implements HasDynamicTitle {

    final DatePicker analysisDate = new DatePicker();
    final Button start = new Button(VaadinIcon.PLAY.create());
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressText = new Span();
    final Button cancel = new Button(VaadinIcon.STOP.create());
    final Grid<SegmentationRun> grid = new Grid<>(SegmentationRun.class, false);

    private final transient SegmentationService runs;
    private final Clock clock;
    private Long runningId;

    public SegmentationRunsView(SegmentationService runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        addClassNames("view", "runs-view");
        Div header = new Div(new H2(getTranslation("segments.runs.title")));
        header.addClassName("view-header");
        add(header);
        if (mayStart()) {
            add(startForm());
        }
        cancel.setText(getTranslation("segments.runs.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> cancelRun());
        cancel.setVisible(false);
        Div progressArea = new Div(progressText, progress, cancel);
        progressArea.addClassName("run-progress");
        progress.setVisible(false);
        add(progressArea);
        runs.running().ifPresent(run -> {
            showRunning(run.id());
            progress.setIndeterminate(true);
            progressText.setText(runningText(run));
            watchUntilDone(run.id());
        });
        configureGrid();
        add(grid);
    }

    private Div startForm() {
        LocalDate today = LocalDate.now(clock);
        analysisDate.setLabel(getTranslation("segments.runs.date"));
        analysisDate.setValue(today);
        analysisDate.setMax(today);
        analysisDate.setLocale(getLocale());
        start.setText(getTranslation("segments.runs.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startRun());
        Div form = new Div(analysisDate, start);
        form.addClassName("run-start");
        return form;
    }

    private void startRun() {
        LocalDate date = analysisDate.getValue();
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            analysisDate.setErrorMessage(getTranslation("segments.runs.future"));
            analysisDate.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        try {
            RunStarted started = runs.start(date, (runId, step) -> ui.access(() -> showStep(runId, step)));
            long runId = started.run().id();
            showRunning(runId);
            progress.setIndeterminate(false);
            progress.setValue(0);
            progressText.setText(getTranslation("segments.runs.progress", runId, getTranslation("segments.step." + RunStep.AGGREGATING.name())));
            Notifications.success(getTranslation("segments.runs.started", runId, Formats.date(started.run().analysisDate(), getLocale())));
            grid.getDataProvider().refreshAll();
            started.finished().whenComplete((run, failure) -> ui.access(() -> finished(runId, run, failure)));
        } catch (RunRefusedException refused) {
            Notifications.error(refusal(refused));
        }
    }

    private void showRunning(long runId) {
        runningId = runId;
        progress.setVisible(true);
        cancel.setVisible(mayStart());
    }

    /** A run this page did not start reports to nobody here; poll until it is over. */
    private void watchUntilDone(long runId) {
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(2000);
            Registration[] poll = new Registration[1];
            poll[0] = ui.addPollListener(event -> {
                if (runs.running().filter(run -> run.id() == runId).isEmpty()) {
                    poll[0].remove();
                    ui.setPollInterval(-1);
                    finished(runId, runs.run(runId).orElse(null), null);
                }
            });
            addDetachListener(detach -> {
                poll[0].remove();
                ui.setPollInterval(-1);
            });
        });
    }

    private void cancelRun() {
        if (runningId != null) {
            runs.cancel(runningId);
            Notifications.warning(getTranslation("segments.runs.cancelled", runningId));
        }
    }

    private static boolean mayStart() {
        return CurrentUser.hasRole(AppRoles.MANAGER) || CurrentUser.hasRole(AppRoles.ADMIN);
    }

    private String refusal(RunRefusedException refused) {
        if (RunRefusedException.FUTURE_DATE.equals(refused.messageKey())) {
            return getTranslation("segments.runs.future");
        }
        return refused.running().map(run -> getTranslation("segments.runs.refused", run.id(), startedBy(run), time(run.startedAt())))
                .orElseGet(() -> getTranslation(refused.messageKey()));
    }

    private void showStep(long runId, RunStep step) {
        progress.setIndeterminate(false);
        progress.setValue(step.fractionDone());
        progressText.setText(getTranslation("segments.runs.progress", runId, getTranslation("segments.step." + step.name())));
    }

    private void finished(long runId, SegmentationRun run, Throwable failure) {
        progress.setVisible(false);
        cancel.setVisible(false);
        runningId = null;
        progressText.setText("");
        grid.getDataProvider().refreshAll();
        if (failure == null && run != null && run.status() == RunStatus.SUCCEEDED) {
            Notifications.success(getTranslation("segments.runs.done", runId, run.customersScored()));
            return;
        }
        Notifications.error(getTranslation("segments.runs.failed", runId,
                run != null && run.status() == RunStatus.FAILED ? reason(run) : getTranslation("segments.failure.UNEXPECTED")));
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addColumn(run -> "#" + run.id()).setHeader(getTranslation("segments.runs.col.id")).setKey("id").setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("segments.runs.col.status")).setKey("status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(run -> Formats.date(run.analysisDate(), locale)).setHeader(getTranslation("segments.runs.col.date"))
                .setKey("date").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(this::startedBy).setHeader(getTranslation("segments.runs.col.by")).setKey("by").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(run -> time(run.startedAt())).setHeader(getTranslation("segments.runs.col.started")).setKey("started")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(run -> getTranslation("segments.runs.duration",
                        Decimals.format(java.math.BigDecimal.valueOf(run.duration(Instant.now(clock)).toMillis(), 3), 1, locale)))
                .setHeader(getTranslation("segments.runs.col.duration")).setKey("duration").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(SegmentationRun::customersScored).setHeader(getTranslation("segments.runs.col.customers")).setKey("customers")
                .setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(SegmentationRun::customersWithOrders).setHeader(getTranslation("segments.runs.col.withOrders")).setKey("withOrders")
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::reason).setHeader(getTranslation("segments.runs.col.reason"))
                .setKey("reason").setFlexGrow(1).setTooltipGenerator(this::reason);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> runs.runs(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
    }

    private void open(SegmentationRun run) {
        if (run.status() == RunStatus.SUCCEEDED) {
            UI.getCurrent().navigate(SegmentsView.class, QueryParameters.of("run", String.valueOf(run.id())));
        }
    }

    private Span status(SegmentationRun run) {
        Span badge = new Span(getTranslation("segments.status." + run.status().name()));
        String theme = switch (run.status()) {
            case SUCCEEDED -> "badge success";
            case FAILED -> "badge error";
            case RUNNING -> "badge";
        };
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }

    /** Why a run failed, in the user's language (the technical detail is in the server log). */
    String reason(SegmentationRun run) {
        if (run.status() != RunStatus.FAILED) {
            return "";
        }
        RunFailure failure = run.failure() == null ? RunFailure.UNEXPECTED : run.failure();
        return getTranslation("segments.failure." + failure.name(), run.cancelledBy() == null ? "?" : run.cancelledBy());
    }

    private String runningText(SegmentationRun run) {
        return getTranslation("segments.runs.running", run.id(), startedBy(run), time(run.startedAt()));
    }

    private String startedBy(SegmentationRun run) {
        return SegmentationRun.SCHEDULER.equals(run.startedBy()) ? getTranslation("segments.runs.scheduler") : run.startedBy();
    }

    private String time(Instant instant) {
        return instant == null ? "" : Formats.dateTime(LocalDateTime.ofInstant(instant, clock.getZone()), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.runs.title") + " \u00b7 " + getTranslation("app.name");
    }
}
