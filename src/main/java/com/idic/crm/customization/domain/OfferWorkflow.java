package com.idic.crm.customization.domain;

import java.util.EnumMap;
import java.util.Map;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.OfferState;

import static com.idic.crm.customization.OfferAction.*;
import static com.idic.crm.customization.OfferState.*;

/**
 * The offer's states and the steps between them (issue 8). Which of two ways a draft leaves (straight to
 * SENT, or through PENDING_APPROVAL) depends on its figures and is decided by the caller; here only the
 * shape of the process lives.
 */
public final class OfferWorkflow {

    private static final Map<OfferAction, Map<OfferState, OfferState>> STEPS = new EnumMap<>(OfferAction.class);

    static {
        step(EDIT, DRAFT, DRAFT);
        step(EDIT, REJECTED_INTERNAL, DRAFT);
        step(SUBMIT_FOR_APPROVAL, DRAFT, PENDING_APPROVAL);
        step(SUBMIT_FOR_APPROVAL, REJECTED_INTERNAL, PENDING_APPROVAL);
        step(APPROVE, PENDING_APPROVAL, APPROVED);
        step(REJECT, PENDING_APPROVAL, REJECTED_INTERNAL);
        step(SEND, DRAFT, SENT);
        step(SEND, REJECTED_INTERNAL, SENT);
        step(SEND, APPROVED, SENT);
        step(ACCEPT, SENT, ACCEPTED);
        step(DECLINE, SENT, DECLINED);
        step(RENEGOTIATE, SENT, RENEGOTIATION);
        step(EXPIRE, SENT, EXPIRED);
        step(EXPIRE, APPROVED, EXPIRED);
        for (OfferState open : new OfferState[] {DRAFT, REJECTED_INTERNAL, PENDING_APPROVAL, APPROVED, SENT}) {
            step(WITHDRAW, open, WITHDRAWN);
        }
        step(START_DELIVERY, ACCEPTED, IN_DELIVERY);
        step(DELIVER, IN_DELIVERY, DELIVERED);
    }

    private OfferWorkflow() {
    }

    private static void step(OfferAction action, OfferState from, OfferState to) {
        STEPS.computeIfAbsent(action, a -> new EnumMap<>(OfferState.class)).put(from, to);
    }

    public static boolean allows(OfferState from, OfferAction action) {
        return STEPS.getOrDefault(action, Map.of()).containsKey(from);
    }

    /** The state after the action, or refused when the action is not possible in {@code from}. */
    public static OfferState next(OfferState from, OfferAction action) {
        OfferState to = STEPS.getOrDefault(action, Map.of()).get(from);
        if (to == null) {
            throw new CustomizationRefusedException("customization.refused.offerStep", action.name(), from.name());
        }
        return to;
    }
}
