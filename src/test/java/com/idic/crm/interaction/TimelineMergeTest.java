package com.idic.crm.interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineMergeTest {

    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    /** A source as the contract describes it: entries newest first by (at, id), strictly after the position. */
    record ListSource(String kind, List<TimelineEntry> all) implements CustomerTimelineSource {
        ListSource {
            all = all.stream().sorted(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::id).reversed()).toList();
        }

        @Override
        public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
            return all.stream().filter(e -> after == null || e.at().isBefore(after.at())
                    || (e.at().equals(after.at()) && e.id() < after.id())).limit(limit).toList();
        }
    }

    @Test
    void entriesOfSeveralSourcesInterleaveByTimeAcrossPages() {
        ListSource orders = source("order", new long[] {10, 30, 50}, new long[] {1, 2, 3});
        ListSource contacts = source("interaction", new long[] {20, 40, 60}, new long[] {1, 2, 3});
        TimelineMerge merge = new TimelineMerge(List.of(orders, contacts));

        TimelinePage first = merge.page(1, TimelineCursor.START, 4, Locale.ENGLISH);
        TimelinePage second = merge.page(1, first.next(), 4, Locale.ENGLISH);

        assertThat(first.entries()).extracting(e -> e.kind() + e.id())
                .containsExactly("interaction3", "order3", "interaction2", "order2");
        assertThat(first.more()).isTrue();
        assertThat(second.entries()).extracting(e -> e.kind() + e.id()).containsExactly("interaction1", "order1");
        assertThat(second.more()).isFalse();
    }

    @Test
    void nothingRepeatsOrIsSkippedWhenManyEntriesShareATimestamp() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<ListSource> sources = new ArrayList<>();
            int sourceCount = 1 + random.nextInt(3);
            for (int s = 0; s < sourceCount; s++) {
                int n = random.nextInt(12);
                long[] minutes = new long[n];
                long[] ids = new long[n];
                for (int i = 0; i < n; i++) {
                    minutes[i] = random.nextInt(4); // few distinct instants: ties within and across sources
                    ids[i] = 100 + i;
                }
                sources.add(source("k" + s, minutes, ids));
            }
            int pageSize = 1 + random.nextInt(5);
            List<TimelineEntry> expected = sources.stream().flatMap(s -> s.all().stream()).toList();

            List<TimelineEntry> read = readAll(new TimelineMerge(List.copyOf(sources)), pageSize);

            assertThat(read).as("round %d, page size %d", round, pageSize).containsExactlyInAnyOrderElementsOf(expected);
            for (int i = 1; i < read.size(); i++) {
                assertThat(read.get(i).at()).as("newest first").isBeforeOrEqualTo(read.get(i - 1).at());
            }
        }
    }

    @Test
    void anEmptyTimelineHasNoMoreAndAPageMustHoldSomething() {
        TimelineMerge merge = new TimelineMerge(List.of(source("order", new long[0], new long[0])));
        TimelinePage page = merge.page(1, TimelineCursor.START, 10, Locale.ENGLISH);
        assertThat(page.entries()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThatThrownBy(() -> merge.page(1, TimelineCursor.START, 0, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageThatEndsExactlyWithTheLastEntrySaysThereIsNoMore() {
        TimelineMerge merge = new TimelineMerge(List.of(source("order", new long[] {1, 2}, new long[] {1, 2}),
                source("interaction", new long[] {3}, new long[] {1})));
        TimelinePage page = merge.page(1, TimelineCursor.START, 3, Locale.ENGLISH);
        assertThat(page.entries()).hasSize(3);
        assertThat(page.more()).isFalse();
    }

    private static List<TimelineEntry> readAll(TimelineMerge merge, int pageSize) {
        List<TimelineEntry> read = new ArrayList<>();
        TimelineCursor cursor = TimelineCursor.START;
        for (int guard = 0; guard < 1000; guard++) {
            TimelinePage page = merge.page(1, cursor, pageSize, Locale.ENGLISH);
            assertThat(page.entries().size()).isLessThanOrEqualTo(pageSize);
            read.addAll(page.entries());
            cursor = page.next();
            if (!page.more()) {
                return read;
            }
            assertThat(page.entries()).as("a page before the end is never empty").isNotEmpty();
        }
        throw new AssertionError("the timeline never ended");
    }

    private static ListSource source(String kind, long[] minutes, long[] ids) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            entries.add(new TimelineEntry(T.plusSeconds(60 * minutes[i]), ids[i], kind, kind + " " + ids[i], null, null));
        }
        return new ListSource(kind, entries);
    }
}
