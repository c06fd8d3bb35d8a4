package com.idic.crm.interaction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The customer's timeline: every feature's {@link CustomerTimelineSource} merged, newest first, a page
 * at a time. The sources are taken in a fixed order (by class) so a cursor stays valid between pages.
 */
@Service
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
public class CustomerTimeline {

    public static final int MAX_PAGE = 200;

    private final TimelineMerge merge;

    CustomerTimeline(ObjectProvider<CustomerTimelineSource> sources) {
        this.merge = new TimelineMerge(sources.orderedStream()
                .sorted(Comparator.comparing(source -> AopUtils.getTargetClass(source).getName()))
                .toList());
    }

    /** The page after {@code cursor} ({@link TimelineCursor#START} for the newest), texts in {@code locale}. */
    public TimelinePage page(long customerId, TimelineCursor cursor, int size, Locale locale) {
        return merge.page(customerId, cursor, Math.min(size, MAX_PAGE), locale);
    }
}
