package com.idic.crm.archfixture;

/** A service someone forgot to guard: {@code ArchitectureTest} must refuse it (not a bean, so no context sees it). */
public class UnguardedSampleService {

    public String everyoneMayCallThis() {
        return "oops";
    }
}
