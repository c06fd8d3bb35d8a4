package com.idic.crm.complaint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The SLA policy as a manager edits it. Targets in minutes; the tier factors shorten them for platinum and
 * gold customers; the calendar is used only when {@code businessHours} is on.
 */
public record SlaSettings(
        long version,
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull Target> targets,
        @NotNull @DecimalMin(value = "0.05") @DecimalMax("1.00") BigDecimal platinumFactor,
        @NotNull @DecimalMin(value = "0.05") @DecimalMax("1.00") BigDecimal goldFactor,
        boolean businessHours,
        @NotEmpty Set<@NotNull DayOfWeek> workingDays,
        @NotNull LocalTime workStart,
        @NotNull LocalTime workEnd,
        @NotNull Set<@NotNull LocalDate> holidays,
        @NotNull String timeZone,
        @Min(1) @Max(99) int warningPercent,
        @Min(0) @Max(365) int reopenDays,
        String changedBy) {

    /** Minutes to the first response and to the resolution at one priority. */
    public record Target(@NotNull ComplaintPriority priority, @Min(1) @Max(100_000) int firstResponseMinutes,
                         @Min(1) @Max(100_000) int resolutionMinutes) {
    }

    public Target target(ComplaintPriority priority) {
        return targets.stream().filter(t -> t.priority() == priority).findFirst().orElseThrow();
    }
}
