package com.idic.crm.customization.domain;

import java.time.Instant;

import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an offer's history: who did what when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "offer_event")
public class OfferEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_event_seq")
    @SequenceGenerator(name = "offer_event_seq", sequenceName = "offer_event_seq", allocationSize = 50)
    private Long id;

    private Long offerId;
    private Instant at;
    private String username;

    @Enumerated(EnumType.STRING)
    private OfferAction action;

    @Enumerated(EnumType.STRING)
    private OfferState fromState;

    @Enumerated(EnumType.STRING)
    private OfferState toState;

    private String note;

    protected OfferEvent() {
    }

    public OfferEvent(Long offerId, Instant at, String username, OfferAction action, OfferState fromState,
                      OfferState toState, String note) {
        this.offerId = offerId;
        this.at = at;
        this.username = username;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public Long getId() { return id; }
    public Long getOfferId() { return offerId; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public OfferAction getAction() { return action; }
    public OfferState getFromState() { return fromState; }
    public OfferState getToState() { return toState; }
    public String getNote() { return note; }
}
