package com.idic.crm.interaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;

/**
 * Merges the sources' keyset pages into one timeline, newest first. Entries at the same instant are
 * ordered by source, then by id descending, which agrees with every source's own order: so the
 * position of the last entry shown from a source is exactly where that source continues, and no entry
 * repeats or goes missing across pages however many share a timestamp. Each source is asked for one
 * entry more than a page holds, so "more" is known without an extra round trip.
 */
public final class TimelineMerge {

    private final List<CustomerTimelineSource> sources;

    public TimelineMerge(List<CustomerTimelineSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public TimelinePage page(long customerId, TimelineCursor cursor, int size, Locale locale) {
        if (size < 1) {
            throw new IllegalArgumentException("A timeline page holds at least one entry");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int source = 0; source < sources.size(); source++) {
            for (TimelineEntry entry : sources.get(source).entries(customerId, cursor.after(source), size + 1, locale)) {
                candidates.add(new Candidate(source, entry));
            }
        }
        candidates.sort(NEWEST_FIRST);
        List<Candidate> shown = candidates.subList(0, Math.min(size, candidates.size()));
        Map<Integer, TimelineEntry.Position> lastShown = new HashMap<>();
        shown.forEach(candidate -> lastShown.put(candidate.source, candidate.entry.position()));
        return new TimelinePage(shown.stream().map(Candidate::entry).toList(), cursor.advanced(lastShown),
                candidates.size() > shown.size());
    }

    private record Candidate(int source, TimelineEntry entry) {
    }

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator
            .comparing((Candidate c) -> c.entry.at(), Comparator.reverseOrder())
            .thenComparingInt(Candidate::source)
            .thenComparing(c -> c.entry.id(), Comparator.reverseOrder());
}
