package com.idic.crm.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.idic.crm.complaint.domain.Complaint;
import com.idic.crm.complaint.domain.ComplaintCategoryRepository;
import com.idic.crm.complaint.domain.ComplaintHistoryEntry;
import com.idic.crm.complaint.domain.ComplaintHistoryRepository;
import com.idic.crm.complaint.domain.ComplaintLookups;
import com.idic.crm.complaint.domain.ComplaintProcess;
import com.idic.crm.complaint.domain.ComplaintRepository;
import com.idic.crm.complaint.domain.SlaPolicy;
import com.idic.crm.complaint.domain.SlaPolicyRepository;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import com.idic.crm.segmentation.Tier;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Processing complaints: taking one in, the workflow steps, assignment, priority, notes. Every change is
 * checked against the version the caller saw (a stale change is refused with
 * {@link ObjectOptimisticLockingFailureException}, nothing saved) and written to the complaint's history.
 * The service desk and managers process complaints; marketers and administrators only read them.
 */
@Service
@Validated
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER})
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final ComplaintHistoryRepository history;
    private final ComplaintCategoryRepository categories;
    private final SlaPolicyRepository policies;
    private final ComplaintLookups lookups;
    private final SegmentationResults segmentation;
    private final ClosedLoop closedLoop;
    private final Clock clock;
    private final boolean autoAssign;

    ComplaintService(ComplaintRepository complaints, ComplaintHistoryRepository history,
                     ComplaintCategoryRepository categories, SlaPolicyRepository policies, ComplaintLookups lookups,
                     SegmentationResults segmentation, ClosedLoop closedLoop, Clock clock,
                     @Value("${crm.complaint.auto-assign:false}") boolean autoAssign) {
        this.complaints = complaints;
        this.history = history;
        this.categories = categories;
        this.policies = policies;
        this.lookups = lookups;
        this.segmentation = segmentation;
        this.closedLoop = closedLoop;
        this.clock = clock;
        this.autoAssign = autoAssign;
    }

    /**
     * Step 1: the complaint is taken in. Its SLA targets follow its priority and the customer's value tier
     * from the latest segmentation run (kept with the complaint, so later runs do not move its clocks).
     */
    @Transactional
    public long create(@NotNull @Valid NewComplaint newComplaint) {
        return receive(newComplaint, CurrentUser.usernameOrSystem());
    }

    /** Step 1 for a caller whose own role check already passed (the intake API); {@code createdBy} names the source. */
    @PermitAll // package-private: reached only through create() and ComplaintIntakeService, each with its own roles
    long receive(NewComplaint newComplaint, String createdBy) {
        lookups.activeCustomerName(newComplaint.customerId())
                .orElseThrow(() -> new ComplaintRefusedException("complaint.refused.unknownCustomer", newComplaint.customerId()));
        Instant now = clock.instant();
        Complaint complaint = new Complaint(newComplaint.customerId(), newComplaint.subject().trim(),
                newComplaint.description().trim(), newComplaint.channel(), newComplaint.priority(), now, createdBy);
        ComplaintProcess process = new ComplaintProcess(policy(), now, createdBy);
        // read as the system: an API client may take complaints in without the right to read segmentation results
        complaint.assignTier(SystemAuthentication.call(() -> tierOf(newComplaint.customerId())));
        process.receive(complaint);
        complaints.saveAndFlush(complaint);
        history.save(process.created(complaint));
        if (autoAssign) {
            lookups.leastBusyAgent().ifPresent(agent -> history.saveAll(process.assign(complaint, agent)));
        }
        return complaint.getId();
    }

    @Transactional
    public ComplaintDetails perform(long id, long seenVersion, @NotNull @Valid ComplaintStep step) {
        Complaint complaint = load(id, seenVersion);
        if (step instanceof ComplaintStep.MarkDuplicate duplicate) {
            checkSurvivor(complaint, duplicate.survivingComplaintId());
        }
        if (step instanceof ComplaintStep.Record record && categories.findById(record.categoryId()).isEmpty()) {
            throw new ComplaintRefusedException("complaint.refused.unknownCategory");
        }
        Instant now = clock.instant();
        List<ComplaintHistoryEntry> lines = process(now).perform(complaint, step);
        Complaint saved = complaints.saveAndFlush(complaint);
        history.saveAll(lines);
        if (step instanceof ComplaintStep.FollowUp followUp) {
            closedLoop.followedUp(saved, followUp.satisfaction(), now);
        }
        return details(saved, now);
    }

    /** "Take it": the signed-in user becomes the assignee. */
    @Transactional
    public ComplaintDetails take(long id, long seenVersion) {
        // whoever may call this processes complaints; the role check on the method is the check
        return assignTo(load(id, seenVersion), CurrentUser.usernameOrSystem());
    }

    /** Assigns to a colleague who processes complaints; null puts it back in the unassigned queue. */
    @Transactional
    public ComplaintDetails assign(long id, long seenVersion, String assignee) {
        Complaint complaint = load(id, seenVersion);
        if (assignee != null && !lookups.agents().contains(assignee)) {
            throw new ComplaintRefusedException("complaint.refused.unknownAssignee", assignee);
        }
        return assignTo(complaint, assignee);
    }

    private ComplaintDetails assignTo(Complaint complaint, String assignee) {
        Instant now = clock.instant();
        history.saveAll(process(now).assign(complaint, assignee));
        return details(complaints.saveAndFlush(complaint), now);
    }

    /** Balanced assignment: to the service-desk colleague with the fewest open complaints. */
    @Transactional
    public ComplaintDetails assignBalanced(long id, long seenVersion) {
        String agent = lookups.leastBusyAgent().orElseThrow(() -> new ComplaintRefusedException("complaint.refused.noAgent"));
        return assign(id, seenVersion, agent);
    }

    @Transactional
    public ComplaintDetails changePriority(long id, long seenVersion, @NotNull ComplaintPriority priority,
                                          @Size(max = ComplaintStep.NOTE_MAX) String note) {
        Complaint complaint = load(id, seenVersion);
        Instant now = clock.instant();
        history.saveAll(process(now).changePriority(complaint, priority, note));
        return details(complaints.saveAndFlush(complaint), now);
    }

    /**
     * Sets due dates by hand (e.g. the date agreed with the customer), with a reason for the history. The complaint's
     * assignee or a manager may; the SLA clocks, warnings and breaches follow the new due dates, and a later policy
     * change keeps them. Refused, nothing saved, for a due date not in the future, a target already reached, or a
     * complaint that is finished or waiting on the customer.
     */
    @Transactional
    public ComplaintDetails overrideDue(long id, long seenVersion, @NotNull @Valid DueOverride override) {
        Complaint complaint = load(id, seenVersion);
        if (!mayOverrideDue(complaint.getAssignee())) {
            throw new ComplaintRefusedException("complaint.refused.dueNotAssignee");
        }
        Instant now = clock.instant();
        history.saveAll(process(now).overrideDue(complaint, override));
        return details(complaints.saveAndFlush(complaint), now);
    }

    /** Whether the signed-in user may set a due date by hand on a complaint with this assignee. */
    public static boolean mayOverrideDue(String assignee) {
        return CurrentUser.hasRole(AppRoles.MANAGER)
                || CurrentUser.hasRole(AppRoles.SERVICE_DESK) && CurrentUser.usernameOrSystem().equals(assignee);
    }

    @Transactional
    public ComplaintDetails editDetails(long id, long seenVersion, @NotBlank @Size(max = 200) String subject,
                                        @NotBlank @Size(max = 4000) String description) {
        Complaint complaint = load(id, seenVersion);
        Instant now = clock.instant();
        history.saveAll(process(now).editDetails(complaint, subject, description));
        return details(complaints.saveAndFlush(complaint), now);
    }

    /** A note on the history; it changes nothing else, so it needs no version. */
    @Transactional
    public void addNote(long id, @NotBlank @Size(max = ComplaintStep.NOTE_MAX) String text) {
        Complaint complaint = complaints.findById(id)
                .orElseThrow(() -> new ComplaintRefusedException("complaint.refused.notFound", id));
        history.save(process(clock.instant()).note(complaint, text));
    }

    /** The call-back to an unhappy customer was made: it leaves the follow-up list and the history says who called. */
    @Transactional
    public void completeCallBack(long complaintId) {
        Instant now = clock.instant();
        int done = closedLoop.complete(complaintId, now);
        if (done == 0) {
            throw new ComplaintRefusedException("complaint.refused.noCallBack", complaintId);
        }
    }

    private void checkSurvivor(Complaint complaint, long survivorId) {
        Optional<Complaint> survivor = complaints.findById(survivorId);
        if (survivorId == complaint.getId() || survivor.isEmpty()
                || survivor.get().getStatus() == ComplaintStatus.DUPLICATE) {
            throw new ComplaintRefusedException("complaint.refused.survivor", survivorId);
        }
    }

    private Complaint load(long id, long seenVersion) {
        Complaint complaint = complaints.findById(id)
                .orElseThrow(() -> new ComplaintRefusedException("complaint.refused.notFound", id));
        if (complaint.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Complaint.class, id);
        }
        return complaint;
    }

    private Tier tierOf(long customerId) {
        return segmentation.latestScoreOf(customerId).map(CustomerScore::tier).orElse(null);
    }

    private ComplaintProcess process(Instant now) {
        return new ComplaintProcess(policy(), now, CurrentUser.usernameOrSystem());
    }

    private SlaPolicy policy() {
        return policies.findById(SlaPolicy.ID).orElseThrow();
    }

    private ComplaintDetails details(Complaint complaint, Instant now) {
        String name = lookups.customerNames(List.of(complaint.getCustomerId()))
                .getOrDefault(complaint.getCustomerId(), "#" + complaint.getCustomerId());
        return ComplaintViews.details(complaint, name, policy(), now);
    }
}
