package com.idic.crm.customization;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.customization.domain.RequestSpecifications;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.idic.crm.segmentation.CustomerScore;
import com.idic.crm.segmentation.SegmentationResults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Customization requests: anyone who hears a need takes it down, marketers and managers review and
 * decide it. Every step names the version the user saw; a step on a stale version is refused.
 */
@Service
@Validated
public class CustomizationService {

    private final CustomizationRequestRepository requests;
    private final CustomerService customers;
    private final SegmentationResults segmentation;
    private final Clock clock;

    CustomizationService(CustomizationRequestRepository requests, CustomerService customers,
                         SegmentationResults segmentation, Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.segmentation = segmentation;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public long submit(@NotNull @Valid NewRequest newRequest) {
        CustomerRow customer = customers.row(newRequest.customerId())
                .orElseThrow(() -> new CustomizationRefusedException("customization.refused.noCustomer"));
        if (newRequest.desiredDate() != null && newRequest.desiredDate().isBefore(java.time.LocalDate.now(clock))) {
            throw new CustomizationRefusedException("customization.refused.desiredDatePast");
        }
        CustomizationRequest request = new CustomizationRequest(customer.id(), customer.name(),
                newRequest.needLevel(), newRequest.need().trim(), newRequest.source(), CurrentUser.usernameOrSystem(),
                clock.instant());
        request.setDesiredDate(newRequest.desiredDate());
        request.setRequestedBy(blankToNull(newRequest.requestedBy()));
        request.setSourceId(newRequest.source().linksARecord() ? newRequest.sourceId() : null);
        Optional<CustomerScore> score = segmentation.latestScoreOf(customer.id());
        request.valueAtSubmission(score.map(CustomerScore::tier).orElse(null), score.map(CustomerScore::quadrant).orElse(null));
        return requests.save(request).getId();
    }

    /** One page of the list, newest first; no count query. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<RequestRow> page(@NotNull RequestFilter filter, @NotNull Pageable pageable) {
        PageRequest request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), listOrder(pageable.getSort()));
        return requests.findBy(RequestSpecifications.of(filter), query -> query.slice(request))
                .map(CustomizationService::toRow).getContent();
    }

    /**
     * The list's rows in its filter and order, up to {@code limit} after {@code last} (null = from the first):
     * keyset chunks for the export, each as cheap at the end of a long list as at its start.
     */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<RequestRow> chunkAfter(@NotNull RequestFilter filter, @NotNull Sort sort, RequestRow last, int limit) {
        Sort order = listOrder(sort);
        var rows = RequestSpecifications.of(filter);
        if (last != null) {
            rows = rows.and(RequestSpecifications.after(last.createdAt(), last.id(), order.iterator().next().isDescending()));
        }
        return requests.findBy(rows, query -> query.sortBy(order).limit(limit).all()).stream()
                .map(CustomizationService::toRow).toList();
    }

    /** Newest first unless the list asks for oldest first; the id breaks ties so no row repeats or is skipped. */
    private static Sort listOrder(Sort requested) {
        Sort sort = Sort.by(Sort.Direction.DESC, "createdAt", "id");
        for (Sort.Order order : requested) {
            if (!order.getProperty().equals("createdAt")) {
                throw new IllegalArgumentException("Requests cannot be sorted by " + order.getProperty());
            }
            sort = Sort.by(order.getDirection(), "createdAt", "id");
        }
        return sort;
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<RequestRow> find(long id) {
        return requests.findById(id).map(CustomizationService::toRow);
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<RequestRow> forCustomer(long customerId, int limit) {
        return requests.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, PageRequest.of(0, limit)).stream()
                .map(CustomizationService::toRow).toList();
    }

    /** Everyone who owns a request, for the owner filter. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> owners() {
        return requests.owners();
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public RequestRow startReview(long id, long seenVersion) {
        CustomizationRequest request = load(id, seenVersion);
        request.startReview();
        return toRow(requests.saveAndFlush(request));
    }

    /** The type and delivery means the marketer chose (the suggestion may be overridden). */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public RequestRow choose(long id, long seenVersion, CustomizationType type, DeliveryMeans deliveryMeans) {
        CustomizationRequest request = load(id, seenVersion);
        request.choose(type, deliveryMeans);
        return toRow(requests.saveAndFlush(request));
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public RequestRow decideFeasible(long id, long seenVersion) {
        CustomizationRequest request = load(id, seenVersion);
        request.decideFeasible(clock.instant());
        return toRow(requests.saveAndFlush(request));
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public RequestRow decideNotFeasible(long id, long seenVersion, String reason) {
        CustomizationRequest request = load(id, seenVersion);
        request.decideNotFeasible(reason, clock.instant());
        return toRow(requests.saveAndFlush(request));
    }

    private CustomizationRequest load(long id, long seenVersion) {
        CustomizationRequest request = requests.findById(id)
                .orElseThrow(() -> new CustomizationRefusedException("customization.refused.noRequest"));
        if (request.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CustomizationRequest.class, id);
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static RequestRow toRow(CustomizationRequest r) {
        return new RequestRow(r.getId(), r.getVersion(), r.getCustomerId(), r.getCustomerName(), r.getNeedLevel(),
                r.getNeed(), r.getDesiredDate(), r.getRequestedBy(), r.getSource(), r.getSourceId(), r.getTier(),
                r.getQuadrant(), r.getSuggestedType(), r.getType(), r.getDeliveryMeans(), r.getState(),
                r.getDecisionReason(), r.getOwner(), r.getCreatedAt(), r.getDecidedAt());
    }
}
