package com.idic.crm.segmentation.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.InvalidSettingsException;
import com.idic.crm.segmentation.SegmentationSettings;
import com.idic.crm.segmentation.SegmentationSettingsService;
import com.idic.crm.segmentation.SettingsConflictException;
import com.idic.crm.segmentation.SettingsProblem;
import com.idic.crm.segmentation.StoredSettings;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager edits every number of the segmentation rules. Each field is checked by the same rules
 * the service applies ({@link SegmentationSettings#problems()}), so a message appears at the field
 * before anything is sent and nothing invalid is saved.
 */
@Route("segments/settings")
@Menu(title = "nav.differentiate.settings", order = 5, icon = "SLIDERS")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/segments.css")
public class SegmentationSettingsView extends Main implements HasDynamicTitle {

    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button save = new Button(VaadinIcon.CHECK.create());
    final Button reset = new Button(VaadinIcon.ROTATE_LEFT.create());
    final SettingsHistory history;

    private final transient SegmentationSettingsService service;
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Span current = new Span();
    private final Clock clock;
    private StoredSettings stored;

    public SegmentationSettingsView(SegmentationSettingsService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassNames("view", "segments-view");
        history = new SettingsHistory(clock);
        current.addClassName("muted");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        reset.setText(getTranslation("segments.settings.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> confirmReset());
        Div header = new Div(new H2(getTranslation("segments.settings.title")), save, reset);
        header.addClassName("view-header");
        add(header, current, form(), new H3(getTranslation("segments.settings.history")), history);
        load(service.current());
    }

    private Div form() {
        Div form = new Div();
        form.addClassName("settings-form");
        String section = null;
        FormLayout layout = null;
        for (SettingsCatalog.Field field : SettingsCatalog.FIELDS) {
            if (!field.section().equals(section)) {
                section = field.section();
                H3 title = new H3(getTranslation("segments.settings.section." + section));
                title.addClassName("settings-section");
                layout = new FormLayout();
                layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                        new FormLayout.ResponsiveStep("50em", 4));
                form.add(title, layout);
            }
            AbstractField<?, ?> input = input(field);
            fields.put(field.path(), input);
            layout.add(input);
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private AbstractField<?, ?> input(SettingsCatalog.Field field) {
        String label = getTranslation("segments.settings.field." + field.path());
        AbstractField<?, ?> input = switch (field.kind()) {
            case WHOLE -> new IntegerField(label);
            case DECIMAL -> new BigDecimalField(label);
            case PERCENT -> percentField(label);
            case TIME -> new TimePicker(label);
        };
        String path = field.path();
        binder.forField((HasValue<?, Object>) (HasValue<?, ?>) input)
                .withValidator((value, context) -> problemAt(path, value))
                .bind(values -> values.get(path), (values, value) -> values.put(path, value));
        return input;
    }

    private static BigDecimalField percentField(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setSuffixComponent(new Span("%"));
        field.addClassName("percent-field");
        return field;
    }

    /** The first problem the service's rules find at {@code path}, judged on what the form holds now. */
    private ValidationResult problemAt(String path, Object value) {
        Map<String, Object> values = formValues();
        values.put(path, value);
        return SettingsCatalog.settings(values).problems().stream()
                .filter(problem -> problem.field().equals(path)).findFirst()
                .map(problem -> ValidationResult.error(message(problem)))
                .orElse(ValidationResult.ok());
    }

    private Map<String, Object> formValues() {
        Map<String, Object> values = new HashMap<>();
        fields.forEach((path, field) -> values.put(path, field.getValue()));
        return values;
    }

    private void load(StoredSettings settings) {
        stored = settings;
        binder.readBean(SettingsCatalog.values(settings.settings()));
        current.setText(settings.changedAt() == null ? getTranslation("segments.settings.current.defaults")
                : getTranslation("segments.settings.current", Formats.dateTime(LocalDateTime.ofInstant(settings.changedAt(), clock.getZone()),
                getLocale()), settings.changedBy()));
        history.show(service.history(50));
    }

    private void save() {
        Map<String, Object> values = new HashMap<>();
        if (!binder.writeBeanIfValid(values)) {
            Notifications.error(getTranslation("segments.settings.invalid"));
            return;
        }
        try {
            load(service.save(SettingsCatalog.settings(values), stored.version()));
            Notifications.success(getTranslation("segments.settings.saved"));
        } catch (InvalidSettingsException e) {
            showProblems(e.problems());
        } catch (SettingsConflictException e) {
            Notifications.error(getTranslation("segments.settings.conflict"));
        }
    }

    private void showProblems(List<SettingsProblem> problems) {
        for (SettingsProblem problem : problems) {
            AbstractField<?, ?> field = fields.get(problem.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message(problem));
                validated.setInvalid(true);
            }
        }
        Notifications.error(getTranslation("segments.settings.invalid"));
    }

    /** The engine names each problem by a key ending in its kind ("...error.notIncreasing"); the view words it. */
    private String message(SettingsProblem problem) {
        String key = problem.messageKey();
        return getTranslation("segments.settings.error." + key.substring(key.lastIndexOf('.') + 1));
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("segments.settings.reset.title"),
                getTranslation("segments.settings.reset.text"), getTranslation("segments.settings.reset"), event -> {
            try {
                load(service.resetToDefaults(stored.version()));
                Notifications.success(getTranslation("segments.settings.reset.done"));
            } catch (SettingsConflictException e) {
                Notifications.error(getTranslation("segments.settings.conflict"));
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** A value as the form shows it: a share or rate as a percentage. */
    static String display(SettingsCatalog.Field field, Object value) {
        Object shown = field.shown(value);
        return field.kind() == SettingsCatalog.Kind.PERCENT && shown != null ? display(shown) + " %" : display(shown);
    }

    static String display(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalTime time) {
            return time.toString();
        }
        return Objects.toString(value, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.settings.title") + " \u00b7 " + getTranslation("app.name");
    }
}
