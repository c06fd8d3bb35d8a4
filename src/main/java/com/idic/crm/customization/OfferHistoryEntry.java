package com.idic.crm.customization;

import java.time.Instant;

/** One line of an offer's history: who, when, what, from which state to which, and why. */
public record OfferHistoryEntry(Instant at, String username, OfferAction action, OfferState fromState,
                                OfferState toState, String note) {
}
