package com.idic.crm.archfixture;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** A writer guarded as the rule asks: on the class, with one method deliberately open. */
@RolesAllowed("ADMIN")
public class GuardedSampleWriter {

    public void write() {
    }

    @PermitAll // a fixture: shows that a deliberate exception passes
    public int count() {
        return 0;
    }
}
