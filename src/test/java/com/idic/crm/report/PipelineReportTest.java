package com.idic.crm.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.customization.CustomizationPipeline;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.PipelineFilter;
import com.idic.crm.customization.PipelineRequest;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferEvent;
import com.idic.crm.customization.domain.OfferEventRepository;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "Customization pipeline" on three requests and three offers of March 2024 with known times and amounts
 * (one owner of their own, so other tests' data stays out), read back with POI. Figures by hand:
 * offers answered 3 (2 accepted, 1 declined) = acceptance 2/3; accepted revenue 1,000 + 500 = 1,500,
 * cost 700 + 450 = 1,150, margin 350 = 23.33 %; days to first offer 2.5 and 1.0 (average 1.75);
 * days from request to the customer's decision 6, 4 and 6 (average 5.33).
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "anna", roles = AppRoles.MANAGER)
class PipelineReportTest {

    @Autowired PipelineReport report;
    @Autowired CustomizationPipeline pipeline;
    @Autowired CustomerRepository customers;
    @Autowired CustomizationRequestRepository requests;
    @Autowired OfferRepository offers;
    @Autowired OfferEventRepository events;
    @Autowired CrmI18NProvider i18n;
    @Autowired Clock clock;

    @TempDir
    java.nio.file.Path dir;

    final String owner = "pl" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    final PipelineFilter march = new PipelineFilter(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), null, owner);
    long gold;
    long declined;

    @BeforeEach
    void threeRequestsAndThreeOffers() {
        long customer = customers.save(new Customer(CustomerType.ORGANIZATION, owner + " Works", LocalDate.of(2020, 1, 1))).getId();
        CustomizationRequest a = request(customer, at(4, 9), Tier.GOLD, CustomizationType.COLLABORATIVE, at(5, 9));
        gold = a.getId();
        Offer a1 = offer(a, at(6, 21), line("1", "1000", "700", "0"));
        step(a1, OfferAction.SEND, at(7, 9));
        step(a1, OfferAction.ACCEPT, at(10, 9));

        CustomizationRequest b = request(customer, at(8, 9), Tier.IRON, CustomizationType.ADAPTIVE, at(8, 15));
        Offer b1 = offer(b, at(9, 9), line("2", "300", "200", "10"));
        declined = b1.getId();
        step(b1, OfferAction.SEND, at(9, 12));
        step(b1, OfferAction.DECLINE, at(12, 9));
        Offer b2 = offer(b, at(12, 21), line("1", "500", "450", "0"));
        step(b2, OfferAction.SEND, at(13, 9));
        step(b2, OfferAction.ACCEPT, at(14, 9));
        step(b2, OfferAction.START_DELIVERY, at(15, 9));

        unscored(customer, at(20, 9));
        // submitted after the period: not in the report
        unscored(customer, LocalDateTime.of(2024, 4, 1, 0, 30).atZone(clock.getZone()).toInstant());
    }

    @Test
    void summaryAndDetailSheetsReadBackWithExactFigures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(march, new ReportLabels(i18n, Locale.ENGLISH), "anna", ReportProgress.NONE, out, dir);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));

        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactly("Report", "Summary", "Requests", "Offers");
        Sheet cover = workbook.getSheet("Report");
        assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Customization pipeline");
        assertThat(value(cover, "Requests submitted from").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(value(cover, "Owner").getStringCellValue()).isEqualTo(owner);
        assertThat(value(cover, "Requests").getNumericCellValue()).isEqualTo(3.0);

        Sheet summary = workbook.getSheet("Summary");
        assertThat(value(summary, "Offers").getNumericCellValue()).isEqualTo(3.0);
        Cell acceptance = value(summary, "Acceptance rate (accepted of answered)");
        assertThat(acceptance.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(acceptance.getNumericCellValue()).isCloseTo(2.0 / 3.0, within(1e-9));
        assertThat(acceptance.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(value(summary, "Revenue of accepted offers").getNumericCellValue()).isEqualTo(1500.0);
        Cell margin = value(summary, "Margin of accepted offers");
        assertThat(margin.getNumericCellValue()).isEqualTo(350.0);
        assertThat(margin.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("\u00a5");
        assertThat(value(summary, "Margin % of accepted offers").getNumericCellValue()).isCloseTo(350.0 / 1500.0, within(1e-9));
        assertThat(value(summary, "Average days from request to first offer").getNumericCellValue()).isEqualTo(1.75);
        assertThat(value(summary, "Average days from request to customer's decision").getNumericCellValue()).isEqualTo(5.33);
        Row goldRow = row(summary, "Gold").orElseThrow();
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(i -> goldRow.getCell(i).getNumericCellValue()))
                .containsExactly(1.0, 1.0, 1.0, 0.0);
        assertThat(goldRow.getCell(5).getNumericCellValue()).isEqualTo(1.0);
        assertThat(goldRow.getCell(7).getNumericCellValue()).isEqualTo(300.0);
        Row adaptive = row(summary, "Adaptive").orElseThrow();
        assertThat(adaptive.getCell(5).getNumericCellValue()).as("one of two answered offers accepted").isEqualTo(0.5);

        Sheet requestSheet = workbook.getSheet("Requests");
        assertThat(header(requestSheet)).startsWith("Request", "Request submitted", "Customer", "Need level", "Source",
                "Tier", "Quadrant", "Customization type");
        assertThat(requestSheet.getLastRowNum()).isEqualTo(3);
        Row first = requestSheet.getRow(1);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo((double) gold);
        assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
        assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 3, 4, 9, 0));
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Gold");
        assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Collaborative");
        assertThat(first.getCell(9).getStringCellValue()).isEqualTo("Feasible");
        assertThat(first.getCell(12).getNumericCellValue()).as("days to feasibility").isEqualTo(1.0);
        assertThat(first.getCell(15).getNumericCellValue()).as("days to first offer").isEqualTo(2.5);
        assertThat(first.getCell(17).getNumericCellValue()).as("days to the customer's decision").isEqualTo(6.0);
        Row open = requestSheet.getRow(3);
        assertThat(open.getCell(5)).as("unscored: an empty cell").isNull();
        assertThat(open.getCell(13).getNumericCellValue()).isEqualTo(0.0);
        assertThat(open.getCell(15)).isNull();

        Sheet offerSheet = workbook.getSheet("Offers");
        assertThat(header(offerSheet)).endsWith("List total", "Net total", "Cost", "Margin", "Margin %");
        Row declinedRow = row(offerSheet, (double) declined).orElseThrow();
        assertThat(declinedRow.getCell(9).getStringCellValue()).isEqualTo("Declined");
        assertThat(declinedRow.getCell(16).getNumericCellValue()).as("2 x 300 less 10 %").isEqualTo(540.0);
        assertThat(declinedRow.getCell(18).getNumericCellValue()).isEqualTo(140.0);
        assertThat(declinedRow.getCell(19).getNumericCellValue()).as("140 / 540 = 25.93 %").isEqualTo(0.2593);
        assertThat(declinedRow.getCell(13).getNumericCellValue()).as("days request to offer").isEqualTo(1.0);
        assertThat(declinedRow.getCell(14).getNumericCellValue()).as("days request to decision").isEqualTo(4.0);
    }

    @Test
    void requestsAreReadInKeysetChunksWithinThePeriodTierAndOwner() {
        List<PipelineRequest> firstTwo = pipeline.requestsAfter(march, null, 2);
        List<PipelineRequest> rest = pipeline.requestsAfter(march, firstTwo.get(1), 2);
        assertThat(firstTwo).extracting(PipelineRequest::id).first().isEqualTo(gold);
        assertThat(rest).hasSize(1).extracting(PipelineRequest::customerDecisionAt).containsOnlyNulls();
        assertThat(pipeline.requestsAfter(new PipelineFilter(march.from(), march.to(), Tier.GOLD, owner), null, 10))
                .extracting(PipelineRequest::id).containsExactly(gold);
        assertThat(pipeline.offersAfter(new PipelineFilter(march.from(), march.to(), Tier.IRON, owner), null, 10)).hasSize(2);
    }

    private CustomizationRequest request(long customer, Instant at, Tier tier, CustomizationType type, Instant decided) {
        CustomizationRequest request = new CustomizationRequest(customer, owner + " Works", NeedLevel.PRODUCT,
                "A custom housing", RequestSource.SALES_VISIT, owner, at);
        request.valueAtSubmission(tier, Quadrant.MAINTAIN);
        request.startReview();
        request.choose(type, DeliveryMeans.MODULAR);
        request.decideFeasible(decided);
        return requests.save(request);
    }

    private void unscored(long customer, Instant at) {
        CustomizationRequest request = new CustomizationRequest(customer, owner + " Works", NeedLevel.SERVICE,
                "Weekend support", RequestSource.CAMPAIGN, owner, at);
        request.valueAtSubmission(null, null);
        requests.save(request);
    }

    private Offer offer(CustomizationRequest request, Instant at, OfferLineInput line) {
        Offer offer = new Offer(request.getId(), request.getCustomerId(), request.getCustomerName(), request.getTier(),
                LocalDate.of(2024, 4, 30), owner, at);
        offer.edit(LocalDate.of(2024, 4, 30), null, List.of(line));
        Offer saved = offers.save(offer);
        events.save(new OfferEvent(saved.getId(), at, owner, OfferAction.CREATE, null, saved.getState(), null));
        return saved;
    }

    private void step(Offer offer, OfferAction action, Instant at) {
        Offer current = offers.findWithLines(offer.getId()).orElseThrow();
        var from = current.step(action, action == OfferAction.DECLINE ? "Too dear" : null, owner, at);
        offers.save(current);
        events.save(new OfferEvent(current.getId(), at, owner, action, from, current.getState(), null));
    }

    private static OfferLineInput line(String quantity, String price, String cost, String discount) {
        return new OfferLineInput(null, null, "Custom work", new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(cost),
                new BigDecimal(discount));
    }

    private Instant at(int dayOfMarch, int hour) {
        return LocalDateTime.of(2024, 3, dayOfMarch, hour, 0).atZone(clock.getZone()).toInstant();
    }

    private static Cell value(Sheet sheet, String label) {
        return row(sheet, label).orElseThrow(() -> new AssertionError("no row " + label)).getCell(1);
    }

    private static Optional<Row> row(Sheet sheet, String label) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && label.equals(row.getCell(0).getStringCellValue()))
                .findFirst();
    }

    private static Optional<Row> row(Sheet sheet, double id) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(0).getNumericCellValue() == id).findFirst();
    }

    private static List<String> header(Sheet sheet) {
        List<String> headers = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }
}
