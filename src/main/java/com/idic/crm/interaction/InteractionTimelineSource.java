package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.customer.CustomerTimelineSource;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.interaction.domain.Interaction;
import com.idic.crm.interaction.domain.InteractionRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer's contacts on the timeline: "Phone, incoming · Opinion or suggestion" over the summary. */
@Component
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
class InteractionTimelineSource implements CustomerTimelineSource {

    static final String KIND = "interaction";
    static final int DETAIL_LENGTH = 240;

    private final InteractionRepository interactions;
    private final CrmI18NProvider i18n;
    private final ZoneId zone;

    InteractionTimelineSource(InteractionRepository interactions, CrmI18NProvider i18n, Clock clock) {
        this.interactions = interactions;
        this.i18n = i18n;
        this.zone = clock.getZone();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long customerId, TimelineEntry.Position after, int limit, Locale locale) {
        List<Interaction> page = after == null ? interactions.newestFirst(customerId, Limit.of(limit))
                : interactions.newestFirstAfter(customerId, LocalDateTime.ofInstant(after.at(), zone), after.id(), Limit.of(limit));
        return page.stream().map(i -> entry(i, locale)).toList();
    }

    private TimelineEntry entry(Interaction i, Locale locale) {
        String title = i18n.getTranslation("timeline.interaction.title", locale,
                i18n.getTranslation("interaction.channel." + i.getChannel().name(), locale),
                i18n.getTranslation("interaction.direction." + i.getDirection().name(), locale),
                i18n.getTranslation("interaction.content." + i.getContentType().name(), locale));
        String summary = i.getSummary().length() > DETAIL_LENGTH ? i.getSummary().substring(0, DETAIL_LENGTH) + "\u2026" : i.getSummary();
        String detail = i18n.getTranslation("timeline.interaction.detail", locale, summary, i.getHandledBy());
        return new TimelineEntry(i.getOccurredAt().atZone(zone).toInstant(), i.getId(), KIND, title, detail, null);
    }
}
