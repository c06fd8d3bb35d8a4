package com.idic.crm.complaint.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.RemedyType;
import com.idic.crm.complaint.SlaState;
import com.idic.crm.segmentation.Tier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;

/**
 * A customer's complaint on its way through the four steps, with both SLA clocks. The customer is held
 * by id so this feature does not reach into the customer feature's entities.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    private Long customerId;

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ComplaintPriority priority;

    private int priorityRank;

    /** The priority people set (intake, a deliberate change); the SLA targets follow it, not a raise by escalation. */
    @NotNull
    @Enumerated(EnumType.STRING)
    private ComplaintPriority slaPriority;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus resumeStatus;

    private Long categoryId;
    @Size(max = 200)
    private String productOrOrder;
    @Size(max = 2000)
    private String customerWants;
    @Enumerated(EnumType.STRING)
    private ComplaintSeverity severity;
    @Size(max = 2000)
    private String validityReason;
    @Enumerated(EnumType.STRING)
    private RemedyType remedyType;
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal remedyAmount;
    @Size(max = 2000)
    private String remedyNote;
    @Min(1)
    @Max(5)
    private Integer satisfaction;
    @Size(max = 2000)
    private String satisfactionComment;
    @Size(max = 64)
    private String assignee;
    @Enumerated(EnumType.STRING)
    private Tier valueTier;

    @NotNull
    private Instant receivedAt;
    private Instant firstResponseDue;
    /** A due date set by hand and when it was set; waits on the customer after that still move it. */
    private Instant firstResponseDueManual;
    private Instant firstResponseManualSetAt;
    private Instant firstResponseAt;
    @Enumerated(EnumType.STRING)
    private SlaState firstResponseSla = SlaState.ONGOING;
    private Instant resolutionDue;
    private Instant resolutionDueManual;
    private Instant resolutionManualSetAt;
    /**
     * The earliest warning instant (policy's share of the target) of the targets still on track, null when none is:
     * from then on the escalation job reads this complaint each pass.
     */
    private Instant slaCheckAt;
    private Instant resolvedAt;
    @Enumerated(EnumType.STRING)
    private SlaState resolutionSla = SlaState.ONGOING;
    private Instant closedAt;
    private boolean escalated;
    private Instant escalatedAt;
    private int reopenCount;
    private Instant lastReopenedAt;
    private Long duplicateOfId;
    @NotBlank
    private String createdBy;

    // a workbook reads complaints thousands at a time: their pauses in a few queries, not one per complaint
    @BatchSize(size = 500)
    @ElementCollection
    @CollectionTable(name = "complaint_sla_pause", joinColumns = @JoinColumn(name = "complaint_id"))
    private List<SlaPause> pauses = new ArrayList<>();

    protected Complaint() {
    }

    public Complaint(long customerId, String subject, String description, ComplaintChannel channel,
                     ComplaintPriority priority, Instant receivedAt, String createdBy) {
        this.customerId = customerId;
        this.subject = subject;
        this.description = description;
        this.channel = channel;
        setPriority(priority);
        this.slaPriority = priority;
        this.receivedAt = receivedAt;
        this.createdBy = createdBy;
    }

    /** Every pause as an interval for the SLA arithmetic. */
    public List<SlaPauseInterval> pauseIntervals() {
        return pauses.stream().map(SlaPause::interval).toList();
    }

    void startPause(Instant at) {
        pauses.add(new SlaPause(at));
    }

    void endPause(Instant at) {
        pauses.stream().filter(p -> p.getEndedAt() == null).forEach(p -> p.end(at));
    }

    public SlaClock firstResponseClock(SlaPolicy policy) {
        SlaClock byPolicy = new SlaClock(receivedAt, policy.firstResponseTarget(slaPriority, valueTier), policy.calendar(),
                pauseIntervals(), firstResponseAt);
        return firstResponseDueManual == null ? byPolicy : byPolicy.dueMovedTo(firstResponseDueManual, firstResponseManualSetAt);
    }

    public SlaClock resolutionClock(SlaPolicy policy) {
        SlaClock byPolicy = new SlaClock(receivedAt, policy.resolutionTarget(slaPriority, valueTier), policy.calendar(),
                pauseIntervals(), resolvedAt);
        return resolutionDueManual == null ? byPolicy : byPolicy.dueMovedTo(resolutionDueManual, resolutionManualSetAt);
    }

    void setFirstResponseDueManual(Instant due, Instant setAt) {
        this.firstResponseDueManual = due;
        this.firstResponseManualSetAt = setAt;
    }

    void setResolutionDueManual(Instant due, Instant setAt) {
        this.resolutionDueManual = due;
        this.resolutionManualSetAt = setAt;
    }

    /**
     * Stores both due dates as the policy, priority and pauses say now, and when the escalation job should first look
     * at the complaint. A target already met keeps its verdict, and a recorded breach stays a breach.
     */
    void recomputeSla(SlaPolicy policy, Instant now) {
        Instant firstWarn = null;
        Instant resolutionWarn = null;
        if (firstResponseSla != SlaState.MET) {
            SlaClock first = firstResponseClock(policy);
            firstResponseDue = first.due() != null ? first.due() : firstResponseDue;
            firstResponseSla = first.state(now, firstResponseSla == SlaState.BREACHED);
            firstWarn = first.dueOfShare(policy.getWarningPercent());
        }
        if (resolutionSla != SlaState.MET) {
            SlaClock resolution = resolutionClock(policy);
            resolutionDue = resolution.due() != null ? resolution.due() : resolutionDue;
            resolutionSla = resolution.state(now, resolutionSla == SlaState.BREACHED);
            resolutionWarn = resolution.dueOfShare(policy.getWarningPercent());
        }
        slaCheckAt = earliest(firstResponseSla == SlaState.ONGOING ? firstWarn : null,
                resolutionSla == SlaState.ONGOING ? resolutionWarn : null);
    }

    /**
     * A complaint from before the check instant was kept: V24 set it to the received instant (never a real warning
     * instant, as every target and warning share is above zero) so the escalation job stores the real one.
     */
    public boolean awaitsFirstCheckInstant() {
        return receivedAt.equals(slaCheckAt);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getCustomerId() { return customerId; }
    void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getSubject() { return subject; }
    void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public ComplaintChannel getChannel() { return channel; }
    public ComplaintPriority getPriority() { return priority; }
    void setPriority(ComplaintPriority priority) {
        this.priority = priority;
        this.priorityRank = priority.rank();
    }
    public ComplaintPriority getSlaPriority() { return slaPriority; }
    void setSlaPriority(ComplaintPriority slaPriority) { this.slaPriority = slaPriority; }
    public ComplaintStatus getStatus() { return status; }
    void setStatus(ComplaintStatus status) { this.status = status; }
    public ComplaintStatus getResumeStatus() { return resumeStatus; }
    void setResumeStatus(ComplaintStatus resumeStatus) { this.resumeStatus = resumeStatus; }
    public Long getCategoryId() { return categoryId; }
    void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public String getProductOrOrder() { return productOrOrder; }
    void setProductOrOrder(String productOrOrder) { this.productOrOrder = productOrOrder; }
    public String getCustomerWants() { return customerWants; }
    void setCustomerWants(String customerWants) { this.customerWants = customerWants; }
    public ComplaintSeverity getSeverity() { return severity; }
    void setSeverity(ComplaintSeverity severity) { this.severity = severity; }
    public String getValidityReason() { return validityReason; }
    void setValidityReason(String validityReason) { this.validityReason = validityReason; }
    public RemedyType getRemedyType() { return remedyType; }
    void setRemedyType(RemedyType remedyType) { this.remedyType = remedyType; }
    public BigDecimal getRemedyAmount() { return remedyAmount; }
    void setRemedyAmount(BigDecimal remedyAmount) { this.remedyAmount = remedyAmount; }
    public String getRemedyNote() { return remedyNote; }
    void setRemedyNote(String remedyNote) { this.remedyNote = remedyNote; }
    public Integer getSatisfaction() { return satisfaction; }
    void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
    public String getSatisfactionComment() { return satisfactionComment; }
    void setSatisfactionComment(String satisfactionComment) { this.satisfactionComment = satisfactionComment; }
    public String getAssignee() { return assignee; }
    void setAssignee(String assignee) { this.assignee = assignee; }
    public Tier getValueTier() { return valueTier; }
    /** The customer's value tier when the complaint came in; it sets the SLA factor for good. */
    public void assignTier(Tier valueTier) { this.valueTier = valueTier; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getFirstResponseDue() { return firstResponseDue; }
    public Instant getSlaCheckAt() { return slaCheckAt; }
    public Instant getFirstResponseDueManual() { return firstResponseDueManual; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    void setFirstResponseAt(Instant firstResponseAt) { this.firstResponseAt = firstResponseAt; }
    public SlaState getFirstResponseSla() { return firstResponseSla; }
    void setFirstResponseSla(SlaState state) { this.firstResponseSla = state; }
    public Instant getResolutionDue() { return resolutionDue; }
    public Instant getResolutionDueManual() { return resolutionDueManual; }
    public Instant getResolvedAt() { return resolvedAt; }
    void setResolvedAt(Instant resolvedAt) { this.resolvedAt = resolvedAt; }
    public SlaState getResolutionSla() { return resolutionSla; }
    void setResolutionSla(SlaState state) { this.resolutionSla = state; }
    public Instant getClosedAt() { return closedAt; }
    void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public boolean isEscalated() { return escalated; }
    public Instant getEscalatedAt() { return escalatedAt; }
    void escalate(Instant at) { this.escalated = true; this.escalatedAt = at; }
    public int getReopenCount() { return reopenCount; }
    public Instant getLastReopenedAt() { return lastReopenedAt; }
    void reopened(Instant at) { this.reopenCount++; this.lastReopenedAt = at; }
    public Long getDuplicateOfId() { return duplicateOfId; }
    void setDuplicateOfId(Long duplicateOfId) { this.duplicateOfId = duplicateOfId; }
    public String getCreatedBy() { return createdBy; }
    public List<SlaPause> getPauses() { return List.copyOf(pauses); }
}
