package com.idic.crm.complaint.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.idic.crm.complaint.SlaState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar OFFICE = BusinessCalendar.workingHours(SHANGHAI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of());

    private static Instant at(String shanghaiLocal) {
        return java.time.LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    private static SlaClock clock(String start, Duration target, BusinessCalendar calendar, List<SlaPauseInterval> pauses, Instant metAt) {
        return new SlaClock(at(start), target, calendar, pauses, metAt);
    }

    @Test
    void aroundTheClockTheDueDateIsStartPlusTargetAndTheStateFollowsTheSecond() {
        SlaClock sla = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(), null);

        assertThat(sla.due()).isEqualTo(at("2026-12-01T18:00"));
        assertThat(sla.remaining(at("2026-12-01T17:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(sla.usedShare(at("2026-12-01T16:24"))).isEqualTo(0.8);
        assertThat(sla.state(at("2026-12-01T18:00"), false)).isEqualTo(SlaState.ONGOING);
        assertThat(sla.state(at("2026-12-01T18:00:01"), false)).isEqualTo(SlaState.BREACHED);
        assertThat(sla.remaining(at("2026-12-01T19:30"))).isEqualTo(Duration.ofMinutes(-90));
    }

    @Test
    void aTargetMetInTimeIsMetAndItsRemainingTimeIsFrozen() {
        SlaClock met = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(), at("2026-12-01T17:59"));
        assertThat(met.state(at("2026-12-09T00:00"), false)).isEqualTo(SlaState.MET);
        assertThat(met.remaining(at("2026-12-09T00:00"))).isEqualTo(Duration.ofMinutes(1));

        SlaClock late = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(), at("2026-12-01T18:01"));
        assertThat(late.state(at("2026-12-09T00:00"), false)).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void waitingOnTheCustomerStopsTheClockAndMovesTheDueDateByThePause() {
        SlaPauseInterval lunch = new SlaPauseInterval(at("2026-12-01T12:00"), at("2026-12-01T14:30"));
        SlaClock sla = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(lunch), null);

        assertThat(sla.due()).isEqualTo(at("2026-12-01T20:30"));
        assertThat(sla.elapsed(at("2026-12-01T13:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(sla.isPaused(at("2026-12-01T13:00"))).isTrue();
        assertThat(sla.isPaused(at("2026-12-01T15:00"))).isFalse();
        assertThat(sla.remaining(at("2026-12-01T20:00"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(sla.state(at("2026-12-01T19:00"), false)).isEqualTo(SlaState.ONGOING);
    }

    @Test
    void whileStillWaitingTheDueDateIsUnknownAndTimeDoesNotRun() {
        SlaPauseInterval open = new SlaPauseInterval(at("2026-12-01T12:00"), null);
        SlaClock sla = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(open), null);

        assertThat(sla.due()).isNull();
        assertThat(sla.isPaused(at("2026-12-05T00:00"))).isTrue();
        assertThat(sla.remaining(at("2026-12-05T00:00"))).isEqualTo(Duration.ofHours(6));
        assertThat(sla.state(at("2026-12-05T00:00"), false)).isEqualTo(SlaState.ONGOING);
    }

    @Test
    void aWaitAfterTheTargetWasMetLeavesItsDueDateAlone() {
        SlaPauseInterval later = new SlaPauseInterval(at("2026-12-01T12:00"), null);
        SlaClock met = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(later), at("2026-12-01T10:30"));

        assertThat(met.due()).isEqualTo(at("2026-12-01T18:00"));
        assertThat(met.isPaused(at("2026-12-01T13:00"))).isFalse();
        assertThat(met.state(at("2026-12-02T13:00"), false)).isEqualTo(SlaState.MET);
    }

    @Test
    void severalPausesAreEachLeftOut() {
        List<SlaPauseInterval> pauses = List.of(
                new SlaPauseInterval(at("2026-12-01T13:00"), at("2026-12-01T14:00")),
                new SlaPauseInterval(at("2026-12-01T11:00"), at("2026-12-01T11:30")));
        SlaClock sla = clock("2026-12-01T10:00", Duration.ofHours(4), BusinessCalendar.ALWAYS, pauses, null);

        assertThat(sla.due()).isEqualTo(at("2026-12-01T15:30"));
        assertThat(sla.elapsed(at("2026-12-01T15:30"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void inBusinessHoursTheClockSkipsTheNightAndTheWeekend() {
        // Friday 17:00: one working hour on Friday, three on Monday morning
        SlaClock friday = clock("2026-12-04T17:00", Duration.ofHours(4), OFFICE, List.of(), null);
        assertThat(friday.due()).isEqualTo(at("2026-12-07T12:00"));
        assertThat(friday.remaining(at("2026-12-05T15:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(friday.remaining(at("2026-12-07T10:30"))).isEqualTo(Duration.ofMinutes(90));

        // Tuesday 20:00, after hours: the clock starts Wednesday 09:00
        SlaClock evening = clock("2026-12-01T20:00", Duration.ofHours(8), OFFICE, List.of(), null);
        assertThat(evening.due()).isEqualTo(at("2026-12-02T17:00"));
        assertThat(evening.elapsed(at("2026-12-02T08:59"))).isZero();

        // Saturday: nothing counts until Monday 09:00
        SlaClock saturday = clock("2026-12-05T10:00", Duration.ofHours(1), OFFICE, List.of(), null);
        assertThat(saturday.due()).isEqualTo(at("2026-12-07T10:00"));

        // 24 working hours span nights: Monday 09:00 + 9 h Mon + 9 h Tue + 6 h Wed
        SlaClock long24 = clock("2026-12-07T09:00", Duration.ofHours(24), OFFICE, List.of(), null);
        assertThat(long24.due()).isEqualTo(at("2026-12-09T15:00"));
    }

    @Test
    void aHolidayIsSkippedLikeASunday() {
        BusinessCalendar withHoliday = BusinessCalendar.workingHours(SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 12, 7)));
        SlaClock friday = clock("2026-12-04T17:00", Duration.ofHours(4), withHoliday, List.of(), null);

        assertThat(friday.due()).isEqualTo(at("2026-12-08T12:00"));
    }

    @Test
    void aPauseInBusinessHoursCountsOnlyItsWorkingPart() {
        // waits from Friday 16:00 to Monday 10:00: 2 h Friday + 1 h Monday of working time are not counted
        SlaPauseInterval weekend = new SlaPauseInterval(at("2026-12-04T16:00"), at("2026-12-07T10:00"));
        SlaClock sla = clock("2026-12-04T09:00", Duration.ofHours(9), OFFICE, List.of(weekend), null);

        assertThat(sla.due()).isEqualTo(at("2026-12-07T12:00"));
        assertThat(sla.elapsed(at("2026-12-07T11:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aBreachStaysABreachEvenWhenTheDueDateMovesLater() {
        SlaClock sla = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(), null);
        assertThat(sla.state(at("2026-12-01T11:00"), true)).isEqualTo(SlaState.BREACHED);

        SlaClock longerTarget = clock("2026-12-01T10:00", Duration.ofHours(80), BusinessCalendar.ALWAYS, List.of(), at("2026-12-01T20:00"));
        assertThat(longerTarget.state(at("2026-12-02T00:00"), true)).isEqualTo(SlaState.BREACHED);
        assertThat(longerTarget.state(at("2026-12-02T00:00"), false)).isEqualTo(SlaState.MET);
    }

    @Test
    void aDueDateSetByHandIsTheDueDateAndTheTargetIsTheCountedTimeUpToIt() {
        SlaClock policy = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(), null);

        SlaClock manual = policy.dueMovedTo(at("2026-12-03T10:00"), at("2026-12-01T12:00"));

        assertThat(manual.due()).isEqualTo(at("2026-12-03T10:00"));
        assertThat(manual.target()).isEqualTo(Duration.ofHours(48));
        assertThat(manual.usedShare(at("2026-12-02T10:00"))).isEqualTo(0.5);
        assertThat(manual.state(at("2026-12-03T10:00"), false)).isEqualTo(SlaState.ONGOING);
        assertThat(manual.state(at("2026-12-03T10:00:01"), false)).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aWaitBeforeTheDueWasSetIsAlreadyInItAndAWaitAfterwardsMovesIt() {
        SlaPauseInterval before = new SlaPauseInterval(at("2026-12-01T11:00"), at("2026-12-01T13:00"));
        SlaPauseInterval after = new SlaPauseInterval(at("2026-12-02T09:00"), at("2026-12-02T12:00"));
        SlaClock policy = clock("2026-12-01T10:00", Duration.ofHours(8), BusinessCalendar.ALWAYS, List.of(before, after), null);

        SlaClock manual = policy.dueMovedTo(at("2026-12-03T10:00"), at("2026-12-01T14:00"));

        // 48 h from the start less the 2 h wait known when it was set; the 3 h wait afterwards moves the due
        assertThat(manual.target()).isEqualTo(Duration.ofHours(46));
        assertThat(manual.due()).isEqualTo(at("2026-12-03T13:00"));
    }

    @Test
    void inBusinessHoursADueDateSetByHandCountsWorkingTimeOnly() {
        // Monday 10:00; due Tuesday 15:00 is 8 h Monday + 6 h Tuesday
        SlaClock manual = clock("2026-11-30T10:00", Duration.ofHours(4), OFFICE, List.of(), null)
                .dueMovedTo(at("2026-12-01T15:00"), at("2026-11-30T11:00"));

        assertThat(manual.target()).isEqualTo(Duration.ofHours(14));
        assertThat(manual.due()).isEqualTo(at("2026-12-01T15:00"));
        assertThat(manual.remaining(at("2026-11-30T20:00"))).isEqualTo(Duration.ofHours(6));
    }
}
