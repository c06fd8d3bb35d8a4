package com.idic.crm.complaint.domain;

import java.time.Instant;

import com.idic.crm.complaint.HistoryKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a complaint's history: who changed what, when, from what to what, and why. Never edited. */
@Entity
@Table(name = "complaint_history")
public class ComplaintHistoryEntry {

    private static final int VALUE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long complaintId;
    private Instant at;
    private String username;
    @Enumerated(EnumType.STRING)
    private HistoryKind kind;
    private String field;
    private String fromValue;
    private String toValue;
    private String note;

    protected ComplaintHistoryEntry() {
    }

    public ComplaintHistoryEntry(long complaintId, Instant at, String username, HistoryKind kind, String field,
                                 Object from, Object to, String note) {
        this.complaintId = complaintId;
        this.at = at;
        this.username = username;
        this.kind = kind;
        this.field = field;
        this.fromValue = shortened(from);
        this.toValue = shortened(to);
        this.note = note;
    }

    private static String shortened(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX - 1) + "\u2026";
    }

    public Long getId() { return id; }
    public long getComplaintId() { return complaintId; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public HistoryKind getKind() { return kind; }
    public String getField() { return field; }
    public String getFromValue() { return fromValue; }
    public String getToValue() { return toValue; }
    public String getNote() { return note; }
}
