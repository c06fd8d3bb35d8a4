package com.idic.crm.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.idic.crm.base.excel.CellKind;
import com.idic.crm.base.excel.CoverLine;
import com.idic.crm.base.excel.XlsxColumn;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.base.excel.WriteProgress;
import com.idic.crm.base.excel.XlsxWorkbook;
import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerMasterData;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import com.idic.crm.customer.VerificationRule;
import com.idic.crm.customer.VerificationSettings;
import com.idic.crm.customer.duplicates.DuplicateFinder;
import com.idic.crm.customer.duplicates.DuplicatePair;
import com.idic.crm.customer.duplicates.DuplicateReason;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The "Customers & data quality" workbook (issue 9, report 4): the customer master data with contact
 * persons, the records not verified within the configured time (stale), and the likely duplicate pairs.
 */
@Component
class DataQualityReport {

    /** Pairs listed at most: beyond this the duplicates page of the application is the place to work. */
    static final int MAX_PAIRS = 10_000;
    private static final int PAIR_PAGE = 1_000;

    record ContactLine(CustomerMasterData.Entry customer, CustomerMasterData.Contact contact) {
    }

    private final CustomerMasterData masterData;
    private final CustomerService customers;
    private final VerificationSettings verification;
    private final DuplicateFinder duplicates;
    private final Clock clock;

    DataQualityReport(CustomerMasterData masterData, CustomerService customers, VerificationSettings verification,
                      DuplicateFinder duplicates, Clock clock) {
        this.masterData = masterData;
        this.customers = customers;
        this.verification = verification;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    int staleAfterDays() {
        return verification.currentRule().staleAfterDays();
    }

    void write(ReportLabels labels, String generatedBy, ReportProgress progress, OutputStream out, Path tempDir) {
        VerificationRule rule = verification.currentRule();
        LocalDate today = LocalDate.now(clock);
        CustomerFilter stale = new CustomerFilter(null, null, null, null, null, null, null, true);
        try (XlsxWorkbook workbook = new XlsxWorkbook(clock.getZone(), tempDir)) {
            XlsxSheet<CustomerMasterData.Entry> master = workbook.dataSheet(labels.getTranslation("report.sheet.customers"),
                    masterColumns(labels, rule));
            long listed = master.writeAll((last, limit) -> masterData.chunkAfter(last == null ? 0 : last.id(), limit),
                    WriteProgress.NONE);
            master.finish();
            progress.advanced(0.4);

            XlsxSheet<ContactLine> contacts = workbook.dataSheet(labels.getTranslation("report.sheet.contacts"), contactColumns(labels));
            long contactRows = 0;
            long after = 0;
            while (true) {
                List<CustomerMasterData.Entry> chunk = masterData.chunkAfter(after, XlsxSheet.CHUNK);
                for (CustomerMasterData.Entry entry : chunk) {
                    for (CustomerMasterData.Contact contact : entry.contacts()) {
                        contacts.write(new ContactLine(entry, contact));
                        contactRows++;
                    }
                }
                if (chunk.size() < XlsxSheet.CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).id();
            }
            contacts.finish();
            progress.advanced(0.6);

            XlsxSheet<CustomerRow> staleSheet = workbook.dataSheet(labels.getTranslation("report.sheet.stale"), staleColumns(labels, today));
            long staleRows = staleSheet.writeAll((last, limit) -> customers.chunkAfter(stale, Sort.unsorted(), last, limit),
                    WriteProgress.NONE);
            staleSheet.finish();
            progress.advanced(0.8);

            XlsxSheet<DuplicatePair> pairs = workbook.dataSheet(labels.getTranslation("report.sheet.duplicates"), pairColumns(labels));
            int pairRows = 0;
            for (int offset = 0; offset < MAX_PAIRS; offset += PAIR_PAGE) {
                List<DuplicatePair> page = duplicates.page(offset, PAIR_PAGE);
                page.forEach(pairs::write);
                pairRows += page.size();
                if (page.size() < PAIR_PAGE) {
                    break;
                }
            }
            pairs.finish();

            // the counts are known only now: the cover is written last and put in front
            workbook.coverSheet(labels.getTranslation("report.sheet.cover"), labels.getTranslation("report.quality.title"), List.of(
                    new CoverLine(labels.getTranslation("report.quality.customers"), listed, CellKind.INTEGER),
                    new CoverLine(labels.getTranslation("report.quality.contacts"), contactRows, CellKind.INTEGER),
                    new CoverLine(labels.getTranslation("report.quality.staleAfter"), rule.staleAfterDays(), CellKind.INTEGER),
                    new CoverLine(labels.getTranslation("report.quality.staleRecords"), staleRows, CellKind.INTEGER),
                    new CoverLine(labels.getTranslation("report.quality.pairs"), pairRows, CellKind.INTEGER),
                    new CoverLine(labels.getTranslation("report.cover.dataAsOf"), today, CellKind.DATE),
                    new CoverLine(labels.getTranslation("report.cover.generatedAt"), LocalDateTime.now(clock), CellKind.DATE_TIME),
                    CoverLine.text(labels.getTranslation("report.cover.generatedBy"), generatedBy)));
            workbook.moveToFront(labels.getTranslation("report.sheet.cover"));
            workbook.write(out);
        }
        progress.advanced(1.0);
    }

    private static List<XlsxColumn<CustomerMasterData.Entry>> masterColumns(ReportLabels labels, VerificationRule rule) {
        Map<CustomerType, String> types = labels.labels("report.type.", CustomerType.class);
        Map<RelationshipType, String> relationships = labels.labels("customer.relationship.", RelationshipType.class);
        Map<PurchaseStage, String> stages = labels.labels("customer.stage.", PurchaseStage.class);
        Map<InformationSource, String> sources = labels.labels("customer.source.", InformationSource.class);
        String yes = labels.getTranslation("common.yes");
        String no = labels.getTranslation("common.no");
        return List.of(
                column(labels, "report.col.externalId", CellKind.TEXT, 16, CustomerMasterData.Entry::externalId),
                column(labels, "report.col.name", CellKind.TEXT, 28, CustomerMasterData.Entry::name),
                column(labels, "report.col.type", CellKind.TEXT, 12, e -> types.get(e.type())),
                column(labels, "report.col.region", CellKind.TEXT, 10, CustomerMasterData.Entry::region),
                column(labels, "customer.field.relationshipType", CellKind.TEXT, 18, e -> relationships.get(e.relationshipType())),
                column(labels, "customer.field.stage", CellKind.TEXT, 12, e -> stages.get(e.stage())),
                column(labels, "customer.field.source", CellKind.TEXT, 18, e -> e.source() == null ? null : sources.get(e.source())),
                column(labels, "customer.field.industry", CellKind.TEXT, 14, CustomerMasterData.Entry::industry),
                column(labels, "customer.field.phone", CellKind.TEXT, 16, CustomerMasterData.Entry::phone),
                column(labels, "customer.field.email", CellKind.TEXT, 26, CustomerMasterData.Entry::email),
                column(labels, "customer.field.address", CellKind.TEXT, 30, CustomerMasterData.Entry::address),
                column(labels, "report.col.createdOn", CellKind.DATE, 0, CustomerMasterData.Entry::createdOn),
                column(labels, "customer.field.lastVerifiedOn", CellKind.DATE, 0, CustomerMasterData.Entry::lastVerifiedOn),
                column(labels, "report.col.needsVerification", CellKind.TEXT, 8, e -> rule.needsVerification(e.lastVerifiedOn()) ? yes : no),
                column(labels, "report.col.contacts", CellKind.INTEGER, 0, e -> e.contacts().size()));
    }

    private static List<XlsxColumn<ContactLine>> contactColumns(ReportLabels labels) {
        return List.of(
                column(labels, "report.col.externalId", CellKind.TEXT, 16, c -> c.customer().externalId()),
                column(labels, "report.col.customer", CellKind.TEXT, 28, c -> c.customer().name()),
                column(labels, "report.col.contact", CellKind.TEXT, 20, c -> c.contact().name()),
                column(labels, "report.col.role", CellKind.TEXT, 16, c -> c.contact().role()),
                column(labels, "customer.field.phone", CellKind.TEXT, 16, c -> c.contact().phone()),
                column(labels, "customer.field.email", CellKind.TEXT, 26, c -> c.contact().email()));
    }

    private static List<XlsxColumn<CustomerRow>> staleColumns(ReportLabels labels, LocalDate today) {
        Map<CustomerType, String> types = labels.labels("report.type.", CustomerType.class);
        return List.of(
                column(labels, "report.col.name", CellKind.TEXT, 28, CustomerRow::name),
                column(labels, "report.col.type", CellKind.TEXT, 12, r -> types.get(r.type())),
                column(labels, "report.col.region", CellKind.TEXT, 10, CustomerRow::region),
                column(labels, "customer.field.phone", CellKind.TEXT, 16, CustomerRow::phone),
                column(labels, "customer.field.email", CellKind.TEXT, 26, CustomerRow::email),
                column(labels, "customer.field.lastVerifiedOn", CellKind.DATE, 0, CustomerRow::lastVerifiedOn),
                // never verified: an empty cell, not a made-up number of days
                column(labels, "report.col.daysSinceVerified", CellKind.INTEGER, 0,
                        r -> r.lastVerifiedOn() == null ? null : ChronoUnit.DAYS.between(r.lastVerifiedOn(), today)));
    }

    private static List<XlsxColumn<DuplicatePair>> pairColumns(ReportLabels labels) {
        Map<DuplicateReason, String> reasons = labels.labels("duplicates.reason.", DuplicateReason.class);
        return List.of(
                column(labels, "report.col.firstName", CellKind.TEXT, 26, p -> p.first().name()),
                column(labels, "report.col.firstRegion", CellKind.TEXT, 10, p -> p.first().region()),
                column(labels, "report.col.firstPhone", CellKind.TEXT, 16, p -> p.first().phone()),
                column(labels, "report.col.firstEmail", CellKind.TEXT, 24, p -> p.first().email()),
                column(labels, "report.col.secondName", CellKind.TEXT, 26, p -> p.second().name()),
                column(labels, "report.col.secondRegion", CellKind.TEXT, 10, p -> p.second().region()),
                column(labels, "report.col.secondPhone", CellKind.TEXT, 16, p -> p.second().phone()),
                column(labels, "report.col.secondEmail", CellKind.TEXT, 24, p -> p.second().email()),
                column(labels, "report.col.reasons", CellKind.TEXT, 24,
                        p -> p.reasons().stream().map(reasons::get).collect(Collectors.joining(", "))));
    }

    private static <T> XlsxColumn<T> column(ReportLabels labels, String key, CellKind kind, int width,
                                            Function<T, Object> value) {
        return new XlsxColumn<>(labels.getTranslation(key), kind, width, value);
    }
}
