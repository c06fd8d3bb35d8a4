package com.idic.crm.segmentation.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.RunProgress;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.ScoreSort;
import com.idic.crm.segmentation.ScoredCustomer;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** "Export to Excel" of the scored customers: the list's filter, order and columns; keyset chunks agree with pages. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "boss", roles = AppRoles.MANAGER)
class ScoredCustomersExportTest {

    @Autowired SegmentationService runs;
    @Autowired SegmentationResults results;
    @Autowired CustomerRepository customers;
    @Autowired CustomerOrderRepository orders;
    @Autowired CrmI18NProvider i18n;
    @Autowired Clock clock;

    final String region = "Rg" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    SegmentationRun run;

    @BeforeEach
    void scored() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= 7; i++) {
            long id = customer("C" + i, CustomerType.INDIVIDUAL);
            // two pairs with the same amounts: equal CLV, told apart by id
            orders.save(new CustomerOrder(region + "-" + i, id, today.minusDays(15), new BigDecimal(100 + (i / 2) * 50), new BigDecimal("40")));
        }
        customer("Without orders 1", CustomerType.ORGANIZATION);
        customer("Without orders 2", CustomerType.INDIVIDUAL);
        run = runs.runNow(null, RunProgress.NONE);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void theExportHoldsTheFilteredRowsInTheListsOrderAsTypedCells() throws IOException {
        ScoreFilter filter = new ScoreFilter(run.id(), null, null, null, null, null, null, null, null, null, null, null, null, region, null, true);
        List<CustomerScore> page = results.page(filter, ScoreSort.CLV_TOTAL, false, 0, 100);
        assertThat(page).hasSize(7);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoredCustomersExport.of(results, filter, ScoreSort.CLV_TOTAL, false, List.of("name", "tier", "clv"),
                key -> i18n.getTranslation(key, Locale.ENGLISH), LocalDate.of(2026, 1, 1)).writeTo(out, ZoneOffset.UTC);
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);

        assertThat(List.of(sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getRow(0).getCell(1).getStringCellValue(),
                sheet.getRow(0).getCell(2).getStringCellValue())).containsExactly("Customer", "Tier", "CLV");
        assertThat(sheet.getLastRowNum()).isEqualTo(7);
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(i -> sheet.getRow(i).getCell(0).getStringCellValue()))
                .containsExactlyElementsOf(page.stream().map(CustomerScore::customerName).toList());
        assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(page.get(0).clvTotal().doubleValue());
    }

    @Test
    void chunksAfterTheLastRowReadWhatPagesReadInEveryOrder() {
        ScoreFilter filter = new ScoreFilter(run.id(), null, null, null, null, null, null, null, null, null, null, null, null,
                region, null, false);
        for (ScoreSort sort : ScoreSort.values()) {
            for (boolean ascending : new boolean[]{true, false}) {
                List<Long> paged = results.page(filter, sort, ascending, 0, 100).stream().map(CustomerScore::customerId).toList();
                List<Long> chunked = new ArrayList<>();
                ScoredCustomer last = null;
                while (true) {
                    List<ScoredCustomer> chunk = results.chunkAfter(filter, sort, ascending, last, 2);
                    chunk.forEach(row -> chunked.add(row.score().customerId()));
                    if (chunk.size() < 2) {
                        break;
                    }
                    last = chunk.get(chunk.size() - 1);
                }
                assertThat(paged).hasSize(9);
                assertThat(chunked).as(sort + (ascending ? " ascending" : " descending")).isEqualTo(paged);
            }
        }
    }

    private long customer(String name, CustomerType type) {
        Customer customer = new Customer(type, region + " " + name, LocalDate.of(2020, 1, 1));
        customer.setRegion(region);
        return customers.save(customer).getId();
    }
}
