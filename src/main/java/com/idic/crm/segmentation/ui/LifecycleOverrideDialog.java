package com.idic.crm.segmentation.ui;

import java.util.List;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.segmentation.LifecycleOverride;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.SegmentationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Sets the customer's lifecycle stage by hand, with a reason, or goes back to the derived stage. */
class LifecycleOverrideDialog extends Dialog {

    final Select<LifecycleStage> stage = new Select<>();
    final TextArea reason = new TextArea();

    LifecycleOverrideDialog(SegmentationService runs, long customerId, LifecycleOverride current, LifecycleStage computed,
                            Runnable onChanged) {
        setHeaderTitle(getTranslation("segments.override.title"));
        stage.setLabel(getTranslation("segments.override.stage"));
        stage.setItems(List.of(LifecycleStage.values()));
        stage.setItemLabelGenerator(s -> getTranslation("segments.stage." + s.name()));
        stage.setValue(current != null ? current.stage() : computed);
        reason.setLabel(getTranslation("segments.override.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setValue(current == null || current.reason() == null ? "" : current.reason());
        add(stage, reason);
        if (computed != null) {
            add(new Paragraph(getTranslation("segments.value.stage.derived", getTranslation("segments.stage." + computed.name()))));
        }
        Button save = new Button(getTranslation("action.save"), click -> {
            if (stage.getValue() == null || reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("segments.override.reason.required"));
                reason.setInvalid(reason.getValue().isBlank());
                return;
            }
            runs.overrideLifecycle(customerId, stage.getValue(), reason.getValue().trim());
            close();
            Notifications.success(getTranslation("segments.override.saved"));
            onChanged.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
        if (current != null) {
            Button clear = new Button(getTranslation("segments.override.clear"), click -> {
                runs.clearLifecycleOverride(customerId);
                close();
                Notifications.success(getTranslation("segments.override.cleared"));
                onChanged.run();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(clear);
        }
        getFooter().add(save);
    }
}
