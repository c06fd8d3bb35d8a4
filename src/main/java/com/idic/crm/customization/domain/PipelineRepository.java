package com.idic.crm.customization.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.idic.crm.customization.OfferAction;
import com.idic.crm.customization.PipelineOffer;
import com.idic.crm.customization.PipelineRequest;
import com.idic.crm.segmentation.Tier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The pipeline report's reads: requests of a submission window and their offers, in keyset-paged chunks
 * (requests by submission time and id, offers by id), each row with the times the report measures.
 */
public interface PipelineRepository extends Repository<CustomizationRequest, Long> {

    @Query("""
            select new com.idic.crm.customization.PipelineRequest(r.id, r.createdAt, r.customerName, r.needLevel,
                r.source, r.tier, r.quadrant, r.type, r.deliveryMeans, r.state, r.decidedAt, r.owner,
                (select count(o) from Offer o where o.requestId = r.id),
                (select min(o.createdAt) from Offer o where o.requestId = r.id),
                (select min(e.at) from OfferEvent e join Offer a on a.id = e.offerId
                  where a.requestId = r.id and e.action in :answers))
            from CustomizationRequest r
            where r.createdAt >= :start and r.createdAt < :end
              and (:tier is null or r.tier = :tier) and (:owner is null or r.owner = :owner)
              and (r.createdAt > :afterAt or (r.createdAt = :afterAt and r.id > :afterId))
            order by r.createdAt, r.id""")
    List<PipelineRequest> requests(Instant start, Instant end, Tier tier, String owner, Instant afterAt, long afterId,
                                   Collection<OfferAction> answers, Pageable limit);

    @Query("""
            select new com.idic.crm.customization.PipelineOffer(o.id, o.versionNo, r.id, r.createdAt, o.customerName,
                r.type, r.tier, r.owner, o.author, o.state, o.createdAt,
                (select min(s.at) from OfferEvent s where s.offerId = o.id and s.action = :send),
                (select min(e.at) from OfferEvent e where e.offerId = o.id and e.action in :answers),
                o.listTotal, o.netTotal, o.costTotal, o.marginPercent)
            from Offer o join CustomizationRequest r on r.id = o.requestId
            where r.createdAt >= :start and r.createdAt < :end
              and (:tier is null or r.tier = :tier) and (:owner is null or r.owner = :owner)
              and o.id > :afterId
            order by o.id""")
    List<PipelineOffer> offers(Instant start, Instant end, Tier tier, String owner, long afterId, OfferAction send,
                               Collection<OfferAction> answers, Pageable limit);
}
