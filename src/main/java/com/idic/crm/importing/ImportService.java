package com.idic.crm.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.idic.crm.base.db.BulkWriteResult;
import com.idic.crm.base.db.ExternalIds;
import com.idic.crm.customer.CustomerBulkWriter;
import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.order.OrderBulkWriter;
import com.idic.crm.order.OrderRecord;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.security.SecurityEventType;
import com.idic.crm.security.SecurityEvents;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports customers or orders from a CSV or XLSX file, all or nothing: the whole file is
 * checked first (streaming, nothing written); only if every row is good is it read again and
 * written in one transaction, in batches. Re-importing an external id updates that record.
 */
@Service
public class ImportService {

    static final int WRITE_BATCH = 2000;
    private static final Validator NO_CONSTRAINTS = null;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final CustomerBulkWriter customerWriter;
    private final OrderBulkWriter orderWriter;
    private final Validator validator;
    private final Clock clock;
    private final ImportLimits limits;
    private final TransactionTemplate transaction;
    private final SecurityEvents securityEvents;
    // One import at a time: they compete for the same tables and the machine's few cores.
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crm-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(CustomerBulkWriter customerWriter, OrderBulkWriter orderWriter, Validator validator, Clock clock,
                  ImportLimits limits, PlatformTransactionManager transactionManager, SecurityEvents securityEvents) {
        this.customerWriter = customerWriter;
        this.orderWriter = orderWriter;
        this.validator = validator;
        this.clock = clock;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactionManager);
        this.securityEvents = securityEvents;
    }

    /** Imports {@code file} (named {@code fileName} by the user, which decides CSV or XLSX) now, on this thread. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public ImportResult importFile(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        return audited(kind, fileName, () -> run(kind, file, fileName, progress));
    }

    /** Same as {@link #importFile}, in the background; the caller's rights are checked now. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public CompletableFuture<ImportResult> startImport(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        String startedBy = CurrentUser.usernameOrSystem();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return audited(kind, fileName, startedBy, () -> run(kind, file, fileName, progress));
            } catch (ImportRejectedException e) {
                throw e;
            } catch (RuntimeException e) {
                // the user only sees "failed, nothing saved"; the details belong in the log
                log.error("Import of {} from {} failed; nothing was saved", kind, fileName, e);
                throw e;
            }
        }, background);
    }

    public ImportLimits limits() {
        return limits;
    }

    private ImportResult audited(ImportKind kind, String fileName, Supplier<ImportResult> work) {
        return audited(kind, fileName, CurrentUser.usernameOrSystem(), work);
    }

    /** The security event log gets the start and the outcome of every import, saved or not. */
    private ImportResult audited(ImportKind kind, String fileName, String user, Supplier<ImportResult> work) {
        securityEvents.recordAs(user, SecurityEventType.IMPORT_STARTED, fileName, kind.name());
        try {
            ImportResult result = work.get();
            securityEvents.recordAs(user, SecurityEventType.IMPORT_FINISHED, fileName, kind + (result.succeeded()
                    ? ": saved " + result.rows() + " rows (" + result.inserted() + " new, " + result.updated() + " updated)"
                    : ": rejected, " + result.problemCount() + " problems, nothing saved"));
            return result;
        } catch (RuntimeException e) {
            securityEvents.recordAs(user, SecurityEventType.IMPORT_FINISHED, fileName, kind + ": failed, nothing saved");
            throw e;
        }
    }

    private ImportResult run(ImportKind kind, Path file, String fileName, ImportProgress progress) {
        long started = System.nanoTime();
        TabularFile table = open(file, fileName);
        FileCheck check = new FileCheck(kind, limits.maxRows(), progress, mapper(kind),
                customerWriter::idsByExternalId);
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
        BulkWriteResult written = transaction.execute(status -> write(kind, table, check, progress));
        long finished = System.nanoTime();
        log.info("Imported {} {} from {} in {} s (check {} s, write {} s): {} inserted, {} updated", check.rows(), kind,
                fileName, seconds(finished - started), seconds(checked - started), seconds(finished - checked),
                written.inserted(), written.updated());
        return ImportResult.saved(kind, check.rows(), written.inserted(), written.updated());
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
            return new XlsxFile(file);
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

    private BulkWriteResult write(ImportKind kind, TabularFile table, FileCheck check, ImportProgress progress) {
        // every row passed the check moments ago, from the same temp file: parse again, skip the constraint checks
        FileCheck.RowMapper parser = mapper(kind, NO_CONSTRAINTS);
        FileWrite writer = kind == ImportKind.CUSTOMERS
                ? new FileWrite(kind, check.rows(), progress, parser, batch -> customerWriter.upsert(cast(batch)))
                : new FileWrite(kind, check.rows(), progress, parser, batch -> orderWriter.upsert(cast(batch)),
                        (header, cells, record) -> withCustomer((OrderRecord) record,
                                check.customerIds().get(ExternalIds.fold(OrderRows.customerExternalId(header, cells)))));
        try {
            table.read(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.finish();
    }

    private static OrderRecord withCustomer(OrderRecord r, long customerId) {
        return new OrderRecord(r.externalId(), customerId, r.orderDate(), r.amount(), r.cost(), r.category(),
                r.channel(), r.paidAmount(), r.paidDate());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> batch) {
        return (List<T>) (List<?>) batch;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
