package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.SegmentationSettingsService;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentationSettingsViewTest extends KaribuTest {

    @Autowired SegmentationSettingsService settings;

    SegmentationSettingsView view;

    @BeforeEach
    void open() {
        login("boss", AppRoles.MANAGER);
        UI.getCurrent().navigate(SegmentationSettingsView.class);
        view = _get(SegmentationSettingsView.class);
    }

    @AfterEach
    void backToDefaults() {
        login("boss", AppRoles.MANAGER);
        if (!settings.current().settings().equals(SegmentationSettings.defaults())) {
            settings.resetToDefaults(settings.current().version());
        }
    }

    @Test
    void sharesThatDoNotIncreaseAreRefusedAtTheFieldAndNothingIsSaved() {
        long before = settings.current().version();
        BigDecimalField gold = decimal("pyramid.goldShare");
        _setValue(gold, new BigDecimal("0.5"));
        BigDecimalField retention = decimal("clv.retentionR3");
        _setValue(retention, new BigDecimal("150"));
        IntegerField horizon = whole("clv.horizonYears");
        _setValue(horizon, 0);

        _click(view.save);

        assertThat(gold.isInvalid()).isTrue();
        assertThat(gold.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        assertThat(retention.isInvalid()).isTrue();
        assertThat(retention.getErrorMessage()).isEqualTo("Must be between 0 and 100 %.");
        assertThat(horizon.isInvalid()).isTrue();
        assertThat(decimal("pyramid.platinumShare").isInvalid()).isFalse();
        assertThat(settings.current().version()).isEqualTo(before);
        assertThat(settings.current().settings().pyramid().goldShare()).isEqualByComparingTo("0.05");
    }

    @Test
    void sharesAndRatesAreShownAsPercentages() {
        assertThat(decimal("pyramid.goldShare").getValue()).isEqualByComparingTo("5");
        assertThat(decimal("abc.bShare").getValue()).isEqualByComparingTo("95");
        assertThat(decimal("clv.discountRate").getValue()).isEqualByComparingTo("10");
        assertThat(decimal("clv.retentionR1").getValue()).isEqualByComparingTo("20");
        assertThat(decimal("credit.shareD").getValue()).isEqualByComparingTo("30");
        assertThat(decimal("rfm.monetary1Max").getValue()).isEqualByComparingTo("500");
        assertThat(decimal("lifecycle.declineFactor").getValue()).isEqualByComparingTo("0.9");
    }

    @Test
    void aShareAbove100PercentIsRefusedAtTheField() {
        BigDecimalField iron = decimal("pyramid.ironShare");
        _setValue(iron, new BigDecimal("120"));

        _click(view.save);

        assertThat(iron.isInvalid()).isTrue();
        assertThat(iron.getErrorMessage()).isEqualTo("Must be at most 100 %.");
        assertThat(settings.current().settings().pyramid().ironShare()).isEqualByComparingTo("0.20");
    }

    @Test
    void goodValuesAreSavedWithWhoAndAppearInTheHistory() {
        _setValue(decimal("pyramid.goldShare"), new BigDecimal("6"));
        _setValue(decimal("clv.discountRate"), new BigDecimal("12.5"));
        _setValue(whole("clv.horizonYears"), 7);

        _click(view.save);

        assertThat(settings.current().settings().pyramid().goldShare()).isEqualByComparingTo("0.06");
        assertThat(settings.current().settings().clv().discountRate()).isEqualByComparingTo("0.125");
        assertThat(settings.current().settings().clv().horizonYears()).isEqualTo(7);
        assertThat(settings.current().changedBy()).isEqualTo("boss");
        assertThat(GridKt._getFormattedRow(view.history, 0))
                .anyMatch(cell -> cell.contains("Gold: up to share: 5 % \u2192 6 %"))
                .anyMatch(cell -> cell.contains("Discount rate i: 10 % \u2192 12.5 %"))
                .anyMatch(cell -> cell.contains("Horizon H (years): 5 \u2192 7"))
                .contains("boss");
    }

    @Test
    void resetToDefaultsAsksFirstThenRestoresTheCoursesNumbers() {
        _setValue(decimal("abc.aShare"), new BigDecimal("70"));
        _click(view.save);
        assertThat(settings.current().settings().abc().aShare()).isEqualByComparingTo("0.70");

        _click(view.reset);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(settings.current().settings()).isEqualTo(SegmentationSettings.defaults());
        assertThat(decimal("abc.aShare").getValue()).isEqualByComparingTo("80");
    }

    private BigDecimalField decimal(String path) {
        return (BigDecimalField) view.fields.get(path);
    }

    private IntegerField whole(String path) {
        return (IntegerField) view.fields.get(path);
    }
}
