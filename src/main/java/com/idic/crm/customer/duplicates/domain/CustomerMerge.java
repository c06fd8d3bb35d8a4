package com.idic.crm.customer.duplicates.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The audit record of one merge: who merged which duplicate into which record and when,
 * and what it changed on the customer records, so it can be undone exactly.
 */
@Entity
@Table(name = "customer_merge")
public class CustomerMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_merge_seq")
    @SequenceGenerator(name = "customer_merge_seq", sequenceName = "customer_merge_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long keptId;

    @Column(nullable = false)
    private Long mergedId;

    @Column(nullable = false)
    private String mergedBy;

    @Column(nullable = false)
    private LocalDateTime mergedAt;

    private String undoneBy;

    private LocalDateTime undoneAt;

    @ElementCollection
    @CollectionTable(name = "customer_merge_contact", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "contact_id")
    private Set<Long> movedContactIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "customer_merge_field", joinColumns = @JoinColumn(name = "merge_id"))
    private List<FilledField> filledFields = new ArrayList<>();

    protected CustomerMerge() {
    }

    public CustomerMerge(Long keptId, Long mergedId, MergePlan plan, String mergedBy, LocalDateTime mergedAt) {
        this.keptId = keptId;
        this.mergedId = mergedId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
        plan.contactsToMove().forEach(contact -> movedContactIds.add(contact.getId()));
        filledFields.addAll(plan.fills());
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public void markUndone(String by, LocalDateTime at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getKeptId() { return keptId; }
    public Long getMergedId() { return mergedId; }
    public String getMergedBy() { return mergedBy; }
    public LocalDateTime getMergedAt() { return mergedAt; }
    public String getUndoneBy() { return undoneBy; }
    public LocalDateTime getUndoneAt() { return undoneAt; }
    public Set<Long> getMovedContactIds() { return Set.copyOf(movedContactIds); }
    public List<FilledField> getFilledFields() { return List.copyOf(filledFields); }
}
