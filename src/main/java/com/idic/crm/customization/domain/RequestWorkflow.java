package com.idic.crm.customization.domain;

import java.util.Map;
import java.util.Set;

import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.RequestState;

import static com.idic.crm.customization.RequestState.*;

/**
 * The steps of a customization request: submitted, reviewed for feasibility, then decided. Refusing a
 * step here (not only hiding a button) keeps the rule true for every caller.
 */
public final class RequestWorkflow {

    private static final Map<RequestState, Set<RequestState>> NEXT = Map.of(
            SUBMITTED, Set.of(FEASIBILITY_REVIEW),
            FEASIBILITY_REVIEW, Set.of(FEASIBLE, NOT_FEASIBLE),
            FEASIBLE, Set.of(),
            NOT_FEASIBLE, Set.of());

    private RequestWorkflow() {
    }

    public static boolean allows(RequestState from, RequestState to) {
        return NEXT.get(from).contains(to);
    }

    public static void check(RequestState from, RequestState to) {
        if (!allows(from, to)) {
            throw new CustomizationRefusedException("customization.refused.requestStep", from.name(), to.name());
        }
    }

    /** Offers are drafted only for a request judged feasible. */
    public static boolean offersAllowed(RequestState state) {
        return state == FEASIBLE;
    }
}
