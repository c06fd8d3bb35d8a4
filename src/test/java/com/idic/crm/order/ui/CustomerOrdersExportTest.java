package com.idic.crm.order.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.excel.XlsxSheet;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.order.OrderService;
import com.idic.crm.order.domain.CustomerOrder;
import com.idic.crm.order.domain.CustomerOrderRepository;
import com.idic.crm.security.AppRoles;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "desk", roles = AppRoles.SERVICE_DESK)
class CustomerOrdersExportTest {

    @Autowired CustomerService customers;
    @Autowired OrderService orderService;
    @Autowired CustomerOrderRepository orders;
    @Autowired CrmI18NProvider i18n;

    @Test
    void onlyThisCustomersOrdersInTheGridsOrderAsTypedCells() throws IOException {
        int tag = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long id = customers.create(new NewCustomer("Export orders " + tag, CustomerType.INDIVIDUAL));
        long other = customers.create(new NewCustomer("Other " + tag, CustomerType.INDIVIDUAL));
        int count = XlsxSheet.CHUNK + 3;
        for (int i = 1; i <= count; i++) {
            orders.save(new CustomerOrder("E" + tag + "-" + i, id, LocalDate.of(2025, 1, 1).plusDays(i % 300),
                    new BigDecimal(i + ".50"), new BigDecimal("1.00")));
        }
        orders.save(new CustomerOrder("X" + tag, other, LocalDate.of(2025, 2, 2), new BigDecimal("9.00"), BigDecimal.ONE));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CustomerOrdersExport.of(orderService, id, Sort.by(Sort.Order.desc("amount")),
                key -> i18n.getTranslation(key, Locale.ENGLISH), LocalDate.of(2026, 1, 1)).writeTo(out, ZoneOffset.UTC);
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Order no.");
        assertThat(sheet.getLastRowNum()).isEqualTo(count);
        assertThat(IntStream.rangeClosed(1, count).mapToObj(i -> sheet.getRow(i).getCell(2).getNumericCellValue()))
                .as("every order once, by amount descending across the chunk boundary")
                .containsExactlyElementsOf(IntStream.iterate(count, i -> i - 1).limit(count).mapToObj(i -> i + 0.5).toList());
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("E" + tag + "-" + count);
        assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
        assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(count - 0.5);
    }
}
