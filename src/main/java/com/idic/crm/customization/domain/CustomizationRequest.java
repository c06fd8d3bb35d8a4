package com.idic.crm.customization.domain;

import java.time.Instant;
import java.time.LocalDate;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.NeedLevel;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.Tier;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer's individual need, in their words, on its way to an offer. The customer's tier and quadrant
 * are kept as they were when the request came in: the list filters on them without asking segmentation.
 */
@Entity
@Table(name = "customization_request")
public class CustomizationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customization_request_seq")
    @SequenceGenerator(name = "customization_request_seq", sequenceName = "customization_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotNull
    private Long customerId;

    @NotBlank
    @Size(max = 200)
    private String customerName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private NeedLevel needLevel;

    @NotBlank
    @Size(max = 4000)
    private String need;

    private LocalDate desiredDate;

    @Size(max = 200)
    private String requestedBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RequestSource source;

    private Long sourceId;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    private Quadrant quadrant;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CustomizationType suggestedType;

    @Enumerated(EnumType.STRING)
    private CustomizationType type;

    @Enumerated(EnumType.STRING)
    private DeliveryMeans deliveryMeans;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RequestState state = RequestState.SUBMITTED;

    @Size(max = 2000)
    private String decisionReason;

    @NotBlank
    @Size(max = 64)
    private String owner;

    @NotNull
    private Instant createdAt;

    private Instant decidedAt;

    protected CustomizationRequest() {
    }

    public CustomizationRequest(Long customerId, String customerName, NeedLevel needLevel, String need,
                                RequestSource source, String owner, Instant createdAt) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.needLevel = needLevel;
        this.need = need;
        this.source = source;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    /** The customer's value when the request came in, and the type it suggests. */
    public void valueAtSubmission(Tier tier, Quadrant quadrant) {
        this.tier = tier;
        this.quadrant = quadrant;
        this.suggestedType = TypeSuggestion.suggest(tier, quadrant);
    }

    public void startReview() {
        RequestWorkflow.check(state, RequestState.FEASIBILITY_REVIEW);
        state = RequestState.FEASIBILITY_REVIEW;
    }

    /** Feasible needs a type and a way to deliver it: the offer is built on both. */
    public void decideFeasible(Instant at) {
        RequestWorkflow.check(state, RequestState.FEASIBLE);
        if (type == null || deliveryMeans == null) {
            throw new CustomizationRefusedException("customization.refused.typeAndMeansNeeded");
        }
        state = RequestState.FEASIBLE;
        decidedAt = at;
    }

    /** Not feasible is final and the customer is told why: a reason is required. */
    public void decideNotFeasible(String reason, Instant at) {
        RequestWorkflow.check(state, RequestState.NOT_FEASIBLE);
        if (reason == null || reason.isBlank()) {
            throw new CustomizationRefusedException("customization.refused.reasonNeeded");
        }
        state = RequestState.NOT_FEASIBLE;
        decisionReason = reason.trim();
        decidedAt = at;
    }

    /** The marketer's choice; settled once the request is decided. */
    public void choose(CustomizationType type, DeliveryMeans deliveryMeans) {
        if (state == RequestState.FEASIBLE || state == RequestState.NOT_FEASIBLE) {
            throw new CustomizationRefusedException("customization.refused.decided");
        }
        this.type = type;
        this.deliveryMeans = deliveryMeans;
    }

    public void setDesiredDate(LocalDate desiredDate) { this.desiredDate = desiredDate; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getCustomerId() { return customerId; }
    public String getCustomerName() { return customerName; }
    public NeedLevel getNeedLevel() { return needLevel; }
    public String getNeed() { return need; }
    public LocalDate getDesiredDate() { return desiredDate; }
    public String getRequestedBy() { return requestedBy; }
    public RequestSource getSource() { return source; }
    public Long getSourceId() { return sourceId; }
    public Tier getTier() { return tier; }
    public Quadrant getQuadrant() { return quadrant; }
    public CustomizationType getSuggestedType() { return suggestedType; }
    public CustomizationType getType() { return type; }
    public DeliveryMeans getDeliveryMeans() { return deliveryMeans; }
    public RequestState getState() { return state; }
    public String getDecisionReason() { return decisionReason; }
    public String getOwner() { return owner; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
