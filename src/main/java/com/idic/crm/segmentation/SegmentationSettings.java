package com.idic.crm.segmentation;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every number the segmentation rules use (DOMAIN.md section 6), editable by a manager.
 * {@link #defaults()} are the course's numbers; {@link #problems()} lists what makes no sense,
 * field by field, and a service refuses settings with any problem.
 */
public record SegmentationSettings(
        Rfm rfm,
        Pyramid pyramid,
        Abc abc,
        Clv clv,
        Credit credit,
        Lifecycle lifecycle,
        LocalTime nightlyRunTime) {

    /**
     * RFM boundaries. Recency: score 5 if the last order is later than A minus
     * {@code recency5Months}, ... Frequency: the least number of orders in the 24-month window
     * for scores 2..5. Monetary: the largest window total that still scores 1..4.
     */
    public record Rfm(Integer recency5Months, Integer recency4Months, Integer recency3Months, Integer recency2Months,
                      Integer frequency2Orders, Integer frequency3Orders, Integer frequency4Orders,
                      Integer frequency5Orders,
                      BigDecimal monetary1Max, BigDecimal monetary2Max, BigDecimal monetary3Max,
                      BigDecimal monetary4Max) {
    }

    /** Cumulative shares of customers (top first): Platinum up to 1%, Gold up to 5%, Iron up to 20%. */
    public record Pyramid(BigDecimal platinumShare, BigDecimal goldShare, BigDecimal ironShare) {
    }

    /** Cumulative revenue share below which a customer is A, then B; C the rest. */
    public record Abc(BigDecimal aShare, BigDecimal bShare) {
    }

    /** CLV: discount rate i, horizon H in years, yearly retention s by recency score, cap of the expected lifetime. */
    public record Clv(BigDecimal discountRate, Integer horizonYears,
                      BigDecimal retentionR1, BigDecimal retentionR2, BigDecimal retentionR3,
                      BigDecimal retentionR4, BigDecimal retentionR5, Integer lifetimeCapYears) {

        public BigDecimal retention(int recencyScore) {
            return switch (recencyScore) {
                case 1 -> retentionR1;
                case 2 -> retentionR2;
                case 3 -> retentionR3;
                case 4 -> retentionR4;
                case 5 -> retentionR5;
                default -> throw new IllegalArgumentException("recency score " + recencyScore);
            };
        }
    }

    /** Credit table: least collection share and longest payment term (days) of ratings A..D. */
    public record Credit(BigDecimal shareA, BigDecimal shareB, BigDecimal shareC, BigDecimal shareD,
                         Integer termA, Integer termB, Integer termC, Integer termD) {
    }

    /**
     * Lifecycle: TERMINATION if the last order is on or before A minus {@code terminationMonths};
     * ACQUISITION if the first order is after A minus {@code acquisitionMonths}; DECLINE if the last
     * order is on or before A minus {@code declineMonths} or P &lt; declineFactor x Pp; GROWTH if
     * P &gt; growthFactor x Pp; else MATURITY.
     */
    public record Lifecycle(Integer terminationMonths, Integer acquisitionMonths, Integer declineMonths,
                            BigDecimal declineFactor, BigDecimal growthFactor) {
    }

    public static SegmentationSettings defaults() {
        return new SegmentationSettings(
                new Rfm(1, 3, 6, 12, 2, 6, 11, 24, money("500"), money("1000"), money("3000"), money("5000")),
                new Pyramid(new BigDecimal("0.01"), new BigDecimal("0.05"), new BigDecimal("0.20")),
                new Abc(new BigDecimal("0.80"), new BigDecimal("0.95")),
                new Clv(new BigDecimal("0.10"), 5, new BigDecimal("0.20"), new BigDecimal("0.50"),
                        new BigDecimal("0.75"), new BigDecimal("0.90"), new BigDecimal("0.95"), 20),
                new Credit(new BigDecimal("0.90"), new BigDecimal("0.75"), new BigDecimal("0.60"),
                        new BigDecimal("0.30"), 45, 75, 105, 255),
                new Lifecycle(12, 6, 6, new BigDecimal("0.9"), new BigDecimal("1.1")),
                LocalTime.of(2, 0));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }

    /** Problem keys, each with the field it belongs to ("pyramid.goldShare"). */
    public static final String REQUIRED = "segmentation.settings.error.required";
    public static final String NOT_POSITIVE = "segmentation.settings.error.notPositive";
    public static final String NEGATIVE = "segmentation.settings.error.negative";
    public static final String NOT_INCREASING = "segmentation.settings.error.notIncreasing";
    public static final String NOT_DECREASING = "segmentation.settings.error.notDecreasing";
    public static final String ABOVE_ONE = "segmentation.settings.error.aboveOne";
    public static final String OUTSIDE_ZERO_ONE = "segmentation.settings.error.outsideZeroOne";
    public static final String HORIZON_TOO_SHORT = "segmentation.settings.error.horizonTooShort";
    public static final String TOO_LARGE = "segmentation.settings.error.tooLarge";

    /** What is wrong, in field order; empty when the settings can be saved. */
    public List<SettingsProblem> problems() {
        Checks checks = new Checks();
        if (rfm == null || pyramid == null || abc == null || clv == null || credit == null || lifecycle == null) {
            checks.add("settings", REQUIRED);
            return checks.problems;
        }
        checks.increasingInts("rfm", List.of("recency5Months", "recency4Months", "recency3Months", "recency2Months"),
                List.of(rfm.recency5Months, rfm.recency4Months, rfm.recency3Months, rfm.recency2Months), 1, 1200);
        checks.increasingInts("rfm", List.of("frequency2Orders", "frequency3Orders", "frequency4Orders",
                        "frequency5Orders"),
                List.of(rfm.frequency2Orders, rfm.frequency3Orders, rfm.frequency4Orders, rfm.frequency5Orders), 1,
                1_000_000);
        checks.increasingDecimals("rfm", List.of("monetary1Max", "monetary2Max", "monetary3Max", "monetary4Max"),
                List.of(rfm.monetary1Max, rfm.monetary2Max, rfm.monetary3Max,
                        rfm.monetary4Max), false);
        checks.increasingDecimals("pyramid", List.of("platinumShare", "goldShare", "ironShare"),
                List.of(pyramid.platinumShare, pyramid.goldShare, pyramid.ironShare), true);
        checks.increasingDecimals("abc", List.of("aShare", "bShare"),
                List.of(abc.aShare, abc.bShare), true);
        if (checks.present("clv.discountRate", clv.discountRate) && clv.discountRate.signum() < 0) {
            checks.add("clv.discountRate", NEGATIVE);
        } else if (clv.discountRate != null && clv.discountRate.compareTo(BigDecimal.TEN) > 0) {
            checks.add("clv.discountRate", TOO_LARGE);
        }
        if (checks.present("clv.horizonYears", clv.horizonYears) && clv.horizonYears < 1) {
            checks.add("clv.horizonYears", HORIZON_TOO_SHORT);
        } else if (clv.horizonYears != null && clv.horizonYears > 100) {
            checks.add("clv.horizonYears", TOO_LARGE);
        }
        List<BigDecimal> retention = List.of(clv.retentionR1, clv.retentionR2,
                clv.retentionR3, clv.retentionR4, clv.retentionR5);
        for (int score = 1; score <= 5; score++) {
            checks.zeroToOne("clv.retentionR" + score, retention.get(score - 1));
        }
        if (checks.present("clv.lifetimeCapYears", clv.lifetimeCapYears) && clv.lifetimeCapYears < 1) {
            checks.add("clv.lifetimeCapYears", NOT_POSITIVE);
        } else if (clv.lifetimeCapYears != null && clv.lifetimeCapYears > 1000) {
            checks.add("clv.lifetimeCapYears", TOO_LARGE);
        }
        List<String> shareFields = List.of("shareA", "shareB", "shareC", "shareD");
        List<BigDecimal> shares = List.of(credit.shareA, credit.shareB, credit.shareC,
                credit.shareD);
        for (int i = 0; i < 4; i++) {
            if (checks.zeroToOne("credit." + shareFields.get(i), shares.get(i)) && i > 0 && shares.get(i - 1) != null
                    && shares.get(i).compareTo(shares.get(i - 1)) >= 0) {
                checks.add("credit." + shareFields.get(i), NOT_DECREASING);
            }
        }
        checks.increasingInts("credit", List.of("termA", "termB", "termC", "termD"),
                List.of(credit.termA, credit.termB, credit.termC, credit.termD), 0, 100_000);
        for (var month : List.of(new Object[]{"terminationMonths", lifecycle.terminationMonths},
                new Object[]{"acquisitionMonths", lifecycle.acquisitionMonths},
                new Object[]{"declineMonths", lifecycle.declineMonths})) {
            Integer value = (Integer) month[1];
            String field = "lifecycle." + month[0];
            if (checks.present(field, value) && value < 1) {
                checks.add(field, NOT_POSITIVE);
            } else if (value != null && value > 1200) {
                checks.add(field, TOO_LARGE);
            }
        }
        if (checks.present("lifecycle.declineFactor", lifecycle.declineFactor)
                && lifecycle.declineFactor.signum() < 0) {
            checks.add("lifecycle.declineFactor", NEGATIVE);
        }
        if (checks.present("lifecycle.growthFactor", lifecycle.growthFactor) && lifecycle.declineFactor != null
                && lifecycle.growthFactor.compareTo(lifecycle.declineFactor) < 0) {
            checks.add("lifecycle.growthFactor", NOT_INCREASING);
        }
        checks.present("nightlyRunTime", nightlyRunTime);
        return checks.problems;
    }

    private static final class Checks {
        private final List<SettingsProblem> problems = new ArrayList<>();

        void add(String field, String key) {
            problems.add(new SettingsProblem(field, key));
        }

        boolean present(String field, Object value) {
            if (value == null) {
                add(field, REQUIRED);
                return false;
            }
            return true;
        }

        boolean zeroToOne(String field, BigDecimal value) {
            if (!present(field, value)) {
                return false;
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                add(field, OUTSIDE_ZERO_ONE);
                return false;
            }
            return true;
        }

        void increasingInts(String group, List<String> fields, List<Integer> values, int min, int max) {
            Integer previous = null;
            for (int i = 0; i < fields.size(); i++) {
                String field = group + "." + fields.get(i);
                Integer value = values.get(i);
                if (!present(field, value)) {
                    previous = null;
                    continue;
                }
                if (value < min) {
                    add(field, min > 0 ? NOT_POSITIVE : NEGATIVE);
                } else if (value > max) {
                    add(field, TOO_LARGE);
                } else if (previous != null && value <= previous) {
                    add(field, NOT_INCREASING);
                }
                previous = value;
            }
        }

        /** Strictly increasing, positive; shares also at most 1. */
        void increasingDecimals(String group, List<String> fields, List<BigDecimal> values, boolean share) {
            BigDecimal previous = null;
            for (int i = 0; i < fields.size(); i++) {
                String field = group + "." + fields.get(i);
                BigDecimal value = values.get(i);
                if (!present(field, value)) {
                    previous = null;
                    continue;
                }
                if (value.signum() <= 0) {
                    add(field, share ? NOT_POSITIVE : NEGATIVE);
                } else if (share && value.compareTo(BigDecimal.ONE) > 0) {
                    add(field, ABOVE_ONE);
                } else if (!share && value.compareTo(new BigDecimal("1000000000000")) > 0) {
                    add(field, TOO_LARGE);
                } else if (previous != null && value.compareTo(previous) <= 0) {
                    add(field, NOT_INCREASING);
                }
                previous = value;
            }
        }
    }

    /** Throws {@link InvalidSettingsException} unless {@link #problems()} is empty. */
    public SegmentationSettings requireValid() {
        List<SettingsProblem> found = problems();
        if (!found.isEmpty()) {
            throw new InvalidSettingsException(found);
        }
        return this;
    }
}
