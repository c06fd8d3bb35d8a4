package com.idic.crm.report.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.report.ReportJob;
import com.idic.crm.report.ReportService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One requested report in the list: waiting (and how many are ahead), being written (progress), ready
 * (a download link) or failed (why). Kept current by server push while it is on screen.
 */
class ReportJobItem extends Div {

    final ReportJob job;
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button();
    private final Div action = new Div();
    Anchor download;
    private final boolean cancellable;
    private ReportJob.Registration listening;

    ReportJobItem(ReportJob job) {
        this(job, null);
    }

    /** With {@code service}, a waiting or running report offers to cancel it. */
    ReportJobItem(ReportJob job, ReportService service) {
        this.job = job;
        this.cancellable = service != null;
        addClassName("report-job");
        Span title = new Span(job.title());
        title.addClassName("report-job-title");
        Span description = new Span(job.description());
        description.addClassName("report-hint");
        Span requested = new Span(Formats.dateTime(LocalDateTime.ofInstant(job.requestedAt(), ZoneId.systemDefault()), getLocale()));
        requested.addClassName("report-hint");
        Div text = new Div(title, description, requested);
        text.addClassName("report-job-text");
        status.addClassName("report-job-status");
        progress.setWidth("12rem");
        action.addClassName("report-job-action");
        action.add(progress);
        if (service != null) {
            cancel.setText(getTranslation("report.job.cancel"));
            cancel.setIcon(VaadinIcon.CLOSE_SMALL.create());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            cancel.addClickListener(click -> {
                if (!service.cancel(job)) {
                    Notifications.warning(getTranslation("report.job.tooLate"));
                }
                show();
            });
            action.add(cancel);
        }
        add(text, status, action);
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        listening = job.onChange(changed -> ui.access(this::show));
        show();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private void show() {
        ReportJob.State state = job.state();
        progress.setVisible(state == ReportJob.State.RUNNING || state == ReportJob.State.QUEUED);
        cancel.setVisible(cancellable && (state == ReportJob.State.RUNNING || state == ReportJob.State.QUEUED)
                && !job.cancelRequested());
        progress.setIndeterminate(state == ReportJob.State.QUEUED);
        progress.setValue(Math.min(1.0, job.progress()));
        status.removeClassNames("failed");
        switch (state) {
            case QUEUED -> status.setText(getTranslation("report.job.queued", job.waitingAhead()));
            case RUNNING -> status.setText(job.cancelRequested() ? getTranslation("report.job.stopping")
                    : getTranslation("report.job.running", (int) Math.round(job.progress() * 100)));
            case READY -> {
                status.setText(getTranslation("report.job.ready"));
                if (download == null) {
                    download = new Anchor(DownloadHandler.forFile(job.file().toFile(), job.fileName()), "");
                    download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("report.job.download", job.fileName())));
                    download.addClassName("report-download");
                    action.add(download);
                }
            }
            case CANCELLED -> status.setText(getTranslation("report.job.cancelled"));
            case FAILED -> {
                status.setText(job.failure());
                status.addClassNames("failed");
            }
        }
    }
}
