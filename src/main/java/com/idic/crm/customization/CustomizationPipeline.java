package com.idic.crm.customization;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.idic.crm.customization.domain.PipelineRepository;
import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Read-only access to the whole customization pipeline for reports: requests of a submission window and
 * the offers made for them, read in chunks by key so a report never holds more than one chunk.
 */
@Service
@Validated
public class CustomizationPipeline {

    /** The customer's answers to an offer: the times the pipeline measures "to decision" by. */
    private static final Set<OfferAction> ANSWERS = Set.of(OfferAction.ACCEPT, OfferAction.DECLINE);

    private final PipelineRepository pipeline;
    private final Clock clock;

    CustomizationPipeline(PipelineRepository pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** Up to {@code limit} requests after {@code last} (null = from the first), oldest submission first. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<PipelineRequest> requestsAfter(@NotNull PipelineFilter filter, PipelineRequest last, int limit) {
        Instant start = start(filter);
        return pipeline.requests(start, end(filter), filter.tier(), filter.owner(),
                last == null ? start : last.createdAt(), last == null ? -1 : last.id(), ANSWERS, PageRequest.of(0, limit));
    }

    /** Up to {@code limit} offers of the filter's requests after {@code last} (null = from the first), by id. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<PipelineOffer> offersAfter(@NotNull PipelineFilter filter, PipelineOffer last, int limit) {
        return pipeline.offers(start(filter), end(filter), filter.tier(), filter.owner(), last == null ? -1 : last.id(),
                OfferAction.SEND, ANSWERS, PageRequest.of(0, limit));
    }

    private Instant start(PipelineFilter filter) {
        return filter.from().atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(PipelineFilter filter) {
        return filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
