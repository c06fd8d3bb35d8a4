package com.idic.crm.customization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customization.domain.OfferPricing;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one-page offer document for the customer: header, lines (code, description, quantity, unit price,
 * discount, net) and totals. Our cost and margin stay out of it. Printed on one A4 page.
 */
final class OfferWorkbook {

    private static final String MONEY = "\"\u00a5\"#,##0.00";
    private static final int COLUMNS = 6;

    private final CrmI18NProvider i18n;
    private final Locale locale;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle bold;
    private final CellStyle boldRight;
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle boldMoney;
    private final CellStyle number;
    private final CellStyle wrap;

    OfferWorkbook(CrmI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        boldRight = workbook.createCellStyle();
        boldRight.setFont(boldFont);
        boldRight.setAlignment(HorizontalAlignment.RIGHT);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setBorderBottom(BorderStyle.THIN);
        short moneyFormat = workbook.createDataFormat().getFormat(MONEY);
        money = workbook.createCellStyle();
        money.setDataFormat(moneyFormat);
        boldMoney = workbook.createCellStyle();
        boldMoney.setDataFormat(moneyFormat);
        boldMoney.setFont(boldFont);
        boldMoney.setBorderTop(BorderStyle.THIN);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    OfferDocument write(OfferDetails offer) {
        Sheet sheet = workbook.createSheet(t("offer.document.sheet"));
        int r = 0;
        text(sheet.createRow(r++), 0, t("offer.document.title", offer.id(), offer.versionNo()), title);
        r++;
        label(sheet.createRow(r++), "offer.document.customer", offer.customerName());
        label(sheet.createRow(r++), "offer.document.date", date(offer.changedAt().atZone(ZoneId.systemDefault()).toLocalDate()));
        label(sheet.createRow(r++), "offer.field.validUntil", date(offer.validUntil()));
        r++;
        Row head = sheet.createRow(r++);
        String[] headers = {"offer.line.code", "offer.line.description", "offer.line.quantity", "offer.line.unitPrice",
                "offer.line.discount", "offer.line.net"};
        for (int c = 0; c < COLUMNS; c++) {
            text(head, c, t(headers[c]), header);
        }
        int firstLine = r;
        for (OfferLineInput line : offer.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.code() == null ? "" : line.code(), null);
            text(row, 1, line.description(locale), null);
            amount(row, 2, line.quantity(), number);
            amount(row, 3, line.unitPrice(), money);
            amount(row, 4, line.discountPercent(), number);
            amount(row, 5, OfferPricing.lineNet(line), money);
        }
        if (r == firstLine) {
            text(sheet.createRow(r++), 1, t("offer.lines.empty"), null);
        }
        r++;
        total(sheet.createRow(r++), "offer.totals.list", offer.totals().listTotal(), money);
        total(sheet.createRow(r++), "offer.totals.discount", offer.totals().discountTotal().negate(), money);
        total(sheet.createRow(r++), "offer.totals.net", offer.totals().netTotal(), boldMoney);
        if (offer.notes() != null) {
            r++;
            text(sheet.createRow(r++), 0, t("offer.field.notes"), bold);
            Row notes = sheet.createRow(r);
            text(notes, 0, offer.notes(), wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            notes.setHeightInPoints(Math.min(300, 15 * (1 + offer.notes().length() / 90)));
        }
        int[] widths = {14, 44, 10, 14, 11, 16};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        onePage(sheet);
        // an ASCII file name: browsers and mail clients keep it intact
        return new OfferDocument("offer-" + offer.id() + "-v" + offer.versionNo() + ".xlsx", bytes());
    }

    private void onePage(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the offer document", e);
        }
    }

    private void label(Row row, String key, String value) {
        text(row, 0, t(key), bold);
        text(row, 1, value, null);
    }

    private void total(Row row, String key, BigDecimal value, CellStyle style) {
        text(row, 4, t(key), boldRight);
        amount(row, 5, value, style);
    }

    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String t(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
