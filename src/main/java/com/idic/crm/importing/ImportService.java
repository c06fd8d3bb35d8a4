package com.idic.crm.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerExternalIds;
import com.idic.crm.customer.CustomerExternalIds.Resolved;
import com.idic.crm.customer.CustomerField;
import com.idic.crm.customer.CustomerFields;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.order.OrderBulkWriter;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SecurityEventType;
import com.idic.crm.security.SecurityEvents;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports customers or orders from a CSV or XLSX file, all or nothing: the whole file is
 * checked first (streaming, nothing written); only if every row is good is it read again and
 * written in one transaction, in batches. Re-importing an external id updates that record with
 * the columns the file has; see {@link ImportOptions} for empty cells.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class ImportService {

    static final int WRITE_BATCH = 2000;
    private static final Validator NO_CONSTRAINTS = null;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final CustomerBulkWriter customerWriter;
    private final CustomerExternalIds customerIds;
    private final OrderBulkWriter orderWriter;
    private final Validator validator;
    private final Clock clock;
    private final ImportLimits limits;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crm-import");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * One import at a time: they compete for the same tables and the machine's few cores. Each runs
     * as the user who started it, so the role checks of the services it calls judge that user.
     */
    private final ExecutorService background = new DelegatingSecurityContextExecutorService(thread);

    ImportService(CustomerBulkWriter customerWriter, CustomerExternalIds customerIds, OrderBulkWriter orderWriter,
                  Validator validator, Clock clock, ImportLimits limits, PlatformTransactionManager transactionManager,
                  SecurityEvents securityEvents) {
        this.customerWriter = customerWriter;
        this.customerIds = customerIds;
        this.orderWriter = orderWriter;
        this.validator = validator;
        this.clock = clock;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactionManager);
        this.securityEvents = securityEvents;
    }

    /** Imports {@code file} now, on this thread; empty cells leave stored values as they are. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ImportResult importFile(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        return run(kind, file, fileName, ImportOptions.KEEP_STORED_VALUES, progress);
    }

    /** Imports {@code file} (named {@code fileName} by the user, which decides CSV or XLSX) now, on this thread. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ImportResult importFile(ImportKind kind, Path file, String fileName, ImportOptions options, ImportProgress progress) {
        return run(kind, file, fileName, options, progress);
    }

    /** In the background, as the calling user; empty cells leave stored values as they are. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public CompletableFuture<ImportResult> startImport(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        return startImport(kind, file, fileName, ImportOptions.KEEP_STORED_VALUES, progress);
    }

    /** Same as {@link #importFile}, in the background, as the calling user; the caller's rights are checked now. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public CompletableFuture<ImportResult> startImport(ImportKind kind, Path file, String fileName, ImportOptions options,
                                                       ImportProgress progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(kind, file, fileName, options, progress);
            } catch (ImportRejectedException e) {
                throw e;
            } catch (RuntimeException e) {
                // the user only sees "failed, nothing saved"; the details belong in the log
                log.error("Import of {} from {} failed; nothing was saved", kind, fileName, e);
                throw e;
            }
        }, background);
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ImportLimits limits() {
        return limits;
    }

    /** The security event log gets the start and the outcome of every import, saved or not. */
    private ImportResult run(ImportKind kind, Path file, String fileName, ImportOptions options, ImportProgress progress) {
        securityEvents.record(SecurityEventType.IMPORT_STARTED, fileName, kind.name());
        try {
            ImportResult result = checkAndWrite(kind, file, fileName, options, progress);
            securityEvents.record(SecurityEventType.IMPORT_FINISHED, fileName, kind + (result.succeeded()
                    ? ": saved " + result.rows() + " rows (" + result.inserted() + " new, " + result.updated() + " updated, "
                            + result.unchanged() + " unchanged)"
                    : ": rejected, " + result.problemCount() + " problems, nothing saved"));
            return result;
        } catch (RuntimeException e) {
            securityEvents.record(SecurityEventType.IMPORT_FINISHED, fileName, kind + ": failed, nothing saved");
            throw e;
        }
    }

    private ImportResult checkAndWrite(ImportKind kind, Path file, String fileName, ImportOptions options,
                                       ImportProgress progress) {
        long started = System.nanoTime();
        TabularFile table = open(file, fileName);
        FileCheck check = new FileCheck(kind, limits.maxRows(), progress, mapper(kind), customerIds::resolve);
        try {
            table.read(check);
        } catch (CsvFile.MalformedCsvException e) {
            check.finish();
            List<ImportProblem> problems = new ArrayList<>(check.problems());
            problems.add(ImportProblem.of(e.line, "", "import.reason.unclosedQuote"));
            return ImportResult.rejected(kind, check.rows(), problems, check.problemCount() + 1);
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException("import.error.encoding");
        } catch (XlsxFile.UnreadableWorkbookException e) {
            log.info("Rejected {} as unreadable: {}", fileName, e.getMessage());
            throw new ImportRejectedException("import.error.unreadable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check.finish();
        if (check.problemCount() > 0) {
            log.info("Import of {} {} from {} rejected: {} problems", check.rows(), kind, fileName, check.problemCount());
            return ImportResult.rejected(kind, check.rows(), check.problems(), check.problemCount());
        }
        long checked = System.nanoTime();
        BulkWriteResult written = transaction.execute(status -> write(kind, table, check, fileName, options, progress));
        long finished = System.nanoTime();
        log.info("Imported {} {} from {} in {} s (check {} s, write {} s): {} new, {} updated, {} unchanged, {} skipped",
                check.rows(), kind, fileName, seconds(finished - started), seconds(checked - started),
                seconds(finished - checked), written.inserted(), written.updated(), written.unchanged(), check.noticeCount());
        return ImportResult.saved(kind, check.rows(), written.inserted(), written.updated(), written.unchanged(),
                check.notices(), check.noticeCount());
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private TabularFile open(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileSize().toBytes()) {
                throw new ImportRejectedException("import.error.tooLarge",
                        (size + (1 << 20) - 1) >> 20, limits.maxFileSizeMegabytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvFile(file);
        }
        if (name.endsWith(".xlsx")) {
            return new XlsxFile(file, limits.maxXlsxText());
        }
        throw new ImportRejectedException("import.error.type");
    }

    private FileCheck.RowMapper mapper(ImportKind kind) {
        return mapper(kind, validator);
    }

    private FileCheck.RowMapper mapper(ImportKind kind, Validator validator) {
        if (kind == ImportKind.CUSTOMERS) {
            return new CustomerRows(validator, LocalDate.now(clock))::read;
        }
        return new OrderRows(validator)::read;
    }

    private BulkWriteResult write(ImportKind kind, TabularFile table, FileCheck check, String fileName,
                                  ImportOptions options, ImportProgress progress) {
        // every row passed the check moments ago, from the same temp file: parse again, skip the constraint checks
        FileCheck.RowMapper parser = mapper(kind, NO_CONSTRAINTS);
        FileWrite writer;
        if (kind == ImportKind.CUSTOMERS) {
            CustomerFields fields = new CustomerFields(givenFields(check.header()), options.emptyCellsClear());
            writer = new FileWrite(kind, check.rows(), progress, parser,
                    batch -> customerWriter.upsert(cast(batch), fields, fileName),
                    (header, cells, record) -> check.isSkipped(((CustomerRecord) record).externalId()) ? null : record);
        } else {
            Set<String> given = givenOrderColumns(check.header());
            writer = new FileWrite(kind, check.rows(), progress, parser,
                    batch -> writeOrders(cast(batch), given, options.emptyCellsClear()),
                    (header, cells, record) -> OrderToWrite.of((OrderRecord) record,
                            check.customer(OrderRows.customerExternalId(header, cells))));
        }
        try {
            table.read(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.finish();
    }

    /** The customer fields a file's columns carry; the others stay as stored. */
    private static Set<CustomerField> givenFields(ImportHeader header) {
        Set<CustomerField> given = EnumSet.noneOf(CustomerField.class);
        for (String column : ImportKind.CUSTOMERS.columns()) {
            if (header.has(column) && !column.equals("external_id")) {
                given.add(column.equals("created_at") ? CustomerField.CREATED_ON : CustomerField.valueOf(column.toUpperCase(Locale.ROOT)));
            }
        }
        return given;
    }

    /** An order with the customer it belongs to, and the merges that led there from the customer the file named. */
    private record OrderToWrite(OrderRecord record, List<Long> mergeIds) {

        static OrderToWrite of(OrderRecord r, Resolved customer) {
            return new OrderToWrite(new OrderRecord(r.externalId(), customer.survivorId(), r.orderDate(), r.amount(),
                    r.cost(), r.category(), r.channel(), r.paidAmount(), r.paidDate()), customer.mergeIds());
        }
    }

    private BulkWriteResult writeOrders(List<OrderToWrite> orders, Set<String> given, boolean emptyClears) {
        Map<OrderRecord, List<Long>> merges = new IdentityHashMap<>();
        orders.forEach(order -> merges.put(order.record(), order.mergeIds()));
        return orderWriter.upsert(orders.stream().map(OrderToWrite::record).toList(), given, emptyClears, merges::get);
    }

    /** The order table's columns a file's columns carry (the file names the order's customer by external id). */
    private static Set<String> givenOrderColumns(ImportHeader header) {
        Set<String> given = new java.util.HashSet<>(Set.of("order_number", "customer_id"));
        for (String column : ImportKind.ORDERS.columns()) {
            if (header.has(column) && !column.equals("external_id") && !column.equals("customer_external_id")) {
                given.add(column);
            }
        }
        return given;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> batch) {
        return (List<T>) (List<?>) batch;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
