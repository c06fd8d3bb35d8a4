package com.idic.crm.interaction.domain;

import java.time.LocalDateTime;

import com.idic.crm.interaction.RelationshipLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;

/** The relationship level currently kept with one customer. */
@Entity
@Table(name = "customer_relationship")
public class CustomerRelationship {

    @Id
    private Long customerId;

    /** Boxed: null tells Spring Data the row is new although its id (the customer's) is set. */
    @Version
    private Long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RelationshipLevel level;

    @NotNull
    private String changedBy;

    @NotNull
    private LocalDateTime changedAt;

    protected CustomerRelationship() {
    }

    public CustomerRelationship(long customerId) {
        this.customerId = customerId;
        this.level = RelationshipLevel.BASIC;
    }

    public void change(RelationshipLevel level, String by, LocalDateTime at) {
        this.level = level;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getCustomerId() { return customerId; }
    public long getVersion() { return version == null ? 0 : version; }
    public RelationshipLevel getLevel() { return level; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
}
