package com.idic.crm.segmentation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.segmentation.AbcClass;
import com.idic.crm.segmentation.CreditRating;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.ScoreFilter;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.router.QueryParameters;

/**
 * The scored-customer filter as URL query parameters, both ways, so every chart element can link
 * to its customers and a filtered list can be bookmarked. Parameters that make no sense are
 * collected as {@link #problems()} (shown to the user) and left out of the filter.
 */
final class ScoreQuery {

    static final Pattern RFM_CODE = Pattern.compile("[1-5]{3}");

    private final List<String> problems = new ArrayList<>();
    private final ScoreFilter filter;

    private ScoreQuery(Map<String, List<String>> parameters) {
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((name, values) -> single.put(name, values.isEmpty() ? "" : values.get(0)));
        Long run = take(single, "run", text -> RunParameter.parse(text).orElseThrow());
        Tier tier = take(single, "tier", Tier::valueOf);
        AbcClass abc = take(single, "abc", AbcClass::valueOf);
        Quadrant quadrant = take(single, "quadrant", Quadrant::valueOf);
        String rfm = take(single, "rfm", ScoreQuery::rfmCode);
        Integer r = take(single, "r", ScoreQuery::score);
        Integer f = take(single, "f", ScoreQuery::score);
        Integer m = take(single, "m", ScoreQuery::score);
        Integer rMin = or(take(single, "rMin", ScoreQuery::score), r);
        Integer rMax = or(take(single, "rMax", ScoreQuery::score), r);
        Integer fMin = or(take(single, "fMin", ScoreQuery::score), f);
        Integer fMax = or(take(single, "fMax", ScoreQuery::score), f);
        Integer mMin = or(take(single, "mMin", ScoreQuery::score), m);
        Integer mMax = or(take(single, "mMax", ScoreQuery::score), m);
        CreditRating credit = take(single, "credit", CreditRating::valueOf);
        LifecycleStage stage = take(single, "stage", LifecycleStage::valueOf);
        String region = take(single, "region", text -> text);
        CustomerType type = take(single, "type", CustomerType::valueOf);
        single.keySet().forEach(unknown -> problems.add(unknown));
        filter = new ScoreFilter(run, tier, abc, quadrant, rfm, rMin, rMax, fMin, fMax, mMin, mMax, credit, stage, region, type, true);
    }

    static ScoreQuery parse(QueryParameters parameters) {
        return new ScoreQuery(parameters.getParameters());
    }

    ScoreFilter filter() {
        return filter;
    }

    /** {@code name=value} of every parameter that was not understood. */
    List<String> problems() {
        return problems;
    }

    static QueryParameters toParameters(ScoreFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "run", filter.runId());
        put(values, "tier", filter.tier());
        put(values, "abc", filter.abcClass());
        put(values, "quadrant", filter.quadrant());
        put(values, "rfm", filter.rfmCode());
        put(values, "rMin", filter.recencyMin());
        put(values, "rMax", filter.recencyMax());
        put(values, "fMin", filter.frequencyMin());
        put(values, "fMax", filter.frequencyMax());
        put(values, "mMin", filter.monetaryMin());
        put(values, "mMax", filter.monetaryMax());
        put(values, "credit", filter.creditRating());
        put(values, "stage", filter.stage());
        put(values, "region", filter.region());
        put(values, "type", filter.customerType());
        return QueryParameters.simple(values);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private <T> T take(Map<String, String> single, String name, Function<String, T> parser) {
        String text = single.remove(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            problems.add(name + "=" + text);
            return null;
        }
    }

    private static Integer or(Integer value, Integer fallback) {
        return value != null ? value : fallback;
    }

    private static Integer score(String text) {
        int score = Integer.parseInt(text);
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score " + score);
        }
        return score;
    }

    private static String rfmCode(String text) {
        if (!RFM_CODE.matcher(text).matches()) {
            throw new IllegalArgumentException("rfm " + text);
        }
        return text;
    }
}
