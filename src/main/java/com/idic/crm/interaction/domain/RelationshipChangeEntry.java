package com.idic.crm.interaction.domain;

import java.time.LocalDateTime;

import com.idic.crm.interaction.RelationshipLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a customer's relationship level; appended, never changed (hence no version). */
@Entity
@Table(name = "relationship_change")
public class RelationshipChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;

    @Enumerated(EnumType.STRING)
    private RelationshipLevel oldLevel;

    @Enumerated(EnumType.STRING)
    private RelationshipLevel newLevel;

    private String changedBy;

    private LocalDateTime changedAt;

    protected RelationshipChangeEntry() {
    }

    public RelationshipChangeEntry(long customerId, RelationshipLevel oldLevel, RelationshipLevel newLevel,
                                   String changedBy, LocalDateTime changedAt) {
        this.customerId = customerId;
        this.oldLevel = oldLevel;
        this.newLevel = newLevel;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public RelationshipLevel getOldLevel() { return oldLevel; }
    public RelationshipLevel getNewLevel() { return newLevel; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
}
