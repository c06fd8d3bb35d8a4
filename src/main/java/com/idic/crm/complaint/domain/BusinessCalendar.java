package com.idic.crm.complaint.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When an SLA clock runs: around the clock, or only in working hours on working days that are not
 * holidays, in the company's time zone. Working hours end before midnight (start &lt; end on one day).
 */
public final class BusinessCalendar {

    /** A clock that never stops for nights, weekends or holidays. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(null, Set.of(), null, null, Set.of());

    /** Far enough for any target (120 h of a one-hour working day with a holiday-filled year is still inside it). */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final LocalTime start;
    private final LocalTime end;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end, Set<LocalDate> holidays) {
        this.zone = zone;
        this.workingDays = Set.copyOf(workingDays);
        this.start = start;
        this.end = end;
        this.holidays = Set.copyOf(holidays);
    }

    public static BusinessCalendar workingHours(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end,
                                                Set<LocalDate> holidays) {
        if (workingDays.isEmpty() || !start.isBefore(end)) {
            throw new IllegalArgumentException("A working calendar needs a working day and a start before its end");
        }
        return new BusinessCalendar(zone, workingDays, start, end, holidays);
    }

    public boolean isAlways() {
        return zone == null;
    }

    /** Counted (working) time between two instants; zero if {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (isAlways()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant open = max(from, opening(day));
                Instant close = min(to, closing(day));
                if (close.isAfter(open)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of counted time has passed since {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        if (isAlways()) {
            return from.plus(amount);
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = max(from, opening(day));
            Instant close = closing(day);
            if (!close.isAfter(open)) {
                continue;
            }
            Duration available = Duration.between(open, close);
            if (left.isZero() || left.compareTo(available) <= 0) {
                return open.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + from);
    }

    private boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
