package com.idic.crm.complaint.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.segmentation.Tier;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The SLA policy (one row): first-response and resolution targets per priority, made tighter for the
 * most valuable customers by a factor per value tier, counted around the clock or in business hours.
 */
@Entity
@Table(name = "complaint_sla_policy")
public class SlaPolicy {

    public static final long ID = 1L;

    @Id
    private Long id;
    @Version
    private long version;
    private int urgentFirstMinutes;
    private int urgentResolutionMinutes;
    private int highFirstMinutes;
    private int highResolutionMinutes;
    private int normalFirstMinutes;
    private int normalResolutionMinutes;
    private int lowFirstMinutes;
    private int lowResolutionMinutes;
    private BigDecimal platinumFactor;
    private BigDecimal goldFactor;
    private boolean businessHours;
    private String workingDays;
    private LocalTime workStart;
    private LocalTime workEnd;
    private String holidays;
    private String timeZone;
    private int warningPercent;
    private int reopenDays;
    private String changedBy;
    private Instant changedAt;

    protected SlaPolicy() {
    }

    /** Minutes of the target before the tier factor. */
    public int firstResponseMinutes(ComplaintPriority priority) {
        return switch (priority) {
            case URGENT -> urgentFirstMinutes;
            case HIGH -> highFirstMinutes;
            case NORMAL -> normalFirstMinutes;
            case LOW -> lowFirstMinutes;
        };
    }

    public int resolutionMinutes(ComplaintPriority priority) {
        return switch (priority) {
            case URGENT -> urgentResolutionMinutes;
            case HIGH -> highResolutionMinutes;
            case NORMAL -> normalResolutionMinutes;
            case LOW -> lowResolutionMinutes;
        };
    }

    public Duration firstResponseTarget(ComplaintPriority priority, Tier tier) {
        return scaled(firstResponseMinutes(priority), tier);
    }

    public Duration resolutionTarget(ComplaintPriority priority, Tier tier) {
        return scaled(resolutionMinutes(priority), tier);
    }

    /** The tier's factor: platinum and gold customers get tighter targets; everyone else 1. */
    public BigDecimal factor(Tier tier) {
        if (tier == Tier.PLATINUM) {
            return platinumFactor;
        }
        return tier == Tier.GOLD ? goldFactor : BigDecimal.ONE;
    }

    private Duration scaled(int minutes, Tier tier) {
        return Duration.ofMinutes(BigDecimal.valueOf(minutes).multiply(factor(tier)).setScale(0, RoundingMode.HALF_UP).longValue());
    }

    public BusinessCalendar calendar() {
        return businessHours
                ? BusinessCalendar.workingHours(ZoneId.of(timeZone), getWorkingDays(), workStart, workEnd, getHolidays())
                : BusinessCalendar.ALWAYS;
    }

    public void setTargets(ComplaintPriority priority, int firstMinutes, int resolutionMinutes) {
        switch (priority) {
            case URGENT -> { urgentFirstMinutes = firstMinutes; urgentResolutionMinutes = resolutionMinutes; }
            case HIGH -> { highFirstMinutes = firstMinutes; highResolutionMinutes = resolutionMinutes; }
            case NORMAL -> { normalFirstMinutes = firstMinutes; normalResolutionMinutes = resolutionMinutes; }
            case LOW -> { lowFirstMinutes = firstMinutes; lowResolutionMinutes = resolutionMinutes; }
        }
    }

    public Set<DayOfWeek> getWorkingDays() {
        if (workingDays == null || workingDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(workingDays.split(",")).map(String::trim).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public void setWorkingDays(Set<DayOfWeek> days) {
        this.workingDays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public Set<LocalDate> getHolidays() {
        if (holidays == null || holidays.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(holidays.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void setHolidays(Set<LocalDate> days) {
        this.holidays = days.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public BigDecimal getPlatinumFactor() { return platinumFactor; }
    public void setPlatinumFactor(BigDecimal platinumFactor) { this.platinumFactor = platinumFactor; }
    public BigDecimal getGoldFactor() { return goldFactor; }
    public void setGoldFactor(BigDecimal goldFactor) { this.goldFactor = goldFactor; }
    public boolean isBusinessHours() { return businessHours; }
    public void setBusinessHours(boolean businessHours) { this.businessHours = businessHours; }
    public LocalTime getWorkStart() { return workStart; }
    public void setWorkStart(LocalTime workStart) { this.workStart = workStart; }
    public LocalTime getWorkEnd() { return workEnd; }
    public void setWorkEnd(LocalTime workEnd) { this.workEnd = workEnd; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public int getWarningPercent() { return warningPercent; }
    public void setWarningPercent(int warningPercent) { this.warningPercent = warningPercent; }
    public int getReopenDays() { return reopenDays; }
    public void setReopenDays(int reopenDays) { this.reopenDays = reopenDays; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }

    public void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }
}
