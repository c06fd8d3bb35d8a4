package com.idic.crm.customization.ui;

import com.idic.crm.customization.OfferApprovals;
import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.OfferState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** The steps the offer's state and the user's role allow, as buttons; the service checks each again. */
class OfferActions extends Div {

    final Button save = new Button(getTranslation("action.save"));
    final Button submitForApproval = new Button(getTranslation("offer.action.SUBMIT_FOR_APPROVAL"));
    final Button send = new Button(getTranslation("offer.action.SEND"));
    final Button approve = new Button(getTranslation("offer.action.APPROVE"));
    final Button reject = new Button(getTranslation("offer.action.REJECT"));
    final Button accept = new Button(getTranslation("offer.action.ACCEPT"));
    final Button decline = new Button(getTranslation("offer.action.DECLINE"));
    final Button renegotiate = new Button(getTranslation("offer.action.RENEGOTIATE"));
    final Button startDelivery = new Button(getTranslation("offer.action.START_DELIVERY"));
    final Button deliver = new Button(getTranslation("offer.action.DELIVER"));
    final Button withdraw = new Button(getTranslation("offer.action.WITHDRAW"));

    OfferActions(OfferService offers, OfferApprovals approvals, OfferEditorView editor) {
        addClassName("actions");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitForApproval.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        save.addClickListener(click -> editor.act(() -> saved(offers, editor), "offer.saved"));
        submitForApproval.addClickListener(click -> editor.act(() -> {
            OfferDetails saved = saved(offers, editor);
            return offers.submitForApproval(saved.id(), saved.version());
        }, "offer.submitted"));
        send.addClickListener(click -> editor.act(() -> {
            OfferDetails current = editor.current().state().editable() ? saved(offers, editor) : editor.current();
            return offers.send(current.id(), current.version());
        }, "offer.sent"));
        approve.addClickListener(click -> editor.act(() -> approvals.approve(id(editor), version(editor)), "offer.approved"));
        reject.addClickListener(click -> new ReasonDialog(getTranslation("offer.action.REJECT"), getTranslation("offer.action.REJECT"),
                reason -> editor.act(() -> approvals.reject(id(editor), version(editor), reason), "offer.rejected")).open());
        accept.addClickListener(click -> editor.act(() -> offers.accept(id(editor), version(editor)), "offer.accepted"));
        decline.addClickListener(click -> new ReasonDialog(getTranslation("offer.action.DECLINE"), getTranslation("offer.action.DECLINE"),
                reason -> editor.act(() -> offers.decline(id(editor), version(editor), reason), "offer.saved")).open());
        withdraw.addClickListener(click -> new ReasonDialog(getTranslation("offer.action.WITHDRAW"), getTranslation("offer.action.WITHDRAW"),
                reason -> editor.act(() -> offers.withdraw(id(editor), version(editor), reason), "offer.saved")).open());
        renegotiate.addClickListener(click -> new ReasonDialog(getTranslation("offer.action.RENEGOTIATE"),
                getTranslation("offer.action.RENEGOTIATE"), reason -> editor.act(() -> {
                    long next = offers.renegotiate(id(editor), version(editor), reason);
                    editor.open(next);
                    return offers.find(next).orElseThrow();
                }, "offer.renegotiated")).open());
        startDelivery.addClickListener(click -> editor.act(() -> offers.startDelivery(id(editor), version(editor)), "offer.saved"));
        deliver.addClickListener(click -> editor.act(() -> offers.deliver(id(editor), version(editor)), "offer.saved"));
        add(save, submitForApproval, send, approve, reject, accept, decline, renegotiate, startDelivery, deliver, withdraw);
    }

    private static OfferDetails saved(OfferService offers, OfferEditorView editor) {
        return offers.saveDraft(id(editor), version(editor), editor.draft());
    }

    private static long id(OfferEditorView editor) {
        return editor.current().id();
    }

    private static long version(OfferEditorView editor) {
        return editor.current().version();
    }

    /** While a draft is edited, only the way out its figures allow is offered: send, or submit for approval. */
    void approvalNeeded(boolean needed) {
        if (save.isVisible()) {
            submitForApproval.setVisible(needed);
            send.setVisible(!needed);
        }
    }

    void show(OfferDetails offer, boolean editable) {
        boolean marketing = CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.MANAGER);
        boolean mayApprove = CurrentUser.hasRole(AppRoles.MANAGER)
                && !offer.author().equals(CurrentUser.username().orElse(""));
        OfferState state = offer.state();
        save.setVisible(editable);
        submitForApproval.setVisible(editable);
        send.setVisible(marketing && (editable || state == OfferState.APPROVED));
        approve.setVisible(mayApprove && state == OfferState.PENDING_APPROVAL);
        reject.setVisible(mayApprove && state == OfferState.PENDING_APPROVAL);
        accept.setVisible(marketing && state == OfferState.SENT);
        decline.setVisible(marketing && state == OfferState.SENT);
        renegotiate.setVisible(marketing && state == OfferState.SENT);
        startDelivery.setVisible(marketing && state == OfferState.ACCEPTED);
        deliver.setVisible(marketing && state == OfferState.IN_DELIVERY);
        withdraw.setVisible(marketing && (editable || state == OfferState.PENDING_APPROVAL
                || state == OfferState.APPROVED || state == OfferState.SENT));
    }
}
