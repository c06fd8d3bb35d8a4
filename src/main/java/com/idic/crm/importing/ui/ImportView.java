package com.idic.crm.importing.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.importing.ImportKind;
import com.idic.crm.importing.ImportLimits;
import com.idic.crm.importing.ImportProblem;
import com.idic.crm.importing.ImportProgress;
import com.idic.crm.importing.ImportRejectedException;
import com.idic.crm.importing.ImportResult;
import com.idic.crm.importing.ImportService;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;

/** Upload a customers or orders file; it is checked, then imported in the background. */
@Route("import")
@Menu(title = "nav.identify.import", order = 4, icon = "UPLOAD")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/importing.css")
public class ImportView extends Main {

    private final transient ImportService imports;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>(getTranslation("import.kind"));
    private final Paragraph columns = new Paragraph();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span problemSummary = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        ImportLimits limits = imports.limits();

        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(event -> showColumns());
        showColumns();
        columns.addClassName("import-columns");

        Paragraph help = new Paragraph(getTranslation("import.limits", limits.maxFileSizeMegabytes(), limits.maxRows()));
        help.addClassName("import-help");

        upload = new Upload(UploadHandler.toTempFile(this::received));
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

        add(new H2(getTranslation("import.title")), help, kind, columns, upload, progress, progressText, problemSummary, problems);
    }

    private void showColumns() {
        ImportKind selected = kind.getValue();
        columns.setText(getTranslation("import.columns", String.join(", ", selected.columns())) + " \u2014 "
                + getTranslation("import.columns.required",
                selected.columns().stream().filter(selected::isRequired).collect(Collectors.joining(", "))));
    }

    private void received(UploadMetadata metadata, File file) {
        UI ui = getUI().orElseThrow();
        onUi(ui, () -> start(ui, metadata.fileName(), file));
    }

    private void start(UI ui, String fileName, File file) {
        problems.setVisible(false);
        problemSummary.setText("");
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("import.progress.waiting"));
        kind.setEnabled(false);
        ImportProgress listener = (phase, done, total) -> ui.access(() -> showProgress(phase, done, total));
        try {
            imports.startImport(kind.getValue(), file.toPath(), fileName, listener)
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
        upload.clearFileList();
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ImportRejectedException rejected) {
            error(getTranslation(rejected.reason(), rejected.arguments().toArray()));
        } else if (cause != null) {
            error(getTranslation("import.error.unexpected"));
        } else if (result.succeeded()) {
            Notifications.success(getTranslation("import.done", String.valueOf(result.rows()),
                    String.valueOf(result.inserted()), String.valueOf(result.updated())));
        } else {
            showProblems(result);
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
