package com.idic.crm.complaint.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import com.idic.crm.complaint.ComplaintAction;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintSeverity;
import com.idic.crm.complaint.ComplaintStep;
import com.idic.crm.complaint.RemedyType;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Asks for what one workflow step needs (the key points, the reason, the remedy, the satisfaction ...)
 * and hands the finished step to the page. Missing or bad input is marked on the field; nothing is sent.
 */
class StepDialog extends Dialog {

    final ComplaintAction action;
    final Select<ComplaintCategoryRow> category = new Select<>();
    final TextField productOrOrder = new TextField();
    final TextArea text = new TextArea();
    final Select<ComplaintSeverity> severity = new Select<>();
    final Select<RemedyType> remedy = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final Select<Integer> satisfaction = new Select<>();
    final IntegerField survivor = new IntegerField();
    final Button confirm = new Button();

    StepDialog(ComplaintAction action, ComplaintDetails complaint, List<ComplaintCategoryRow> categories,
               Consumer<ComplaintStep> done) {
        this.action = action;
        setHeaderTitle(ComplaintTexts.of(this, action));
        setWidth("36rem");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        text.setMaxLength(ComplaintStep.NOTE_MAX);
        text.setMinHeight("6rem");
        text.setLabel(getTranslation(textLabel(action)));
        switch (action) {
            case RECORD -> {
                category.setLabel(getTranslation("complaint.field.category"));
                category.setItems(categories.stream().filter(ComplaintCategoryRow::active).toList());
                category.setItemLabelGenerator(c -> c.label(getLocale()));
                categories.stream().filter(c -> c.id() == (complaint.categoryId() == null ? -1 : complaint.categoryId()))
                        .findFirst().ifPresent(category::setValue);
                productOrOrder.setLabel(getTranslation("complaint.field.productOrOrder"));
                productOrOrder.setMaxLength(200);
                severity.setLabel(getTranslation("complaint.field.severity"));
                severity.setItems(ComplaintSeverity.values());
                severity.setItemLabelGenerator(s -> ComplaintTexts.of(this, s));
                form.add(category, productOrOrder, text, severity);
            }
            case PROPOSE_SOLUTION -> {
                remedy.setLabel(getTranslation("complaint.field.remedyType"));
                remedy.setItems(RemedyType.values());
                remedy.setItemLabelGenerator(r -> ComplaintTexts.of(this, r));
                amount.setLabel(getTranslation("complaint.field.remedyAmount"));
                amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("\u00a5"));
                form.add(remedy, amount, text);
            }
            case FOLLOW_UP -> {
                satisfaction.setLabel(getTranslation("complaint.field.satisfaction"));
                satisfaction.setItems(5, 4, 3, 2, 1);
                satisfaction.setItemLabelGenerator(n -> getTranslation("complaint.satisfaction." + n));
                form.add(satisfaction, text);
            }
            case MARK_DUPLICATE -> {
                survivor.setLabel(getTranslation("complaint.field.survivor"));
                survivor.setMin(1);
                form.add(survivor);
            }
            default -> form.add(text);
        }
        add(form);
        confirm.setText(ComplaintTexts.of(this, action));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            ComplaintStep step = step();
            if (step != null) {
                done.accept(step);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private static String textLabel(ComplaintAction action) {
        return switch (action) {
            case RECORD -> "complaint.field.customerWants";
            case JUDGE_INVALID -> "complaint.field.validityReason";
            case FOLLOW_UP -> "complaint.field.satisfactionComment";
            case WAIT_FOR_CUSTOMER -> "complaint.field.waitingFor";
            case REOPEN -> "complaint.field.reopenReason";
            case CUSTOMER_DECLINES -> "complaint.field.declineReason";
            default -> "complaint.field.note";
        };
    }

    /** The step, or null after marking what is missing. */
    ComplaintStep step() {
        String value = text.getValue() == null ? "" : text.getValue().trim();
        return switch (action) {
            case RECORD -> required(category) & required(severity) & requiredText()
                    ? new ComplaintStep.Record(category.getValue().id(), productOrOrder.getValue(), value, severity.getValue()) : null;
            case JUDGE_VALID -> new ComplaintStep.JudgeValid(value);
            case JUDGE_INVALID -> requiredText() ? new ComplaintStep.JudgeInvalid(value) : null;
            case PROPOSE_SOLUTION -> required(remedy) & amountOk()
                    ? new ComplaintStep.ProposeSolution(remedy.getValue(), amount.getValue(), value) : null;
            case CUSTOMER_ACCEPTS -> new ComplaintStep.CustomerAccepts(value);
            case CUSTOMER_DECLINES -> requiredText() ? new ComplaintStep.CustomerDeclines(value) : null;
            case RESOLVE -> new ComplaintStep.Resolve(value);
            case FOLLOW_UP -> required(satisfaction) ? new ComplaintStep.FollowUp(satisfaction.getValue(), value) : null;
            case CLOSE -> new ComplaintStep.Close(value);
            case WAIT_FOR_CUSTOMER -> requiredText() ? new ComplaintStep.WaitForCustomer(value) : null;
            case CUSTOMER_REPLIED -> new ComplaintStep.CustomerReplied(value);
            case MARK_DUPLICATE -> required(survivor) ? new ComplaintStep.MarkDuplicate(survivor.getValue().longValue()) : null;
            case REOPEN -> requiredText() ? new ComplaintStep.Reopen(value) : null;
        };
    }

    private boolean requiredText() {
        boolean ok = text.getValue() != null && !text.getValue().isBlank();
        text.setInvalid(!ok);
        text.setErrorMessage(ok ? null : getTranslation("complaint.validation.required"));
        return ok;
    }

    private <V, C extends com.vaadin.flow.component.Component & HasValue<?, V> & com.vaadin.flow.component.HasValidation>
    boolean required(C field) {
        boolean ok = field.getValue() != null;
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : getTranslation("complaint.validation.required"));
        return ok;
    }

    private boolean amountOk() {
        BigDecimal value = amount.getValue();
        boolean ok = value == null || (value.signum() >= 0 && value.scale() <= 2);
        amount.setInvalid(!ok);
        amount.setErrorMessage(ok ? null : getTranslation("complaint.validation.amount"));
        return ok;
    }
}
