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

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.OfferList;
import com.idic.crm.customization.OfferRow;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offers list: its own offers (a customer named by a random tag, so demo data and other tests' rows
 * stay out through the customer filter), filtered by state and author, opening the offer, and exporting
 * exactly the filtered rows.
 */
class OffersViewTest extends KaribuTest {

    @Autowired CustomerRepository customers;
    @Autowired CustomizationRequestRepository requests;
    @Autowired OfferRepository offers;
    @Autowired OfferList offerList;
    @Autowired CrmI18NProvider i18n;

    final String tag = "ol" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    final Instant start = Instant.parse("2025-03-01T08:00:00Z");
    Offer oldDraft;
    Offer pending;
    Offer othersDraft;

    @BeforeEach
    void offers() {
        long customer = customers.save(new Customer(CustomerType.ORGANIZATION, tag + " Works", LocalDate.of(2020, 1, 1))).getId();
        CustomizationRequest request = new CustomizationRequest(customer, tag + " Works", NeedLevel.PRODUCT, "a custom housing",
                RequestSource.SALES_VISIT, tag, start);
        request.valueAtSubmission(null, null);
        request.startReview();
        request.choose(CustomizationType.ADAPTIVE, DeliveryMeans.MODULAR);
        request.decideFeasible(start.plusSeconds(3600));
        long requestId = requests.save(request).getId();
        oldDraft = offer(requestId, customer, tag, 1, "0", false);
        pending = offer(requestId, customer, tag, 2, "25", true);
        othersDraft = offer(requestId, customer, "someone", 3, "0", false);
    }

    @Test
    void theListShowsTheOffersNewestFirstAndNarrowsByStateAndAuthor() {
        login(tag, AppRoles.MARKETER);
        OffersView view = open();

        assertThat(rows(view)).extracting(OfferRow::id).containsExactly(othersDraft.getId(), pending.getId(), oldDraft.getId());
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains(pending.getId() + " \u00b7 v1", tag + " Works",
                "Pending approval", "CN\u00a5750.00", "33.33 %");

        view.state.setValue(OfferState.DRAFT);
        assertThat(rows(view)).extracting(OfferRow::id).containsExactly(othersDraft.getId(), oldDraft.getId());
        view.mine.setValue(true);
        assertThat(rows(view)).extracting(OfferRow::id).containsExactly(oldDraft.getId());
    }

    @Test
    void aRowOpensTheOffer() {
        login(tag, AppRoles.MANAGER);
        OffersView view = open();
        GridKt._clickItem(view.grid, 1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customization/offer/" + pending.getId());
    }

    @Test
    void theServiceDeskReadsTheListAndItsExportHoldsExactlyTheFilteredRowsAsTypedCells() throws IOException {
        login("desk", AppRoles.SERVICE_DESK);
        OffersView view = open();
        assertThat(_get(view.export, Button.class).getText()).isEqualTo("Export to Excel");
        assertThat(view.export.getHref()).isNotBlank();
        view.state.setValue(OfferState.DRAFT);

        Sheet sheet = sheet(view);

        assertThat(header(sheet)).containsExactly("Offer", "Version", "Customer", "Request", "State", "Net total",
                "Margin %", "Valid until", "Author", "Created");
        assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(i -> sheet.getRow(i).getCell(0).getNumericCellValue()))
                .containsExactly((double) othersDraft.getId(), (double) oldDraft.getId());
        Row row = sheet.getRow(2);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Draft");
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1000.0);
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.5);
        assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
        assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(tag);
    }

    private OffersView open() {
        UI.getCurrent().navigate(OffersView.class);
        OffersView view = _get(OffersView.class);
        view.customer.setValue(tag);
        return view;
    }

    private static List<OfferRow> rows(OffersView view) {
        return GridKt._findAll(view.grid);
    }

    private Offer offer(long requestId, long customer, String author, int day, String discount, boolean submit) {
        Instant created = start.plusSeconds(86_400L * day);
        Offer offer = new Offer(requestId, customer, tag + " Works", null, LocalDate.of(2099, 1, 1), author, created);
        offer.edit(LocalDate.of(2099, 1, 1), null, List.of(new OfferLineInput(null, null, "Housing", BigDecimal.ONE,
                new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal(discount))));
        if (submit) {
            offer.step(OfferAction.SUBMIT_FOR_APPROVAL, null, author, created);
        }
        return offers.save(offer);
    }

    /** The workbook the view's download would write, for its current filter, order and visible columns. */
    private Sheet sheet(OffersView view) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OffersExport.of(offerList, view.filter(), GridSorts.of(view.grid),
                view.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList(),
                key -> i18n.getTranslation(key, Locale.ENGLISH), ZoneOffset.UTC, LocalDate.of(2026, 1, 1))
                .writeTo(out, ZoneOffset.UTC);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static List<String> header(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }
}
