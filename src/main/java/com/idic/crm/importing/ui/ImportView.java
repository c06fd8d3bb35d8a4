package com.idic.crm.importing.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.importing.ImportKind;
import com.idic.crm.importing.ImportLimits;
import com.idic.crm.importing.ImportOptions;
import com.idic.crm.importing.ImportProblem;
import com.idic.crm.importing.ImportProgress;
import com.idic.crm.importing.ImportRejectedException;
import com.idic.crm.importing.ImportResult;
import com.idic.crm.importing.ImportService;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;

/** Upload a customers or orders file; it is checked, then imported in the background. */
@Route("import")
@Menu(title = "nav.identify.import", order = 4, icon = "UPLOAD")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/importing.css")
public class ImportView extends Main {

    private final transient ImportService imports;
    private UI ui;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>(getTranslation("import.kind"));
    private final ImportFormatHelp format = new ImportFormatHelp();
    private final Checkbox emptyCellsClear = new Checkbox();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span problemSummary = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Span noticeSummary = new Span();
    private final Grid<ImportProblem> notices = new Grid<>();

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        ImportLimits limits = imports.limits();

        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(event -> format.show(event.getValue()));
        format.show(kind.getValue());
        emptyCellsClear.setLabel(getTranslation("import.emptyCellsClear"));
        emptyCellsClear.setTooltipText(getTranslation("import.emptyCellsClear.help"));

        Paragraph help = new Paragraph(getTranslation("import.limits", limits.maxFileSizeMegabytes(), limits.maxRows()));
        help.addClassName("import-help");

        upload = new Upload(new ImportUpload(limits.maxFileSize().toBytes(), null, new ImportUpload.Receiver() {
            @Override
            public void received(String fileName, Path file) {
                ImportView.this.received(fileName, file.toFile());
            }

            @Override
            public void tooLarge(String fileName, long limit) {
                ui.access(() -> error(getTranslation("import.upload.tooLarge", fileName, limits.maxFileSizeMegabytes())));
            }
        }));
        upload.setI18n(BuiltInTexts.upload(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize().toBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.addFileRejectedListener(event -> error(getTranslation("import.upload.rejected", limits.maxFileSizeMegabytes())));

        progress.setVisible(false);
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.problems.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.problems.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.reason(), p.arguments().toArray())).setHeader(getTranslation("import.problems.reason"));
        problems.addClassName("import-problems");
        problems.setVisible(false);
        notices.addColumn(ImportProblem::row).setHeader(getTranslation("import.problems.row")).setAutoWidth(true).setFlexGrow(0);
        notices.addColumn(p -> getTranslation(p.reason(), p.arguments().toArray())).setHeader(getTranslation("import.notices.notice"));
        notices.addClassName("import-problems");
        notices.setVisible(false);

        add(new H2(getTranslation("import.title")), help, kind, format, emptyCellsClear, upload, progress, progressText,
                problemSummary, problems, noticeSummary, notices);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private void received(String fileName, File file) {
        onUi(ui, () -> start(ui, fileName, file));
    }

    private void start(UI ui, String fileName, File file) {
        problems.setVisible(false);
        problemSummary.setText("");
        notices.setVisible(false);
        noticeSummary.setText("");
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("import.progress.waiting"));
        kind.setEnabled(false);
        emptyCellsClear.setEnabled(false);
        ImportProgress listener = (phase, done, total) -> ui.access(() -> showProgress(phase, done, total));
        try {
            imports.startImport(kind.getValue(), file.toPath(), fileName, new ImportOptions(emptyCellsClear.getValue()), listener)
                    .whenComplete((result, failure) -> {
                        deleteQuietly(file);
                        ui.access(() -> finished(result, failure));
                    });
        } catch (RuntimeException e) {
            deleteQuietly(file);
            finished(null, e);
        }
    }

    private void showProgress(ImportProgress.Phase phase, long done, long total) {
        if (phase == ImportProgress.Phase.CHECKING) {
            progress.setIndeterminate(true);
            progressText.setText(getTranslation("import.progress.checking", String.valueOf(done)));
        } else {
            progress.setIndeterminate(false);
            progress.setValue(total <= 0 ? 1 : (double) done / total);
            progressText.setText(getTranslation("import.progress.saving", String.valueOf(done), String.valueOf(total)));
        }
    }

    private void finished(ImportResult result, Throwable failure) {
        progress.setVisible(false);
        progressText.setText("");
        kind.setEnabled(true);
        emptyCellsClear.setEnabled(true);
        upload.clearFileList();
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ImportRejectedException rejected) {
            error(getTranslation(rejected.reason(), rejected.arguments().toArray()));
        } else if (cause != null) {
            error(getTranslation("import.error.unexpected"));
        } else if (result.succeeded()) {
            Notifications.success(getTranslation("import.done", String.valueOf(result.rows()),
                    String.valueOf(result.inserted()), String.valueOf(result.updated()), String.valueOf(result.unchanged()),
                    String.valueOf(result.noticeCount())));
            showNotices(result);
        } else {
            showProblems(result);
        }
    }

    private void showNotices(ImportResult result) {
        if (result.noticeCount() > 0) {
            noticeSummary.setText(getTranslation("import.notices", String.valueOf(result.noticeCount())));
            notices.setItems(result.notices());
            notices.setVisible(true);
        }
    }

    private void showProblems(ImportResult result) {
        long badRows = result.problems().stream().mapToLong(ImportProblem::row).distinct().count();
        String summary = getTranslation("import.failed", String.valueOf(result.problemCount()), String.valueOf(badRows));
        if (result.problemCount() > result.problems().size()) {
            summary += " " + getTranslation("import.failed.shown", String.valueOf(result.problems().size()), String.valueOf(result.problemCount()));
        }
        problemSummary.setText(summary);
        problems.setItems(result.problems());
        problems.setVisible(true);
        error(getTranslation("import.failed", String.valueOf(result.problemCount()), String.valueOf(badRows)));
    }

    private static void error(String message) {
        Notifications.error(message);
    }

    private static void onUi(UI ui, Command command) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // a temp file the OS cleans up eventually; nothing for the user to do
        }
    }
}
