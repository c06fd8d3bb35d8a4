package com.idic.crm.customization;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.domain.CustomizationRequest;
import com.idic.crm.customization.domain.CustomizationRequestRepository;
import com.idic.crm.customization.domain.Offer;
import com.idic.crm.customization.domain.RequestWorkflow;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Offers from draft to delivery, for marketers and managers; everyone reads them. Each step names the
 * version the user saw, is checked by {@link com.idic.crm.customization.domain.OfferWorkflow} and written to
 * the offer's history. Approvals are {@link OfferApprovals}.
 */
@Service
@Validated
public class OfferService {

    /** A new offer is valid this long unless the marketer sets another date. */
    public static final int DEFAULT_VALIDITY_DAYS = 30;

    private final OfferStore store;
    private final CustomizationRequestRepository requests;
    private final OfferOrders orders;
    private final CrmI18NProvider i18n;
    private final CatalogService catalog;

    OfferService(OfferStore store, CustomizationRequestRepository requests, OfferOrders orders, CrmI18NProvider i18n,
                 CatalogService catalog) {
        this.store = store;
        this.requests = requests;
        this.orders = orders;
        this.i18n = i18n;
        this.catalog = catalog;
    }

    /** A new, empty draft for a feasible request; returns its id. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public long draft(long requestId) {
        CustomizationRequest request = requests.findById(requestId)
                .orElseThrow(() -> new CustomizationRefusedException("customization.refused.noRequest"));
        if (!RequestWorkflow.offersAllowed(request.getState())) {
            throw new CustomizationRefusedException("customization.refused.requestNotFeasible");
        }
        Offer offer = store.offers.save(new Offer(request.getId(), request.getCustomerId(), request.getCustomerName(),
                store.currentTier(request.getCustomerId()), today().plusDays(DEFAULT_VALIDITY_DAYS),
                CurrentUser.usernameOrSystem(), store.clock.instant()));
        store.record(offer, OfferAction.CREATE, null, null);
        return offer.getId();
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OfferDetails> find(long id) {
        return store.offers.findWithLines(id).map(store::details);
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<OfferRow> forRequest(long requestId) {
        return store.offers.findByRequestIdOrderByIdDesc(requestId).stream().map(OfferStore::row).toList();
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<OfferRow> forCustomer(long customerId, int limit) {
        return store.offers.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, PageRequest.of(0, limit)).stream()
                .map(OfferStore::row).toList();
    }

    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<OfferHistoryEntry> history(long offerId) {
        return store.events.findByOfferIdOrderByAtAscIdAsc(offerId).stream()
                .map(e -> new OfferHistoryEntry(e.getAt(), e.getUsername(), e.getAction(), e.getFromState(), e.getToState(), e.getNote()))
                .toList();
    }

    /** The one-page XLSX for the customer, in the given language; without our cost and margin. */
    @RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OfferDocument> document(long id, Locale locale) {
        return find(id).map(offer -> new OfferWorkbook(i18n, locale).write(offer));
    }

    /** Saves the marketer's lines, validity and notes; refused as a whole when anything is wrong. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails saveDraft(long id, long seenVersion, @NotNull @Valid OfferDraft draft) {
        Offer offer = store.load(id, seenVersion);
        refuseIfPast(draft.validUntil());
        OfferState from = offer.getState();
        offer.edit(draft.validUntil(), draft.notes(), withCatalogNames(draft.lines()));
        Offer saved = store.offers.saveAndFlush(offer);
        store.record(saved, OfferAction.EDIT, from, OfferStore.summary(saved));
        return store.details(saved);
    }

    /** Only an offer beyond the tier's rule goes to a manager; one within it is sent directly. */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails submitForApproval(long id, long seenVersion) {
        Offer offer = readyToLeave(id, seenVersion);
        List<ApprovalReason> reasons = store.reasons(offer);
        if (reasons.isEmpty()) {
            throw new CustomizationRefusedException("customization.refused.approvalNotNeeded");
        }
        return step(offer, OfferAction.SUBMIT_FOR_APPROVAL,
                String.join(",", reasons.stream().map(ApprovalReason::name).toList()));
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails send(long id, long seenVersion) {
        Offer offer = readyToLeave(id, seenVersion);
        if (offer.getState() != OfferState.APPROVED && !store.reasons(offer).isEmpty()) {
            throw new CustomizationRefusedException("customization.refused.approvalNeeded");
        }
        return step(offer, OfferAction.SEND, null);
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails accept(long id, long seenVersion) {
        Offer offer = store.load(id, seenVersion);
        OfferDetails accepted = step(offer, OfferAction.ACCEPT, null);
        List<String> numbers = orders.record(offer);
        store.record(offer, OfferAction.CREATE_ORDERS, offer.getState(), String.join(", ", numbers));
        return accepted;
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails decline(long id, long seenVersion, String reason) {
        return step(store.load(id, seenVersion), OfferAction.DECLINE, required(reason));
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails withdraw(long id, long seenVersion, String reason) {
        return step(store.load(id, seenVersion), OfferAction.WITHDRAW, required(reason));
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails startDelivery(long id, long seenVersion) {
        return step(store.load(id, seenVersion), OfferAction.START_DELIVERY, null);
    }

    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public OfferDetails deliver(long id, long seenVersion) {
        return step(store.load(id, seenVersion), OfferAction.DELIVER, null);
    }

    /**
     * The customer wants to talk again: this version is closed (kept read-only) and a new draft version
     * with the same lines is returned, valid for the default time from today.
     */
    @RolesAllowed({AppRoles.MARKETER, AppRoles.MANAGER})
    @Transactional
    public long renegotiate(long id, long seenVersion, String reason) {
        Offer old = store.load(id, seenVersion);
        OfferState from = old.step(OfferAction.RENEGOTIATE, null, CurrentUser.usernameOrSystem(), store.clock.instant());
        store.offers.saveAndFlush(old);
        Offer next = store.offers.save(old.nextVersion(today().plusDays(DEFAULT_VALIDITY_DAYS),
                CurrentUser.usernameOrSystem(), store.clock.instant()));
        store.record(old, OfferAction.RENEGOTIATE, from, required(reason));
        store.record(next, OfferAction.CREATE, null, OfferHistoryNote.join(old.getVersionNo(), next.getVersionNo()));
        return next.getId();
    }

    /** A catalog line reads as the catalog names its item now, whatever the caller sent; other lines have no names. */
    private List<OfferLineInput> withCatalogNames(List<OfferLineInput> lines) {
        return lines.stream().map(line -> line.withNames(line.catalogItemId() == null || line.reward() ? null
                : catalog.find(line.catalogItemId()).map(item -> new LineNames(item.nameEn(), item.nameZh()))
                        .orElseThrow(() -> new CustomizationRefusedException("customization.refused.noCatalogItem"))))
                .toList();
    }

    private Offer readyToLeave(long id, long seenVersion) {
        Offer offer = store.load(id, seenVersion);
        offer.refuseIfEmpty();
        refuseIfPast(offer.getValidUntil());
        offer.retier(store.currentTier(offer.getCustomerId()));
        return offer;
    }

    private OfferDetails step(Offer offer, OfferAction action, String note) {
        OfferState from = offer.step(action, note, CurrentUser.usernameOrSystem(), store.clock.instant());
        Offer saved = store.offers.saveAndFlush(offer);
        store.record(saved, action, from, note);
        return store.details(saved);
    }

    private void refuseIfPast(LocalDate validUntil) {
        if (validUntil.isBefore(today())) {
            throw new CustomizationRefusedException("customization.refused.validityPast");
        }
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CustomizationRefusedException("customization.refused.reasonNeeded");
        }
        return reason.trim();
    }

    private LocalDate today() {
        return LocalDate.now(store.clock);
    }
}
