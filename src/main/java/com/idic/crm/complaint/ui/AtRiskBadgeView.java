package com.idic.crm.complaint.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.AtRiskMark;
import com.idic.crm.complaint.AtRiskMarks;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolationException;

/**
 * The "At risk" badge with when and why it was set; the service desk and managers clear it from here with a
 * reason once a call-back went well.
 */
class AtRiskBadgeView extends Div {

    final Span badge = new Span();
    final Button clear = new Button();
    final Dialog dialog = new Dialog();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    private final transient AtRiskMarks marks;
    private AtRiskMark mark;

    AtRiskBadgeView(AtRiskMarks marks, AtRiskMark mark) {
        this.marks = marks;
        this.mark = mark;
        addClassName("at-risk");
        badge.getElement().setAttribute("theme", "badge error primary");
        clear.setText(getTranslation("complaint.atRisk.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setVisible(CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MANAGER));
        clear.addClickListener(click -> openDialog());
        buildDialog();
        show();
        add(badge, clear);
    }

    private void show() {
        String since = Formats.date(LocalDateTime.ofInstant(mark.since(), ZoneId.systemDefault()).toLocalDate(), getLocale());
        badge.setText(getTranslation("complaint.atRisk.badge", since));
        String tooltip = mark.satisfaction() == null ? getTranslation("complaint.atRisk.tooltipNoRating", mark.complaintId())
                : getTranslation("complaint.atRisk.tooltip", mark.complaintId(), mark.satisfaction());
        Tooltip.forComponent(badge).setText(tooltip);
        badge.getElement().setAttribute("aria-label", getTranslation("complaint.atRisk.badge", since) + ". " + tooltip);
    }

    private void buildDialog() {
        dialog.setHeaderTitle(getTranslation("complaint.atRisk.clearTitle"));
        reason.setLabel(getTranslation("complaint.atRisk.reason"));
        reason.setPlaceholder(getTranslation("complaint.atRisk.reasonPlaceholder"));
        reason.setMaxLength(AtRiskMarks.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        dialog.add(reason);
        dialog.setWidth("32rem");
        confirm.setText(getTranslation("complaint.atRisk.clear"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> clearNow());
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
    }

    private void openDialog() {
        reason.clear();
        reason.setInvalid(false);
        dialog.open();
    }

    private void clearNow() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("complaint.atRisk.reasonRequired"));
            reason.setInvalid(true);
            return;
        }
        try {
            marks.clear(mark.customerId(), mark.since(), reason.getValue());
        } catch (ConstraintViolationException e) {
            reason.setErrorMessage(getTranslation("complaint.atRisk.reasonTooLong", AtRiskMarks.REASON_MAX));
            reason.setInvalid(true);
            return;
        } catch (ComplaintRefusedException e) {
            dialog.close();
            Notifications.error(ComplaintTexts.refusal(this, e));
            marks.of(mark.customerId()).ifPresentOrElse(current -> {
                mark = current;
                show();
            }, this::removeFromParent);
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("complaint.atRisk.cleared"));
        removeFromParent();
    }
}
