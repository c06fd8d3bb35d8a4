package com.idic.crm.security.domain;

import java.time.LocalDateTime;

import com.idic.crm.security.SecurityEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entry of the security event log; written once, never changed (hence no version). */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SecurityEventType type;

    @Column(nullable = false, length = 128)
    private String actor;

    @Column(length = 200)
    private String subject;

    @Column(length = 500)
    private String detail;

    @Column(length = 64)
    private String remoteAddress;

    protected SecurityEvent() {
    }

    public SecurityEvent(LocalDateTime occurredAt, SecurityEventType type, String actor, String subject,
                         String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = cut(actor, 128);
        this.subject = cut(subject, 200);
        this.detail = cut(detail, 500);
        this.remoteAddress = cut(remoteAddress, 64);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
