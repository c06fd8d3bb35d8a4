package com.idic.crm.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.idic.crm.base.db.ExternalIds;

/**
 * The first pass over a file: every row is read and checked, nothing is written. Problems are
 * counted in full but only the first {@link ImportLimits#MAX_PROBLEMS_SHOWN} are kept. For
 * orders it also resolves each customer external id to a database id, in chunks.
 */
final class FileCheck implements TabularFile.RowHandler {

    private static final int LOOKUP_CHUNK = 1000;
    private static final long NO_CUSTOMER = -1;

    private final ImportKind kind;
    private final long maxRows;
    private final ImportProgress progress;
    private final RowMapper mapper;
    private final Function<List<String>, Map<String, Long>> customerLookup;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private final Set<String> externalIds = new HashSet<>();
    private final Map<String, Long> customerIds = new HashMap<>();
    private final Map<String, List<Long>> unresolvedRows = new HashMap<>();
    private ImportHeader header;
    private long rows;

    /** Reads one data row, reporting problems; null when the row is bad. */
    interface RowMapper {
        Object read(RowCells cells);
    }

    FileCheck(ImportKind kind, long maxRows, ImportProgress progress, RowMapper mapper,
              Function<List<String>, Map<String, Long>> customerLookup) {
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
            resolveCustomer(rowNumber, OrderRows.customerExternalId(header, cells));
        }
        if (rows % 10_000 == 0) {
            progress.update(ImportProgress.Phase.CHECKING, rows, -1);
        }
    }

    private void resolveCustomer(long rowNumber, String customerExternalId) {
        if (customerExternalId == null) {
            return;
        }
        String key = ExternalIds.fold(customerExternalId);
        Long known = customerIds.get(key);
        if (known == null) {
            unresolvedRows.computeIfAbsent(key, k -> new ArrayList<>()).add(rowNumber);
            if (unresolvedRows.size() >= LOOKUP_CHUNK) {
                lookUpCustomers();
            }
        } else if (known == NO_CUSTOMER) {
            problem(ImportProblem.of(rowNumber, "customer_external_id", "import.reason.unknownCustomer", customerExternalId));
        }
    }

    private void lookUpCustomers() {
        if (unresolvedRows.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(unresolvedRows.keySet());
        Map<String, Long> found = customerLookup.apply(keys);
        for (String key : keys) {
            Long id = found.get(key);
            customerIds.put(key, id == null ? NO_CUSTOMER : id);
            if (id == null) {
                unresolvedRows.get(key).forEach(row ->
                        problem(ImportProblem.of(row, "customer_external_id", "import.reason.unknownCustomer", key)));
            }
        }
        unresolvedRows.clear();
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

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    List<ImportProblem> problems() {
        // lookups in chunks report rows out of file order
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingLong(ImportProblem::row));
        return sorted;
    }

    long problemCount() {
        return problemCount;
    }

    long rows() {
        return rows;
    }

    /** Customer database id by folded external id; complete once the check found no problem. */
    Map<String, Long> customerIds() {
        return customerIds;
    }
}
