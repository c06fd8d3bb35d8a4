package com.idic.crm.complaint.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintFilter;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRow;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
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

/** "Export to Excel" of the complaint list: exactly the rows of the filter, in the list's order and columns. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "clerk", roles = AppRoles.SERVICE_DESK)
class ComplaintListExportTest {

    @Autowired ComplaintService service;
    @Autowired ComplaintQueries queries;
    @Autowired CustomerService customers;
    @Autowired CrmI18NProvider i18n;

    final String tag = "Xc" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    long customerId;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void complaints() {
        customerId = customers.create(new NewCustomer(tag + " 王芳", CustomerType.INDIVIDUAL));
        for (ComplaintPriority priority : List.of(ComplaintPriority.HIGH, ComplaintPriority.LOW, ComplaintPriority.HIGH,
                ComplaintPriority.URGENT, ComplaintPriority.HIGH)) {
            ids.add(service.create(new NewComplaint(customerId, tag + " " + ids.size(), "x", ComplaintChannel.PHONE, priority)));
        }
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsInTheListsOrderAndVisibleColumns() throws IOException {
        ComplaintFilter high = new ComplaintFilter(null, ComplaintPriority.HIGH, null, false, null, null, customerId, false, false);
        XSSFSheet sheet = export(high, Sort.by(Sort.Order.asc("receivedAt")), List.of("number", "subject", "priorityRank", "receivedAt"));

        assertThat(IntStream.range(0, 4).mapToObj(i -> sheet.getRow(0).getCell(i).getStringCellValue()))
                .containsExactly("No.", "Subject", "Priority", "Received");
        assertThat(sheet.getRow(0).getCell(4)).as("only the visible columns").isNull();
        assertThat(sheet.getLastRowNum()).as("the three high-priority complaints, no other").isEqualTo(3);
        assertThat(IntStream.rangeClosed(1, 3).mapToObj(i -> (long) sheet.getRow(i).getCell(0).getNumericCellValue()))
                .containsExactly(ids.get(0), ids.get(2), ids.get(4));
        Row first = sheet.getRow(1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo(tag + " 0");
        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("High");
        assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
        assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now());
    }

    @Test
    void chunkByChunkReadsTheSameRowsAsOnePageWhateverTheOrder() {
        ComplaintFilter mine = ComplaintFilter.ofCustomer(customerId);
        for (Sort sort : List.of(Sort.unsorted(), Sort.by("receivedAt"), Sort.by(Sort.Order.desc("receivedAt")),
                Sort.by("priorityRank"), Sort.by(Sort.Order.desc("priorityRank")), Sort.by("resolutionDue"),
                Sort.by(Sort.Order.desc("resolutionDue")))) {
            for (ComplaintFilter filter : List.of(mine, ComplaintFilter.any())) {
                List<Long> page = queries.page(filter, PageRequest.of(0, 100_000, sort)).stream().map(ComplaintRow::id).toList();
                List<Long> chunked = new ArrayList<>();
                ComplaintRow last = null;
                while (true) {
                    List<ComplaintRow> chunk = queries.chunkAfter(filter, sort, last, 2);
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

    private XSSFSheet export(ComplaintFilter filter, Sort sort, List<String> columns) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplaintListExport.of(queries, filter, sort, columns, Map.of(), key -> i18n.getTranslation(key, Locale.ENGLISH),
                LocalDate.now()).writeTo(out, ZoneId.systemDefault());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }
}
