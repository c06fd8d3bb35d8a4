package com.idic.crm.customization;

import java.util.List;
import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.OfferRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer's offers on their timeline (when drafted, with their state now), one index range read per page. */
@Component
class OfferTimeline implements CustomerTimelineSource {

    private final OfferRepository offers;
    private final CrmI18NProvider i18n;

    OfferTimeline(OfferRepository offers, CrmI18NProvider i18n) {
        this.offers = offers;
        this.i18n = i18n;
    }

    @Override
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        PageRequest page = PageRequest.of(0, limit);
        return (after == null ? offers.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, page)
                : offers.timelineAfter(customerId, after.at(), after.id(), page)).stream()
                .map(offer -> entry(offer, locale)).toList();
    }

    private TimelineEntry entry(Offer o, Locale locale) {
        return new TimelineEntry(o.getCreatedAt(), o.getId(), "offer",
                i18n.getTranslation("customization.timeline.offer", locale, o.getId(), o.getVersionNo(),
                        i18n.getTranslation("offer.state." + o.getState().name(), locale)),
                Formats.money(o.getNetTotal(), locale), "customization/offer/" + o.getId());
    }
}
