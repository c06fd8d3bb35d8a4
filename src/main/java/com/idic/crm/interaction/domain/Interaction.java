package com.idic.crm.interaction.domain;

import java.time.LocalDateTime;

import com.idic.crm.interaction.ContactCorrection;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.Direction;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.NewInteraction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contact with a customer (DOMAIN.md section 3). The customer is held by id, as orders hold theirs. */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull
    private Long customerId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private InteractionChannel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Direction direction;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    @NotBlank
    @Size(max = NewInteraction.MAX_SUMMARY)
    private String summary;

    @NotBlank
    @Size(max = 64)
    private String handledBy;

    @NotNull
    private LocalDateTime occurredAt;

    @NotNull
    @Column(updatable = false)
    private LocalDateTime recordedAt;

    protected Interaction() {
    }

    public Interaction(NewInteraction contact, String handledBy, LocalDateTime recordedAt) {
        this.customerId = contact.customerId();
        this.channel = contact.channel();
        this.direction = contact.direction();
        this.contentType = contact.contentType();
        this.summary = contact.summary().strip();
        this.occurredAt = contact.occurredAt();
        this.handledBy = handledBy;
        this.recordedAt = recordedAt;
    }

    /** Replaces what was recorded; who handled the contact and when it was first recorded stay. */
    public void correct(ContactCorrection correction) {
        this.channel = correction.channel();
        this.direction = correction.direction();
        this.contentType = correction.contentType();
        this.summary = correction.summary().strip();
        this.occurredAt = correction.occurredAt();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getCustomerId() { return customerId; }
    public InteractionChannel getChannel() { return channel; }
    public Direction getDirection() { return direction; }
    public ContentType getContentType() { return contentType; }
    public String getSummary() { return summary; }
    public String getHandledBy() { return handledBy; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
