package com.idic.crm.complaint;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintCategory;
import com.idic.crm.complaint.domain.ComplaintCategoryRepository;
import com.idic.crm.complaint.domain.ComplaintProcess;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The SLA policy and the category list: everyone who handles complaints reads them; only a manager changes them. */
@Service
@Validated
public class SlaPolicyService {

    private final SlaPolicyRepository policies;
    private final ComplaintRepository complaints;
    private final ComplaintCategoryRepository categories;
    private final Clock clock;

    SlaPolicyService(SlaPolicyRepository policies, ComplaintRepository complaints, ComplaintCategoryRepository categories,
                     Clock clock) {
        this.policies = policies;
        this.categories = categories;
        this.complaints = complaints;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public SlaSettings current() {
        SlaPolicy p = policies.findById(SlaPolicy.ID).orElseThrow();
        return new SlaSettings(p.getVersion(), Arrays.stream(ComplaintPriority.values())
                .map(pr -> new SlaSettings.Target(pr, p.firstResponseMinutes(pr), p.resolutionMinutes(pr))).toList(),
                p.getPlatinumFactor(), p.getGoldFactor(), p.isBusinessHours(), p.getWorkingDays(), p.getWorkStart(),
                p.getWorkEnd(), p.getHolidays(), p.getTimeZone(), p.getWarningPercent(), p.getReopenDays(), p.getChangedBy());
    }

    /**
     * Saves the policy and moves the due dates of every open complaint to it (pauses and recorded breaches
     * are kept). Refused if someone saved the policy since {@code settings.version()}.
     */
    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public SlaSettings save(@NotNull @Valid SlaSettings settings) {
        checkCalendar(settings);
        SlaPolicy policy = policies.findById(SlaPolicy.ID).orElseThrow();
        if (policy.getVersion() != settings.version()) {
            throw new ObjectOptimisticLockingFailureException(SlaPolicy.class, SlaPolicy.ID);
        }
        for (ComplaintPriority priority : ComplaintPriority.values()) {
            SlaSettings.Target target = settings.target(priority);
            policy.setTargets(priority, target.firstResponseMinutes(), target.resolutionMinutes());
        }
        policy.setPlatinumFactor(settings.platinumFactor());
        policy.setGoldFactor(settings.goldFactor());
        policy.setBusinessHours(settings.businessHours());
        policy.setWorkingDays(settings.workingDays());
        policy.setWorkStart(settings.workStart());
        policy.setWorkEnd(settings.workEnd());
        policy.setHolidays(settings.holidays());
        policy.setTimeZone(settings.timeZone());
        policy.setWarningPercent(settings.warningPercent());
        policy.setReopenDays(settings.reopenDays());
        Instant now = clock.instant();
        policy.changed(CurrentUser.usernameOrSystem(), now);
        policies.saveAndFlush(policy);
        ComplaintProcess process = new ComplaintProcess(policy, now, CurrentUser.usernameOrSystem());
        for (Complaint complaint : complaints.findOpen(ComplaintStatus.FINISHED.stream().toList())) {
            process.recompute(complaint);
        }
        return current();
    }

    /** Adds a category at the end of the list. */
    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public void addCategory(@NotBlank @Size(max = 100) String labelEn, @NotBlank @Size(max = 100) String labelZh) {
        int position = categories.findAllByOrderByPositionAscIdAsc().stream().mapToInt(ComplaintCategory::getPosition).max().orElse(0);
        categories.save(new ComplaintCategory(labelEn.trim(), labelZh.trim(), position + 1));
    }

    /**
     * Renames a category or takes it off the list for new complaints (complaints keep theirs); refused if someone
     * changed it since {@code seen.version()}.
     */
    @RolesAllowed(AppRoles.MANAGER)
    @Transactional
    public void saveCategory(@NotNull ComplaintCategoryRow seen, @NotBlank @Size(max = 100) String labelEn,
                             @NotBlank @Size(max = 100) String labelZh, boolean active) {
        ComplaintCategory category = categories.findById(seen.id()).orElseThrow(() -> new ComplaintRefusedException("complaint.refused.unknownCategory"));
        if (category.getVersion() != seen.version()) {
            throw new ObjectOptimisticLockingFailureException(ComplaintCategory.class, seen.id());
        }
        category.setLabelEn(labelEn.trim());
        category.setLabelZh(labelZh.trim());
        category.setActive(active);
        categories.saveAndFlush(category);
    }

    private static void checkCalendar(SlaSettings settings) {
        if (!settings.workStart().isBefore(settings.workEnd())) {
            throw new ComplaintRefusedException("sla.refused.hours");
        }
        Set<ComplaintPriority> given = EnumSet.noneOf(ComplaintPriority.class);
        settings.targets().forEach(t -> given.add(t.priority()));
        if (given.size() != ComplaintPriority.values().length) {
            throw new ComplaintRefusedException("sla.refused.targets");
        }
        try {
            ZoneId.of(settings.timeZone());
        } catch (DateTimeException e) {
            throw new ComplaintRefusedException("sla.refused.zone", settings.timeZone());
        }
    }
}
