package com.idic.crm.segmentation.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/** Query parameters of links into the scored-customer list. */
final class ScoreFilterParameters {

    private ScoreFilterParameters() {
    }

    /** {@code base} plus the given name/value pairs. */
    static Map<String, String> with(Map<String, String> base, Object... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>(base);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            parameters.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
        }
        return parameters;
    }
}
