package com.idic.crm.complaint.ui;

import java.util.function.LongConsumer;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.customer.CustomerFilter;
import com.idic.crm.customer.CustomerRow;
import com.idic.crm.customer.CustomerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.springframework.data.domain.PageRequest;

/**
 * Step 1, listen: who complains, about what, how it reached us, how urgent. Opened from the complaint
 * list (customer chosen here) or from the customer page (customer given).
 */
class NewComplaintDialog extends Dialog {

    final ComboBox<CustomerRow> customer = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea description = new TextArea();
    final Select<ComplaintChannel> channel = new Select<>();
    final Select<ComplaintPriority> priority = new Select<>();
    final Button save = new Button();

    private final Binder<Draft> binder = new Binder<>();
    private final Long fixedCustomerId;

    /** The form's values; a plain bean so the binder can hold half-filled input. */
    static final class Draft {
        CustomerRow customer;
        String subject = "";
        String description = "";
        ComplaintChannel channel = ComplaintChannel.PHONE;
        ComplaintPriority priority = ComplaintPriority.NORMAL;
    }

    NewComplaintDialog(ComplaintService service, CustomerService customers, Long fixedCustomerId, LongConsumer created) {
        this.fixedCustomerId = fixedCustomerId;
        setHeaderTitle(getTranslation("complaint.new.title"));
        setWidth("40rem");
        customer.setLabel(getTranslation("complaint.field.customer"));
        customer.setItems(query -> customers.page(new CustomerFilter(query.getFilter().orElse(""), null, null, null, null, null,
                null, false), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        customer.setItemLabelGenerator(row -> row.region() == null ? row.name() : row.name() + " \u00b7 " + row.region());
        customer.setPlaceholder(getTranslation("complaint.new.customerSearch"));
        subject.setLabel(getTranslation("complaint.field.subject"));
        subject.setMaxLength(200);
        description.setLabel(getTranslation("complaint.field.description"));
        description.setMaxLength(4000);
        description.setMinHeight("8rem");
        channel.setLabel(getTranslation("complaint.field.channel"));
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(c -> ComplaintTexts.of(this, c));
        priority.setLabel(getTranslation("complaint.field.priority"));
        priority.setItems(ComplaintPriority.values());
        priority.setItemLabelGenerator(p -> ComplaintTexts.of(this, p));

        if (fixedCustomerId == null) {
            binder.forField(customer).asRequired(getTranslation("complaint.new.customerRequired"))
                    .bind(d -> d.customer, (d, v) -> d.customer = v);
        }
        binder.forField(subject).asRequired(getTranslation("complaint.validation.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("complaint.validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("complaint.validation.tooLong", 200), 0, 200))
                .bind(d -> d.subject, (d, v) -> d.subject = v);
        binder.forField(description).asRequired(getTranslation("complaint.validation.required"))
                .withValidator(v -> !v.isBlank(), getTranslation("complaint.validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("complaint.validation.tooLong", 4000), 0, 4000))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(channel).asRequired().bind(d -> d.channel, (d, v) -> d.channel = v);
        binder.forField(priority).asRequired().bind(d -> d.priority, (d, v) -> d.priority = v);
        binder.readBean(new Draft());

        FormLayout form = new FormLayout();
        if (fixedCustomerId == null) {
            form.add(customer, 2);
        }
        form.add(subject, 2);
        form.add(description, 2);
        form.add(channel, priority);
        add(form);

        save.setText(getTranslation("complaint.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(service, created));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(ComplaintService service, LongConsumer created) {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        long customerId = fixedCustomerId != null ? fixedCustomerId : draft.customer.id();
        try {
            long id = service.create(new NewComplaint(customerId, draft.subject.trim(), draft.description.trim(), draft.channel,
                    draft.priority));
            close();
            Notifications.success(getTranslation("complaint.new.done", id));
            created.accept(id);
        } catch (ComplaintRefusedException e) {
            Notifications.error(ComplaintTexts.refusal(this, e));
        }
    }
}
