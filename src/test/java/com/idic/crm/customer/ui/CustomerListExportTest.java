package com.idic.crm.customer.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.security.AppRoles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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

/** "Export to Excel" of the customer list: exactly the rows of the filter, in the list's order and columns. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "clerk", roles = AppRoles.SERVICE_DESK)
class CustomerListExportTest {

    @Autowired CustomerService service;
    @Autowired CustomerRepository repository;
    @Autowired CrmI18NProvider i18n;

    final String tag = "Xp" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);

    @BeforeEach
    void customers() {
        customer("Anna", CustomerType.INDIVIDUAL, "上海", LocalDate.of(2025, 3, 1));
        customer("Bo", CustomerType.INDIVIDUAL, null, null);
        customer("Chen", CustomerType.INDIVIDUAL, "北京", LocalDate.of(2024, 1, 2));
        customer("Dai", CustomerType.INDIVIDUAL, "上海", null);
        customer("Org One", CustomerType.ORGANIZATION, "上海", LocalDate.of(2025, 3, 1));
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsInTheListsOrderAndColumns() throws IOException {
        CustomerFilter individuals = new CustomerFilter(null, null, null, CustomerType.INDIVIDUAL, null, null, null, false);
        // the test's own customers: the shared database holds other tests' customers too
        List<CustomerRow> expected = service.page(individuals, PageRequest.of(0, 10_000, Sort.by(Sort.Order.desc("name"))))
                .stream().filter(row -> row.name().startsWith(tag)).toList();
        assertThat(expected).extracting(CustomerRow::name).containsExactly(tag + " Dai", tag + " Chen", tag + " Bo", tag + " Anna");

        XSSFSheet sheet = export(individuals, Sort.by(Sort.Order.desc("name")), List.of("name", "region", "lastVerifiedOn"));

        assertThat(List.of(text(sheet.getRow(0), 0), text(sheet.getRow(0), 1), text(sheet.getRow(0), 2)))
                .containsExactly("Name", "Region", "Last verified");
        assertThat(sheet.getRow(0).getCell(3)).isNull();
        List<String> names = new ArrayList<>();
        IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> text(row, 0).startsWith(tag)).forEach(row -> names.add(text(row, 0)));
        assertThat(names).containsExactly(tag + " Dai", tag + " Chen", tag + " Bo", tag + " Anna");
        assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow).map(row -> text(row, 0)))
                .doesNotContain(tag + " Org One");
        Row anna = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> text(row, 0).equals(tag + " Anna")).findFirst().orElseThrow();
        assertThat(anna.getCell(1).getStringCellValue()).isEqualTo("上海");
        assertThat(anna.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(anna.getCell(2))).isTrue();
        assertThat(anna.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aNameSearchExportsItsMatchesOnly() throws IOException {
        CustomerFilter search = new CustomerFilter(tag, null, null, null, null, null, null, false);
        XSSFSheet sheet = export(search, Sort.unsorted(), List.of("name", "type"));
        assertThat(sheet.getLastRowNum()).isEqualTo(5);
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(i -> text(sheet.getRow(i), 1)))
                .containsExactly("Individual", "Individual", "Individual", "Individual", "Organization");
    }

    @Test
    void chunkByChunkReadsTheSameRowsAsOnePageWhateverTheOrderAndNulls() {
        CustomerFilter search = new CustomerFilter(tag, null, null, null, null, null, null, false);
        CustomerFilter all = CustomerFilter.any();
        for (Sort sort : List.of(Sort.by("name"), Sort.by(Sort.Order.desc("name")), Sort.by("region"),
                Sort.by(Sort.Order.desc("region")), Sort.by("lastVerifiedOn"), Sort.by(Sort.Order.desc("lastVerifiedOn")))) {
            for (CustomerFilter filter : List.of(search, all)) {
                List<Long> page = service.page(filter, PageRequest.of(0, 100_000, sort)).stream().map(CustomerRow::id).toList();
                List<Long> chunked = new ArrayList<>();
                CustomerRow last = null;
                while (true) {
                    List<CustomerRow> chunk = service.chunkAfter(filter, sort, last, 2);
                    chunk.forEach(row -> chunked.add(row.id()));
                    if (chunk.size() < 2) {
                        break;
                    }
                    last = chunk.get(chunk.size() - 1);
                }
                assertThat(chunked).as(sort + " " + filter).isEqualTo(page);
            }
        }
    }

    private XSSFSheet export(CustomerFilter filter, Sort sort, List<String> columns) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CustomerListExport.of(service, filter, sort, columns, key -> i18n.getTranslation(key, Locale.ENGLISH),
                LocalDate.of(2026, 1, 1)).writeTo(out, ZoneOffset.UTC);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private void customer(String name, CustomerType type, String region, LocalDate verified) {
        Customer customer = new Customer(type, tag + " " + name, LocalDate.of(2020, 1, 1));
        customer.setRegion(region);
        customer.setLastVerifiedOn(verified);
        repository.save(customer);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }
}
