package com.idic.crm.customization.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.excel.XlsxDownload;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.RequestFilter;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.security.AppRoles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Export to Excel" of the requests list and of the approval queue: exactly the rows of the list's filter,
 * in its order and visible columns, as typed cells (the shared database holds other tests' rows: each test
 * looks at its own, marked by a tag).
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "boss", roles = AppRoles.MANAGER)
class CustomizationExportsTest {

    @Autowired CustomizationService service;
    @Autowired OfferApprovals approvals;
    @Autowired CustomerRepository customers;
    @Autowired CustomizationRequestRepository requests;
    @Autowired OfferRepository offers;
    @Autowired CrmI18NProvider i18n;

    final String tag = "ce" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    final Instant start = Instant.parse("2025-02-01T08:00:00Z");
    long customer;

    @BeforeEach
    void customer() {
        customer = customers.save(new Customer(CustomerType.ORGANIZATION, tag + " Works", LocalDate.of(2020, 1, 1))).getId();
    }

    @Test
    void theRequestsExportHoldsExactlyTheFilteredRowsInTheListsOrderAndColumns() throws IOException {
        request("first", 0, true);
        request("second", 1, false);
        request("third", 2, true);
        request("fourth", 3, true);
        RequestFilter feasibleOfTheOwner = new RequestFilter(RequestState.FEASIBLE, null, null, tag);

        Sheet sheet = sheet(RequestsExport.of(service, feasibleOfTheOwner, Sort.by(Sort.Order.asc("createdAt")),
                List.of("createdAt", "need", "type", "state"), this::english, ZoneOffset.UTC, LocalDate.of(2026, 1, 1)));

        assertThat(header(sheet)).containsExactly("Submitted", "Need in the customer's words", "Type", "State");
        assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(i -> sheet.getRow(i).getCell(1).getStringCellValue()))
                .containsExactly("first", "third", "fourth");
        Row first = sheet.getRow(1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
        assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Adaptive");
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Feasible");

        Sheet newestFirst = sheet(RequestsExport.of(service, new RequestFilter(null, null, null, tag), Sort.unsorted(),
                List.of("need"), this::english, ZoneOffset.UTC, LocalDate.of(2026, 1, 1)));
        assertThat(IntStream.rangeClosed(1, newestFirst.getLastRowNum()).mapToObj(i -> newestFirst.getRow(i).getCell(0).getStringCellValue()))
                .containsExactly("fourth", "third", "second", "first");
    }

    @Test
    void chunkByChunkReadsTheSameRowsAsOnePageInBothOrders() {
        for (int i = 0; i < 5; i++) {
            request("need " + i, i / 2, i % 2 == 0);
        }
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Order.asc("createdAt")))) {
            RequestFilter filter = new RequestFilter(null, null, null, tag);
            List<Long> page = service.page(filter, PageRequest.of(0, 100, sort)).stream().map(RequestRow::id).toList();
            List<Long> chunked = new ArrayList<>();
            RequestRow last = null;
            while (true) {
                List<RequestRow> chunk = service.chunkAfter(filter, sort, last, 2);
                chunk.forEach(row -> chunked.add(row.id()));
                if (chunk.size() < 2) {
                    break;
                }
                last = chunk.get(chunk.size() - 1);
            }
            assertThat(chunked).as(sort.toString()).hasSize(5).isEqualTo(page);
        }
    }

    @Test
    void theApprovalQueueExportHoldsThePendingOffersLongestWaitingFirstWithTypedFigures() throws IOException {
        CustomizationRequest request = request("a custom housing", 0, true);
        Offer later = offer(request, Instant.parse("2025-02-03T10:00:00Z"), "25");
        Offer earlier = offer(request, Instant.parse("2025-02-02T10:00:00Z"), "15");
        Offer draft = offers.save(new Offer(request.getId(), customer, tag + " Works", null, LocalDate.of(2099, 1, 1), tag, start));

        Sheet sheet = sheet(ApprovalQueueExport.of(approvals, List.of("offer", "customer", "net", "discount"),
                this::english, LocalDate.of(2026, 1, 1)));

        assertThat(header(sheet)).containsExactly("Offer", "Version", "Customer", "Author", "Net total", "Max discount",
                "Discount limit");
        List<Double> ours = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(2).getStringCellValue().startsWith(tag))
                .map(row -> row.getCell(0).getNumericCellValue()).toList();
        assertThat(ours).as("pending only, longest waiting first; the draft is not in the queue")
                .containsExactly((double) earlier.getId(), (double) later.getId())
                .doesNotContain((double) draft.getId());
        Row row = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(r -> r.getCell(0).getNumericCellValue() == later.getId()).findFirst().orElseThrow();
        assertThat(row.getCell(4).getNumericCellValue()).as("1,000 less 25 %").isEqualTo(750.0);
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(0.25);
        assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(row.getCell(6).getNumericCellValue()).as("the unscored rule's limit").isEqualTo(0.10);
    }

    private CustomizationRequest request(String need, int days, boolean feasible) {
        CustomizationRequest request = new CustomizationRequest(customer, tag + " Works", NeedLevel.PRODUCT, need,
                RequestSource.SALES_VISIT, tag, start.plusSeconds(86_400L * days));
        request.valueAtSubmission(null, null);
        request.startReview();
        request.choose(CustomizationType.ADAPTIVE, DeliveryMeans.MODULAR);
        if (feasible) {
            request.decideFeasible(start.plusSeconds(86_400L * days + 3600));
        }
        return requests.save(request);
    }

    private Offer offer(CustomizationRequest request, Instant submitted, String discount) {
        Offer offer = new Offer(request.getId(), customer, tag + " Works", null, LocalDate.of(2099, 1, 1), tag, start);
        offer.edit(LocalDate.of(2099, 1, 1), null, List.of(new OfferLineInput(null, null, "Housing", BigDecimal.ONE,
                new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal(discount))));
        offer.step(OfferAction.SUBMIT_FOR_APPROVAL, null, tag, submitted);
        return offers.save(offer);
    }

    private String english(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }

    private static <T> Sheet sheet(XlsxDownload.Export<T> export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out, ZoneOffset.UTC);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static List<String> header(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }
}
