package com.idic.crm.customization.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferLineInput;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.OfferTotals;
import com.idic.crm.segmentation.Tier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A tailored offer for a customization request. Its figures are kept with it (recomputed by
 * {@link OfferPricing} on every edit) so lists and the approval queue sort and show them without the lines.
 * A renegotiated offer is replaced by a new version in the same family; the old one stays as it was.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
    @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long requestId;
    private Long customerId;
    private String customerName;
    /** the first version's id, shared by all later versions; null on the first version itself */
    private Long familyId;
    private int versionNo;
    private Long previousVersionId;

    @Enumerated(EnumType.STRING)
    private OfferState state = OfferState.DRAFT;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    private LocalDate validUntil;
    private String notes;
    private String stateReason;
    private String author;
    private Instant createdAt;
    private Instant changedAt;
    private String decidedBy;

    private BigDecimal listTotal;
    private BigDecimal netTotal;
    private BigDecimal costTotal;
    private BigDecimal marginPercent;
    private BigDecimal maxDiscountPercent;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "offer_id", nullable = false)
    @OrderColumn(name = "position")
    private List<OfferLine> lines = new ArrayList<>();

    protected Offer() {
    }

    public Offer(Long requestId, Long customerId, String customerName, Tier tier, LocalDate validUntil, String author,
                 Instant createdAt) {
        this.requestId = requestId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.tier = tier;
        this.validUntil = validUntil;
        this.author = author;
        this.createdAt = createdAt;
        this.changedAt = createdAt;
        this.versionNo = 1;
        replaceLines(List.of());
    }

    /** The next version after a renegotiation: same request and lines, a draft again. */
    public Offer nextVersion(LocalDate validUntil, String author, Instant at) {
        Offer next = new Offer(requestId, customerId, customerName, tier, validUntil, author, at);
        next.familyId = getFamilyId();
        next.versionNo = versionNo + 1;
        next.previousVersionId = id;
        next.notes = notes;
        next.replaceLines(lines.stream().map(OfferLine::toInput).toList());
        return next;
    }

    public void edit(LocalDate validUntil, String notes, List<OfferLineInput> newLines) {
        state = OfferWorkflow.next(state, OfferAction.EDIT);
        this.validUntil = validUntil;
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
        replaceLines(newLines);
    }

    /** Takes a step of the workflow; the reason is kept for the steps that need one. */
    public OfferState step(OfferAction action, String reason, String by, Instant at) {
        OfferState from = state;
        state = OfferWorkflow.next(state, action);
        changedAt = at;
        if (action == OfferAction.REJECT || action == OfferAction.DECLINE || action == OfferAction.WITHDRAW) {
            stateReason = reason;
        }
        if (action == OfferAction.APPROVE || action == OfferAction.REJECT) {
            decidedBy = by;
        }
        if (action == OfferAction.SUBMIT_FOR_APPROVAL) {
            decidedBy = null;
            stateReason = null;
        }
        return from;
    }

    public void refuseIfEmpty() {
        if (lines.isEmpty()) {
            throw new CustomizationRefusedException("customization.refused.noLines");
        }
    }

    public void retier(Tier tier) {
        this.tier = tier;
    }

    private void replaceLines(List<OfferLineInput> newLines) {
        lines.clear();
        newLines.forEach(input -> lines.add(new OfferLine(input)));
        OfferTotals totals = totals();
        listTotal = totals.listTotal();
        netTotal = totals.netTotal();
        costTotal = totals.costTotal();
        marginPercent = totals.marginPercent();
        maxDiscountPercent = totals.maxDiscountPercent();
    }

    public OfferTotals totals() {
        return OfferPricing.totals(lineInputs());
    }

    public List<OfferLineInput> lineInputs() {
        return lines.stream().map(OfferLine::toInput).toList();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getRequestId() { return requestId; }
    public Long getCustomerId() { return customerId; }
    public String getCustomerName() { return customerName; }
    /** The first version's id; a first version has none stored and is its own family. */
    public Long getFamilyId() { return familyId == null ? id : familyId; }
    public int getVersionNo() { return versionNo; }
    public Long getPreviousVersionId() { return previousVersionId; }
    public OfferState getState() { return state; }
    public Tier getTier() { return tier; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getNotes() { return notes; }
    public String getStateReason() { return stateReason; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getChangedAt() { return changedAt; }
    public String getDecidedBy() { return decidedBy; }
    public BigDecimal getNetTotal() { return netTotal; }
    public BigDecimal getMarginPercent() { return marginPercent; }
}
