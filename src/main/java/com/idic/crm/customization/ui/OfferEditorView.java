package com.idic.crm.customization.ui;

import java.time.Clock;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.catalog.CatalogFilter;
import com.idic.crm.catalog.CatalogItemRow;
import com.idic.crm.catalog.CatalogService;
import com.idic.crm.customization.ApprovalReason;
import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.LineNames;
import com.idic.crm.customization.Loyalty;
import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferDocument;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.PageRequest;
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
    final DatePicker validUntil = new DatePicker();
    private final LocalDate today;
    final TextArea notes = new TextArea();
    final ComboBox<CatalogItemRow> catalogPicker = new ComboBox<>();
    final Button addCustom = new Button(getTranslation("offer.addCustom"), VaadinIcon.PLUS.create());
    final Div conflict = new Div();
    final LoyaltyHint loyaltyHint = new LoyaltyHint(lines::add);
    final OfferHistoryPanel history = new OfferHistoryPanel();
    final OfferActions actions;

    private final OfferService offers;
    private final Loyalty loyalty;
    private final OfferApprovals approvals;
    private final Span title = new Span();
    private final Div facts = new Div();
    private OfferDetails offer;

    public OfferEditorView(OfferService offers, OfferApprovals approvals, CatalogService catalog, Loyalty loyalty,
                           Clock clock) {
        this.offers = offers;
        this.approvals = approvals;
        this.loyalty = loyalty;
        this.actions = new OfferActions(offers, approvals, this);
        addClassNames("view", "offer-editor");
        this.today = LocalDate.now(clock);
        validUntil.setLabel(getTranslation("offer.field.validUntil"));
        validUntil.setI18n(BuiltInTexts.datePicker(this).setMinErrorMessage(getTranslation("customization.refused.validityPast")));
        notes.setLabel(getTranslation("offer.field.notes"));
        notes.setMaxLength(4000);
        notes.setWidthFull();
        catalogPicker.setPlaceholder(getTranslation("offer.addFromCatalog"));
        catalogPicker.setItems(query -> catalog.page(new CatalogFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        catalogPicker.setItemLabelGenerator(item -> item.code() + " \u00b7 " + item.name(getLocale()));
        catalogPicker.setWidth("24rem");
        catalogPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                CatalogItemRow item = e.getValue();
                lines.add(EditableLine.ofItem(item.id(), item.code(), new LineNames(item.nameEn(), item.nameZh()), getLocale(),
                        item.listPrice(), item.unitCost()));
                catalogPicker.clear();
            }
        });
        addCustom.addClickListener(click -> lines.add(EditableLine.blankCustom()));
        conflict.addClassName("conflict-banner");
        conflict.setVisible(false);
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
        title.setText(getTranslation("offer.title", details.id(), details.versionNo(), details.customerName()));
        Span state = Badges.badge(getTranslation("offer.state." + details.state().name()), Badges.theme(details.state()));
        Div header = new Div(new H2(title), state, download(details));
        header.addClassName("view-header");
        showFacts(details);
        if (details.state() == OfferState.PENDING_APPROVAL && CurrentUser.hasRole(AppRoles.MANAGER)) {
            approvals.row(details.id()).ifPresent(row -> facts.add(new DecisionFacts(row)));
        }

        // a closed offer's validity lies in the past by nature: only a date the user can still change must be in the future
        validUntil.setMin(editable ? today : null);
        validUntil.setValue(details.validUntil());
        notes.setValue(details.notes() == null ? "" : details.notes());
        validUntil.setReadOnly(!editable);
        notes.setReadOnly(!editable);
        lines.show(details.lines().stream().map(EditableLine::of).toList(), editable);
        catalogPicker.setVisible(editable);
        addCustom.setVisible(editable);
        Div lineTools = new Div(catalogPicker, addCustom);
        lineTools.addClassName("line-tools");
        actions.show(details, editable);
        recompute();
        history.show(offers.history(details.id()));

        Div body = new Div(lines, totals);
        body.addClassName("offer-body");
        Div terms = new Div(validUntil, notes);
        terms.addClassName("offer-terms");
        loyaltyHint.show(editable && !lines.hasReward() ? loyalty.rewardFor(details.customerId()) : Optional.empty());
        add(header, facts, conflict, loyaltyHint, lineTools, body, terms, actions, new H3(getTranslation("offer.history.title")), history);
    }

    private Anchor download(OfferDetails details) {
        Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> offers.document(details.id(), locale)
                .map(document -> new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                        OfferDocument.XLSX, document.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("offer.download")));
        download.addClassName("offer-download");
        return download;
    }

    private void showFacts(OfferDetails details) {
        facts.removeAll();
        facts.addClassName("offer-facts");
        facts.add(new Anchor("customization/request/" + details.requestId(),
                getTranslation("offer.fact.request", details.requestId())));
        facts.add(new Span(getTranslation("offer.fact.author", details.author())));
        facts.add(new Span(getTranslation("offer.fact.tier", tierName())));
        if (details.previousVersionId() != null) {
            facts.add(new Anchor("customization/offer/" + details.previousVersionId(),
                    getTranslation("offer.fact.previous", details.versionNo() - 1)));
        }
        if (details.stateReason() != null) {
            Span reason = new Span(getTranslation("offer.fact.reason", details.stateReason()));
            reason.addClassName("state-reason");
            facts.add(reason);
        }
    }

    private String tierName() {
        return offer.tier() == null ? getTranslation("customization.unscored") : getTranslation("segments.tier." + offer.tier().name());
    }

    private void recompute() {
        if (offer == null) {
            return;
        }
        List<EditableLine> current = lines.lines();
        if (current.stream().allMatch(EditableLine::valid)) {
            var figures = OfferPricing.totals(current.stream().map(EditableLine::toInput).toList());
            List<ApprovalReason> reasons = ApprovalCheck.reasons(figures, offer.rule()).stream()
                    .map(reason -> ApprovalReason.valueOf(reason.name())).toList();
            totals.show(figures, offer.rule(), reasons, tierName());
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
        return new OfferDraft(validUntil.getValue(), notes.getValue(), lines.lines().stream().map(EditableLine::toInput).toList());
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
            showConflict();
        }
    }

    private void showConflict() {
        Notifications.conflict();
        conflict.removeAll();
        Button reload = new Button(getTranslation("action.reload"), click -> offers.find(offer.id()).ifPresent(this::show));
        conflict.add(new Span(getTranslation("offer.conflict")), reload);
        conflict.setVisible(true);
    }

    void open(long offerId) {
        getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, offerId));
    }

    @Override
    public String getPageTitle() {
        return (offer == null ? getTranslation("offer.editor") : title.getText()) + " · " + getTranslation("app.name");
    }
}
