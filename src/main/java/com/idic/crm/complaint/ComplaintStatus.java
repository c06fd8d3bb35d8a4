package com.idic.crm.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint is in the four steps of DOMAIN.md section 3: listen (RECEIVED), record and judge
 * (RECORDED, then VALID or INVALID), propose a solution (SOLUTION_PROPOSED, SOLUTION_ACCEPTED, RESOLVED),
 * follow up (FOLLOWED_UP, CLOSED). WAITING_ON_CUSTOMER and DUPLICATE are side states.
 */
public enum ComplaintStatus {
    RECEIVED, RECORDED, VALID, INVALID, SOLUTION_PROPOSED, SOLUTION_ACCEPTED, RESOLVED, FOLLOWED_UP, CLOSED,
    WAITING_ON_CUSTOMER, DUPLICATE;

    /** States in which nobody has to act any more (the resolution clock has stopped). */
    public static final Set<ComplaintStatus> FINISHED = EnumSet.of(INVALID, RESOLVED, FOLLOWED_UP, CLOSED, DUPLICATE);

    public boolean isOpen() {
        return !FINISHED.contains(this);
    }

    /** The step of the four (1..4) the state belongs to; side states belong to none (0). */
    public int step() {
        return switch (this) {
            case RECEIVED -> 1;
            case RECORDED, VALID, INVALID -> 2;
            case SOLUTION_PROPOSED, SOLUTION_ACCEPTED, RESOLVED -> 3;
            case FOLLOWED_UP, CLOSED -> 4;
            case WAITING_ON_CUSTOMER, DUPLICATE -> 0;
        };
    }
}
