package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.CompanyFigures;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "What if churn fell by N points?" on the company's own latest run (Dwyer group CLV), beside the
 * course's industry table of what a 5-point cut in defections is worth.
 */
@Route("segments/what-if")
@Menu(title = "nav.differentiate.whatif", order = 3, icon = "TRENDING_UP")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/segments.css")
public class RetentionWhatIfView extends Main implements HasDynamicTitle {

    static final BigDecimal DEFAULT_POINTS = BigDecimal.valueOf(5);
    /** DOMAIN.md section 2: rise of an average customer's NPV when defections fall by 5 points. */
    static final String[][] INDUSTRY = {{"MAIL_ORDER", "0.20"}, {"AUTO_SERVICE", "0.30"}, {"SOFTWARE", "0.35"},
            {"INSURANCE", "0.50"}, {"CREDIT_CARD", "1.25"}};

    final BigDecimalField points = new BigDecimalField();
    final NativeTable comparison = new NativeTable();

    public RetentionWhatIfView(SegmentationService runs, SegmentationResults results) {
        addClassNames("view", "segments-view");
        Paragraph hint = new Paragraph(getTranslation("segments.whatif.hint"));
        hint.addClassName("seg-hint");
        add(new H2(getTranslation("segments.whatif.title")), hint);
        Optional<CompanyFigures> figures = runs.latestSuccessfulRun().flatMap(run -> results.figures(run.id()));
        if (figures.isEmpty()) {
            add(new Paragraph(getTranslation("segments.whatif.noRun")));
            return;
        }
        points.setLabel(getTranslation("segments.whatif.points"));
        points.setValue(DEFAULT_POINTS);
        points.setValueChangeMode(ValueChangeMode.LAZY);
        points.addValueChangeListener(event -> show(figures.get()));
        comparison.addClassName("whatif-table");
        Div own = new Div(points, comparison);
        own.addClassName("seg-card");
        Div board = new Div(own, industry());
        board.addClassName("segments-board");
        add(board);
        show(figures.get());
    }

    private void show(CompanyFigures figures) {
        comparison.removeAll();
        BigDecimal maxPoints = figures.churnRate().movePointRight(2);
        BigDecimal value = points.getValue();
        if (value == null || value.signum() <= 0 || value.compareTo(maxPoints) > 0) {
            points.setErrorMessage(getTranslation("segments.whatif.points.invalid", Decimals.format(maxPoints, 1, getLocale())));
            points.setInvalid(true);
            return;
        }
        points.setInvalid(false);
        Locale locale = getLocale();
        BigDecimal churn = figures.churnRate();
        BigDecimal lower = churn.subtract(value.movePointLeft(2)).max(BigDecimal.ZERO);
        BigDecimal valueNow = figures.groupClv();
        BigDecimal valueThen = figures.groupClvAt(lower);
        BigDecimal customers = BigDecimal.valueOf(figures.activeAtEnd());
        NativeTableRow header = new NativeTableRow(th(""), th(getTranslation("segments.whatif.col.now")),
                th(getTranslation("segments.whatif.col.then")), th(getTranslation("segments.whatif.col.change")));
        comparison.add(new NativeTableHeader(header), new NativeTableBody(
                row(getTranslation("segments.whatif.churn"), Percent.of(churn.doubleValue(), locale), Percent.of(lower.doubleValue(), locale), ""),
                row(getTranslation("segments.whatif.lifetime"), Decimals.format(figures.expectedLifetimeYears(), 1, locale),
                        Decimals.format(figures.expectedLifetimeAt(lower), 1, locale), change(figures.expectedLifetimeYears(), figures.expectedLifetimeAt(lower), locale)),
                row(getTranslation("segments.whatif.customerValue"), Formats.money(valueNow, locale), Formats.money(valueThen, locale),
                        change(valueNow, valueThen, locale)),
                row(getTranslation("segments.whatif.groupClv"), Formats.money(valueNow.multiply(customers), locale),
                        Formats.money(valueThen.multiply(customers), locale), change(valueNow, valueThen, locale))));
    }

    private Div industry() {
        Div card = new Div(new H3(getTranslation("segments.whatif.industry.title")));
        Paragraph hint = new Paragraph(getTranslation("segments.whatif.industry.hint"));
        hint.addClassName("seg-hint");
        card.add(hint);
        Div rows = new Div();
        rows.addClassName("abc-rows");
        for (String[] industry : INDUSTRY) {
            double rise = Double.parseDouble(industry[1]);
            Div row = new Div(new com.vaadin.flow.component.html.Span(getTranslation("segments.whatif.industry." + industry[0])),
                    new ShareBar(rise / 1.25, null, "+" + Percent.of(rise, getLocale())));
            row.addClassName("industry-row");
            rows.add(row);
        }
        card.add(rows);
        card.addClassName("seg-card");
        return card;
    }

    private static String change(BigDecimal before, BigDecimal after, Locale locale) {
        if (before == null || after == null || before.signum() == 0) {
            return "";
        }
        double rise = after.subtract(before).divide(before.abs(), 6, RoundingMode.HALF_UP).doubleValue();
        return (rise >= 0 ? "+" : "") + Percent.of(rise, locale);
    }

    private static NativeTableHeaderCell th(String text) {
        return new NativeTableHeaderCell(text);
    }

    private static NativeTableRow row(String label, String now, String then, String change) {
        NativeTableCell changeCell = new NativeTableCell(change);
        changeCell.addClassName("whatif-up");
        return new NativeTableRow(new NativeTableCell(label), new NativeTableCell(now), new NativeTableCell(then), changeCell);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.whatif.title") + " \u00b7 " + getTranslation("app.name");
    }
}
