package com.idic.crm.complaint.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.SlaState;
import org.springframework.data.domain.Sort;

/** The complaint list as a workbook: its filter, its order, its visible columns, as typed cells. */
final class ComplaintListExport {

    private ComplaintListExport() {
    }

    /**
     * {@code columnKeys}: the grid's visible columns, left to right; {@code categoryNames}: the categories in
     * the user's language; {@code translation}: the user's language.
     */
    static XlsxDownload.Export<ComplaintRow> of(ComplaintQueries queries, ComplaintFilter filter, Sort sort,
                                                List<String> columnKeys, Map<Long, String> categoryNames,
                                                Function<String, String> translation, LocalDate today) {
        Function<Enum<?>, String> words = value -> translation.apply(ComplaintTexts.key(value));
        String nobody = translation.apply("complaint.assign.nobody");
        Map<String, XlsxColumn<ComplaintRow>> columns = Map.of(
                "number", XlsxColumn.of(translation.apply("complaint.column.number"), CellKind.INTEGER, ComplaintRow::id),
                "subject", XlsxColumn.<ComplaintRow>of(translation.apply("complaint.column.subject"), CellKind.TEXT,
                        ComplaintRow::subject).withWidth(34),
                "customer", XlsxColumn.<ComplaintRow>of(translation.apply("complaint.column.customer"), CellKind.TEXT,
                        ComplaintRow::customerName).withWidth(26),
                "status", XlsxColumn.of(translation.apply("complaint.column.status"), CellKind.TEXT, row -> words.apply(row.status())),
                "priorityRank", XlsxColumn.of(translation.apply("complaint.column.priority"), CellKind.TEXT,
                        row -> words.apply(row.priority())),
                "category", XlsxColumn.of(translation.apply("complaint.column.category"), CellKind.TEXT,
                        row -> row.categoryId() == null ? null : categoryNames.get(row.categoryId())),
                "assignee", XlsxColumn.of(translation.apply("complaint.column.assignee"), CellKind.TEXT,
                        row -> row.assignee() == null ? nobody : row.assignee()),
                "receivedAt", XlsxColumn.of(translation.apply("complaint.column.received"), CellKind.DATE_TIME, ComplaintRow::receivedAt),
                "resolutionDue", XlsxColumn.of(translation.apply("complaint.column.due"), CellKind.DATE_TIME,
                        row -> row.status().isOpen() ? row.nextDue() : null),
                "sla", XlsxColumn.of(translation.apply("complaint.column.sla"), CellKind.TEXT, row -> words.apply(verdict(row))));
        return new XlsxDownload.Export<>("complaints-" + today + ".xlsx", translation.apply("complaint.list.title"),
                columnKeys.stream().filter(columns::containsKey).map(columns::get).toList(),
                (last, limit) -> queries.chunkAfter(filter, sort, last, limit));
    }

    /** As the list's SLA badge reads. */
    static SlaState verdict(ComplaintRow row) {
        if (row.breached()) {
            return SlaState.BREACHED;
        }
        return row.status().isOpen() ? SlaState.ONGOING : SlaState.MET;
    }
}
