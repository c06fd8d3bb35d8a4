package com.idic.crm.complaint;

import java.util.List;

/** What the SLA dashboard shows; every share is of complaints resolved in the last 12 months. */
public record SlaFigures(List<Compliance> byMonth, List<Compliance> byPriority, List<Compliance> byTier, List<AgeBucket> openByAge) {

    /**
     * One group's SLA compliance.
     *
     * @param group "2026-03", a priority or tier name ("NONE" for customers not scored)
     * @param met   resolved with neither the first response nor the resolution breached
     */
    public record Compliance(String group, long resolved, long met) {
        public double share() {
            return resolved == 0 ? 0 : (double) met / resolved;
        }
    }

    /** Open complaints by age: UNDER_1_DAY, DAYS_1_3, DAYS_3_7, DAYS_7_30, OVER_30_DAYS. */
    public record AgeBucket(String bucket, long count) {
    }
}
