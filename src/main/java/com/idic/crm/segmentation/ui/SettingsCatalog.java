package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.SegmentationSettings.Abc;
import com.idic.crm.segmentation.SegmentationSettings.Clv;
import com.idic.crm.segmentation.SegmentationSettings.Credit;
import com.idic.crm.segmentation.SegmentationSettings.Lifecycle;
import com.idic.crm.segmentation.SegmentationSettings.Pyramid;
import com.idic.crm.segmentation.SegmentationSettings.Rfm;

/**
 * Every segmentation setting as a form field: its path (the name {@code SettingsProblem} uses), the
 * section it is shown in and its kind. Converts between the settings record and the form's values:
 * shares and rates are stored as fractions (0.25) but shown and edited as percentages (25).
 */
final class SettingsCatalog {

    enum Kind { WHOLE, DECIMAL, PERCENT, TIME }

    record Field(String path, String section, Kind kind, Function<SegmentationSettings, Object> read) {

        /** The stored value as the form shows it: 0.25 as 25 for a percentage. */
        Object shown(Object stored) {
            if (kind != Kind.PERCENT || !(stored instanceof BigDecimal fraction)) {
                return stored;
            }
            BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
            return percent.scale() < 0 ? percent.setScale(0) : percent;
        }
    }

    static final List<Field> FIELDS = List.of(
            whole("rfm.recency5Months", "rfm", s -> s.rfm().recency5Months()),
            whole("rfm.recency4Months", "rfm", s -> s.rfm().recency4Months()),
            whole("rfm.recency3Months", "rfm", s -> s.rfm().recency3Months()),
            whole("rfm.recency2Months", "rfm", s -> s.rfm().recency2Months()),
            whole("rfm.frequency2Orders", "rfm", s -> s.rfm().frequency2Orders()),
            whole("rfm.frequency3Orders", "rfm", s -> s.rfm().frequency3Orders()),
            whole("rfm.frequency4Orders", "rfm", s -> s.rfm().frequency4Orders()),
            whole("rfm.frequency5Orders", "rfm", s -> s.rfm().frequency5Orders()),
            decimal("rfm.monetary1Max", "rfm", s -> s.rfm().monetary1Max()),
            decimal("rfm.monetary2Max", "rfm", s -> s.rfm().monetary2Max()),
            decimal("rfm.monetary3Max", "rfm", s -> s.rfm().monetary3Max()),
            decimal("rfm.monetary4Max", "rfm", s -> s.rfm().monetary4Max()),
            percent("pyramid.platinumShare", "pyramid", s -> s.pyramid().platinumShare()),
            percent("pyramid.goldShare", "pyramid", s -> s.pyramid().goldShare()),
            percent("pyramid.ironShare", "pyramid", s -> s.pyramid().ironShare()),
            percent("abc.aShare", "abc", s -> s.abc().aShare()),
            percent("abc.bShare", "abc", s -> s.abc().bShare()),
            percent("clv.discountRate", "clv", s -> s.clv().discountRate()),
            whole("clv.horizonYears", "clv", s -> s.clv().horizonYears()),
            whole("clv.lifetimeCapYears", "clv", s -> s.clv().lifetimeCapYears()),
            percent("clv.retentionR5", "retention", s -> s.clv().retentionR5()),
            percent("clv.retentionR4", "retention", s -> s.clv().retentionR4()),
            percent("clv.retentionR3", "retention", s -> s.clv().retentionR3()),
            percent("clv.retentionR2", "retention", s -> s.clv().retentionR2()),
            percent("clv.retentionR1", "retention", s -> s.clv().retentionR1()),
            percent("credit.shareA", "credit", s -> s.credit().shareA()),
            percent("credit.shareB", "credit", s -> s.credit().shareB()),
            percent("credit.shareC", "credit", s -> s.credit().shareC()),
            percent("credit.shareD", "credit", s -> s.credit().shareD()),
            whole("credit.termA", "credit", s -> s.credit().termA()),
            whole("credit.termB", "credit", s -> s.credit().termB()),
            whole("credit.termC", "credit", s -> s.credit().termC()),
            whole("credit.termD", "credit", s -> s.credit().termD()),
            whole("lifecycle.terminationMonths", "lifecycle", s -> s.lifecycle().terminationMonths()),
            whole("lifecycle.acquisitionMonths", "lifecycle", s -> s.lifecycle().acquisitionMonths()),
            whole("lifecycle.declineMonths", "lifecycle", s -> s.lifecycle().declineMonths()),
            decimal("lifecycle.declineFactor", "lifecycle", s -> s.lifecycle().declineFactor()),
            decimal("lifecycle.growthFactor", "lifecycle", s -> s.lifecycle().growthFactor()),
            new Field("nightlyRunTime", "schedule", Kind.TIME, SegmentationSettings::nightlyRunTime));

    private SettingsCatalog() {
    }

    static Map<String, Object> values(SegmentationSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field.path(), field.shown(field.read().apply(settings))));
        return values;
    }

    /** The settings the form's values stand for (percentages back to fractions). */
    static SegmentationSettings settings(Map<String, Object> shown) {
        Map<String, Object> v = new LinkedHashMap<>(shown);
        FIELDS.stream().filter(field -> field.kind() == Kind.PERCENT && v.get(field.path()) != null)
                .forEach(field -> v.put(field.path(), ((BigDecimal) v.get(field.path())).movePointLeft(2)));
        return new SegmentationSettings(
                new Rfm(i(v, "rfm.recency5Months"), i(v, "rfm.recency4Months"), i(v, "rfm.recency3Months"), i(v, "rfm.recency2Months"),
                        i(v, "rfm.frequency2Orders"), i(v, "rfm.frequency3Orders"), i(v, "rfm.frequency4Orders"), i(v, "rfm.frequency5Orders"),
                        d(v, "rfm.monetary1Max"), d(v, "rfm.monetary2Max"), d(v, "rfm.monetary3Max"), d(v, "rfm.monetary4Max")),
                new Pyramid(d(v, "pyramid.platinumShare"), d(v, "pyramid.goldShare"), d(v, "pyramid.ironShare")),
                new Abc(d(v, "abc.aShare"), d(v, "abc.bShare")),
                new Clv(d(v, "clv.discountRate"), i(v, "clv.horizonYears"), d(v, "clv.retentionR1"), d(v, "clv.retentionR2"),
                        d(v, "clv.retentionR3"), d(v, "clv.retentionR4"), d(v, "clv.retentionR5"), i(v, "clv.lifetimeCapYears")),
                new Credit(d(v, "credit.shareA"), d(v, "credit.shareB"), d(v, "credit.shareC"), d(v, "credit.shareD"),
                        i(v, "credit.termA"), i(v, "credit.termB"), i(v, "credit.termC"), i(v, "credit.termD")),
                new Lifecycle(i(v, "lifecycle.terminationMonths"), i(v, "lifecycle.acquisitionMonths"), i(v, "lifecycle.declineMonths"),
                        d(v, "lifecycle.declineFactor"), d(v, "lifecycle.growthFactor")),
                (LocalTime) v.get("nightlyRunTime"));
    }

    /** Paths whose value differs between two versions, in form order. */
    static List<Field> changed(SegmentationSettings before, SegmentationSettings after) {
        return FIELDS.stream().filter(field -> !same(field.read().apply(before), field.read().apply(after))).toList();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Integer i(Map<String, Object> values, String path) {
        return (Integer) values.get(path);
    }

    private static BigDecimal d(Map<String, Object> values, String path) {
        return (BigDecimal) values.get(path);
    }

    private static Field whole(String path, String section, Function<SegmentationSettings, Object> read) {
        return new Field(path, section, Kind.WHOLE, read);
    }

    private static Field percent(String path, String section, Function<SegmentationSettings, Object> read) {
        return new Field(path, section, Kind.PERCENT, read);
    }

    private static Field decimal(String path, String section, Function<SegmentationSettings, Object> read) {
        return new Field(path, section, Kind.DECIMAL, read);
    }
}
