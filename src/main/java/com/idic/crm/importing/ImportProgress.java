package com.idic.crm.importing;

/** Told how far an import got: first every row is checked, then (if all are good) saved. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { CHECKING, SAVING }

    ImportProgress NONE = (phase, done, total) -> { };

    /** {@code total} is -1 while it is not known yet (during the check). */
    void update(Phase phase, long done, long total);
}
