package com.idic.crm.customization.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.ApprovalReason;
import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.Loyalty;
import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferDraft;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.OfferState;
import com.idic.crm.customization.domain.ApprovalCheck;
import com.idic.crm.customization.domain.OfferPricing;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The offer editor: lines from the catalog or free custom lines, edited in place with live totals and the
 * tier's approval rule beside them; the steps the offer's state allows; its history. A conflicting save
 * keeps the user's lines on screen and offers to reload.
 */
@Route("customization/offer")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customization.css")
public class OfferEditorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final LineItemsGrid lines = new LineItemsGrid(this::recompute);
    final TotalsPanel totals = new TotalsPanel();
    final LoyaltyHint loyaltyHint = new LoyaltyHint(lines::add);
    final OfferHistoryPanel history = new OfferHistoryPanel();
    final ConflictBanner conflict = new ConflictBanner();
    final OfferActions actions;
    private final OfferHeader header;
    private final OfferFacts facts;
    private final LineTools lineTools;
    private final OfferTerms terms;
    // the parts tests and the actions reach directly
    final ComboBox<CatalogItemRow> catalogPicker;
    final Button addCustom;
    final DatePicker validUntil;

    private final OfferService offers;
    private final Loyalty loyalty;
    private OfferDetails offer;

    public OfferEditorView(OfferService offers, OfferApprovals approvals, CatalogService catalog, Loyalty loyalty,
                           Clock clock) {
        this.offers = offers;
        this.loyalty = loyalty;
        this.actions = new OfferActions(offers, approvals, this);
        this.header = new OfferHeader(offers);
        this.facts = new OfferFacts(approvals);
        this.lineTools = new LineTools(catalog, lines::add);
        this.terms = new OfferTerms(LocalDate.now(clock));
        this.catalogPicker = lineTools.catalogPicker;
        this.addCustom = lineTools.addCustom;
        this.validUntil = terms.validUntil;
        addClassNames("view", "offer-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        offers.find(id).ifPresentOrElse(this::show, () -> {
            removeAll();
            add(new H2(getTranslation("offer.notFound")));
        });
    }

    void show(OfferDetails details) {
        offer = details;
        removeAll();
        conflict.setVisible(false);
        boolean editable = details.state().editable() && (CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.MANAGER));
        header.show(details);
        facts.show(details);
        terms.show(details, editable);
        lines.show(details.lines().stream().map(EditableLine::of).toList(), editable);
        lineTools.show(editable);
        actions.show(details, editable);
        recompute();
        history.show(offers.history(details.id()));

        Div body = new Div(lines, totals);
        body.addClassName("offer-body");
        loyaltyHint.show(editable && !lines.hasReward() ? loyalty.rewardFor(details.customerId()) : Optional.empty());
        add(header, facts, conflict, loyaltyHint, lineTools, body, terms, actions, new H3(getTranslation("offer.history.title")), history);
    }

    /** Figures and the approval rule's verdict as the lines stand now; nothing while a line is incomplete. */
    private void recompute() {
        if (offer == null) {
            return;
        }
        List<EditableLine> current = lines.lines();
        if (current.stream().allMatch(EditableLine::valid)) {
            var figures = OfferPricing.totals(current.stream().map(EditableLine::toInput).toList());
            List<ApprovalReason> reasons = ApprovalCheck.reasons(figures, offer.rule()).stream()
                    .map(reason -> ApprovalReason.valueOf(reason.name())).toList();
            totals.show(figures, offer.rule(), reasons, OfferFacts.tierName(this, offer.tier()));
            if (!offer.state().editable() && offer.state() != OfferState.PENDING_APPROVAL) {
                totals.showDecision(offer.decidedBy());
            }
            actions.approvalNeeded(!reasons.isEmpty());
            totals.removeClassName("stale");
        } else {
            totals.addClassName("stale");
        }
    }

    OfferDraft draft() {
        return new OfferDraft(terms.validUntil.getValue(), terms.notes.getValue(),
                lines.lines().stream().map(EditableLine::toInput).toList());
    }

    OfferDetails current() {
        return offer;
    }

    /** Runs a step; a refusal or conflict leaves everything the user entered on screen. */
    void act(Supplier<OfferDetails> step, String successKey) {
        try {
            show(step.get());
            Notifications.success(getTranslation(successKey));
        } catch (CustomizationRefusedException e) {
            Refusals.show(e);
        } catch (ConstraintViolationException e) {
            Refusals.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.conflict();
            conflict.show(() -> offers.find(offer.id()).ifPresent(this::show));
        }
    }

    void open(long offerId) {
        getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, offerId));
    }

    @Override
    public String getPageTitle() {
        return (offer == null ? getTranslation("offer.editor") : header.title()) + " · " + getTranslation("app.name");
    }
}
