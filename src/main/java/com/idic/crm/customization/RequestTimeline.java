package com.idic.crm.customization;

import java.util.List;
import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer's customization requests on their timeline, one index range read per page. */
@Component
class RequestTimeline implements CustomerTimelineSource {

    private final CustomizationRequestRepository requests;
    private final CrmI18NProvider i18n;

    RequestTimeline(CustomizationRequestRepository requests, CrmI18NProvider i18n) {
        this.requests = requests;
        this.i18n = i18n;
    }

    @Override
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        PageRequest page = PageRequest.of(0, limit);
        return (after == null ? requests.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, page)
                : requests.timelineAfter(customerId, after.at(), after.id(), page)).stream()
                .map(request -> entry(request, locale)).toList();
    }

    private TimelineEntry entry(CustomizationRequest r, Locale locale) {
        return new TimelineEntry(r.getCreatedAt(), r.getId(), "request",
                i18n.getTranslation("customization.timeline.request", locale, r.getId(),
                        i18n.getTranslation("customization.requestState." + r.getState().name(), locale)),
                r.getNeed(), "customization/request/" + r.getId());
    }
}
