package com.idic.crm.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.customer.CustomerExternalIds.Resolved;

/**
 * The first pass over a file: every row is read and checked, nothing is written. Problems are
 * counted in full but only the first {@link ImportLimits#MAX_PROBLEMS_SHOWN} are kept. Customer
 * external ids are resolved in chunks: for orders, to the customer each order belongs to (the
 * record a merged-away one was merged into); for customers, to find rows of merged-away or
 * anonymized records, which are skipped with a notice.
 */
final class FileCheck implements TabularFile.RowHandler {

    private static final int LOOKUP_CHUNK = 1000;
    private static final Resolved NO_CUSTOMER = new Resolved(-1, -1, null, List.of(), false);

    private final ImportKind kind;
    private final long maxRows;
    private final ImportProgress progress;
    private final RowMapper mapper;
    private final Function<List<String>, Map<String, Resolved>> customerLookup;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notices = new ArrayList<>();
    private long problemCount;
    private long noticeCount;
    private final Set<String> externalIds = new HashSet<>();
    private final Map<String, Resolved> customers = new HashMap<>();
    private final Map<String, List<Cell>> unresolved = new HashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private ImportHeader header;
    private long rows;

    /** Reads one data row, reporting problems; null when the row is bad. */
    interface RowMapper {
        Object read(RowCells cells);
    }

    /** A customer external id as it stands in the file, and where. */
    private record Cell(long row, String value) {
    }

    FileCheck(ImportKind kind, long maxRows, ImportProgress progress, RowMapper mapper,
              Function<List<String>, Map<String, Resolved>> customerLookup) {
        this.kind = kind;
        this.maxRows = maxRows;
        this.progress = progress;
        this.mapper = mapper;
        this.customerLookup = customerLookup;
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
        if (isBlank(cells)) {
            return;
        }
        if (header == null) {
            header = ImportHeader.read(kind, rowNumber, cells, this::problem);
            return;
        }
        if (++rows > maxRows) {
            throw new ImportRejectedException("import.error.tooManyRows", maxRows);
        }
        RowCells row = new RowCells(kind, header, rowNumber, cells, this::problem);
        mapper.read(row);
        String externalId = header.value(cells, "external_id");
        if (externalId != null && !externalIds.add(ExternalIds.fold(externalId))) {
            row.report("external_id", "import.reason.repeatedExternalId", externalId);
        }
        if (kind == ImportKind.ORDERS) {
            resolve(rowNumber, OrderRows.customerExternalId(header, cells));
        } else {
            resolve(rowNumber, externalId);
        }
        if (rows % 10_000 == 0) {
            progress.update(ImportProgress.Phase.CHECKING, rows, -1);
        }
    }

    private void resolve(long rowNumber, String customerExternalId) {
        if (customerExternalId == null) {
            return;
        }
        String key = ExternalIds.fold(customerExternalId);
        Resolved known = customers.get(key);
        if (known == null) {
            unresolved.computeIfAbsent(key, k -> new ArrayList<>()).add(new Cell(rowNumber, customerExternalId));
            if (unresolved.size() >= LOOKUP_CHUNK) {
                lookUpCustomers();
            }
        } else {
            judge(key, new Cell(rowNumber, customerExternalId), known);
        }
    }

    private void lookUpCustomers() {
        if (unresolved.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(unresolved.keySet());
        Map<String, Resolved> found = customerLookup.apply(keys.stream().map(key -> unresolved.get(key).get(0).value()).toList());
        for (String key : keys) {
            Resolved resolved = found.getOrDefault(key, NO_CUSTOMER);
            if (kind == ImportKind.ORDERS) {
                // an orders file names the same customer many times; a customers file each once
                customers.put(key, resolved);
            }
            unresolved.get(key).forEach(cell -> judge(key, cell, resolved));
        }
        unresolved.clear();
    }

    private void judge(String key, Cell cell, Resolved resolved) {
        if (kind == ImportKind.ORDERS) {
            if (resolved == NO_CUSTOMER) {
                problem(ImportProblem.of(cell.row(), "customer_external_id", "import.reason.unknownCustomer", cell.value()));
            }
        } else if (resolved.merged()) {
            skipped.add(key);
            notice(ImportProblem.of(cell.row(), "external_id", "import.notice.merged", cell.value(), resolved.survivorName()));
        } else if (resolved.anonymized()) {
            skipped.add(key);
            notice(ImportProblem.of(cell.row(), "external_id", "import.notice.anonymized", cell.value()));
        }
    }

    /** Finishes the check; the file is good when there are no problems. */
    void finish() {
        if (header == null) {
            throw new ImportRejectedException("import.error.empty");
        }
        lookUpCustomers();
    }

    private void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < ImportLimits.MAX_PROBLEMS_SHOWN) {
            problems.add(problem);
        }
    }

    private void notice(ImportProblem notice) {
        noticeCount++;
        if (notices.size() < ImportLimits.MAX_PROBLEMS_SHOWN) {
            notices.add(notice);
        }
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** Lookups in chunks report rows out of file order: sorted here. */
    List<ImportProblem> problems() {
        return sorted(problems);
    }

    long problemCount() {
        return problemCount;
    }

    List<ImportProblem> notices() {
        return sorted(notices);
    }

    long noticeCount() {
        return noticeCount;
    }

    private static List<ImportProblem> sorted(List<ImportProblem> list) {
        List<ImportProblem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingLong(ImportProblem::row));
        return sorted;
    }

    long rows() {
        return rows;
    }

    ImportHeader header() {
        return header;
    }

    /** What each customer external id (folded) resolved to; complete once the check found no problem. */
    Resolved customer(String externalId) {
        return customers.get(ExternalIds.fold(externalId));
    }

    /** Customer rows not to write: their record was merged away or anonymized. */
    boolean isSkipped(String externalId) {
        return skipped.contains(ExternalIds.fold(externalId));
    }
}
