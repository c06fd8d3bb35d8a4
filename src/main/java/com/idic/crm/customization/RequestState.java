package com.idic.crm.customization;

/** Where a customization request stands; FEASIBLE and NOT_FEASIBLE are decisions and final. */
public enum RequestState {
    SUBMITTED, FEASIBILITY_REVIEW, FEASIBLE, NOT_FEASIBLE
}
