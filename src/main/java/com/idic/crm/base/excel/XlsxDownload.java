package com.idic.crm.base.excel;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export to Excel" of a list view: a download that writes the rows of the list's current filter and
 * order, in its visible columns, straight into the response while they are read chunk by chunk.
 */
public final class XlsxDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What to export, taken from the view when the download starts. */
    public record Export<T>(String fileName, String sheetName, List<XlsxColumn<T>> columns, ChunkSource<T> rows) {

        /** Writes the one-sheet workbook to {@code out}; returns the rows written. */
        public long writeTo(OutputStream out, ZoneId zone) {
            try (XlsxWorkbook workbook = new XlsxWorkbook(zone)) {
                XlsxSheet<T> sheet = workbook.dataSheet(sheetName, columns);
                long rows = sheet.writeAll(this.rows, WriteProgress.NONE);
                sheet.finish();
                workbook.write(out);
                return rows;
            }
        }
    }

    private XlsxDownload() {
    }

    /** {@code snapshot} runs with the UI locked, so it may read the view's filter, sort and columns. */
    public static <T> DownloadHandler of(ZoneId zone, Supplier<Export<T>> snapshot) {
        return (DownloadEvent event) -> {
            AtomicReference<Export<T>> export = new AtomicReference<>();
            event.getUI().accessSynchronously(() -> export.set(snapshot.get()));
            event.setFileName(export.get().fileName());
            event.setContentType(CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                export.get().writeTo(out, zone);
            }
        };
    }

    /** Makes {@code link} the list's "Export to Excel": a tertiary download button, alike on every list. */
    public static Anchor asExportLink(Anchor link, String label, ButtonVariant... extraVariants) {
        Button button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addThemeVariants(extraVariants);
        link.add(button);
        link.addClassName("grid-export");
        return link;
    }

    /** The keys of the grid's visible columns in their order: the columns an export writes. */
    public static List<String> visibleColumnKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
