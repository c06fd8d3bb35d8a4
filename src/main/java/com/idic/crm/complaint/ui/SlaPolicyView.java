package com.idic.crm.complaint.ui;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.SlaPolicyService;
import com.idic.crm.complaint.SlaSettings;
import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The SLA policy for managers: hours to the first response and to the resolution per priority, the
 * tighter factors for platinum and gold customers, the optional business-hours calendar, the warning
 * share and the reopen window. Saving moves the due dates of open complaints.
 */
@Route("sla-policy")
@Menu(title = "nav.interact.sla", order = 5, icon = "CLOCK")
@RolesAllowed(AppRoles.MANAGER)
@StyleSheet("context://styles/complaint.css")
public class SlaPolicyView extends Main implements HasDynamicTitle {

    final Map<ComplaintPriority, NumberField> firstHours = new EnumMap<>(ComplaintPriority.class);
    final Map<ComplaintPriority, NumberField> resolutionHours = new EnumMap<>(ComplaintPriority.class);
    final BigDecimalField platinum = new BigDecimalField();
    final BigDecimalField gold = new BigDecimalField();
    final Checkbox businessHours = new Checkbox();
    final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>();
    final TimePicker workStart = new TimePicker();
    final TimePicker workEnd = new TimePicker();
    final TextArea holidays = new TextArea();
    final ComboBox<String> timeZone = new ComboBox<>();
    final IntegerField warningPercent = new IntegerField();
    final IntegerField reopenDays = new IntegerField();
    final Button save = new Button();
    final Span changed = new Span();

    private final SlaPolicyService policies;
    private SlaSettings shown;

    final CategoryEditor categories;

    public SlaPolicyView(SlaPolicyService policies, ComplaintQueries queries) {
        this.policies = policies;
        addClassNames("view", "sla-policy");
        Div header = new Div(new H2(getTranslation("sla.title")));
        header.addClassName("view-header");
        changed.addClassName("muted");
        header.add(changed);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        categories = new CategoryEditor(policies, queries::categories);
        add(header, new Paragraph(getTranslation("sla.intro")), targets(), tiers(), calendar(), other(), save, categories);
        show(policies.current());
    }

    private FormLayout targets() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (ComplaintPriority priority : List.of(ComplaintPriority.URGENT, ComplaintPriority.HIGH, ComplaintPriority.NORMAL,
                ComplaintPriority.LOW)) {
            firstHours.put(priority, hoursField(getTranslation("sla.firstResponse", ComplaintTexts.of(this, priority))));
            resolutionHours.put(priority, hoursField(getTranslation("sla.resolution", ComplaintTexts.of(this, priority))));
            form.add(firstHours.get(priority), resolutionHours.get(priority));
        }
        return section("sla.section.targets", form);
    }

    private NumberField hoursField(String label) {
        NumberField field = new NumberField(label);
        field.setMin(0.25);
        field.setStep(0.25);
        field.setSuffixComponent(new Span(getTranslation("sla.hours")));
        return field;
    }

    private FormLayout tiers() {
        platinum.setLabel(getTranslation("sla.platinum"));
        gold.setLabel(getTranslation("sla.gold"));
        FormLayout form = new FormLayout(platinum, gold);
        return section("sla.section.tiers", form);
    }

    private FormLayout calendar() {
        businessHours.setLabel(getTranslation("sla.businessHours"));
        workingDays.setLabel(getTranslation("sla.workingDays"));
        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
        workStart.setLabel(getTranslation("sla.workStart"));
        workEnd.setLabel(getTranslation("sla.workEnd"));
        holidays.setLabel(getTranslation("sla.holidays"));
        holidays.setHelperText(getTranslation("sla.holidays.help"));
        timeZone.setLabel(getTranslation("sla.timeZone"));
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        FormLayout form = new FormLayout(businessHours, workingDays, workStart, workEnd, holidays, timeZone);
        form.setColspan(businessHours, 2);
        form.setColspan(workingDays, 2);
        return section("sla.section.calendar", form);
    }

    private FormLayout other() {
        warningPercent.setLabel(getTranslation("sla.warningPercent"));
        warningPercent.setMin(1);
        warningPercent.setMax(99);
        warningPercent.setSuffixComponent(new Span("%"));
        reopenDays.setLabel(getTranslation("sla.reopenDays"));
        reopenDays.setMin(0);
        reopenDays.setMax(365);
        return section("sla.section.other", new FormLayout(warningPercent, reopenDays));
    }

    private FormLayout section(String titleKey, FormLayout form) {
        H3 title = new H3(getTranslation(titleKey));
        form.addComponentAsFirst(title);
        form.setColspan(title, 2);
        form.addClassName("sla-section");
        return form;
    }

    private void show(SlaSettings settings) {
        shown = settings;
        for (SlaSettings.Target target : settings.targets()) {
            firstHours.get(target.priority()).setValue(target.firstResponseMinutes() / 60.0);
            resolutionHours.get(target.priority()).setValue(target.resolutionMinutes() / 60.0);
        }
        platinum.setValue(settings.platinumFactor());
        gold.setValue(settings.goldFactor());
        businessHours.setValue(settings.businessHours());
        workingDays.setValue(settings.workingDays());
        workStart.setValue(settings.workStart());
        workEnd.setValue(settings.workEnd());
        holidays.setValue(settings.holidays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
        timeZone.setValue(settings.timeZone());
        warningPercent.setValue(settings.warningPercent());
        reopenDays.setValue(settings.reopenDays());
        changed.setText(settings.changedBy() == null ? "" : getTranslation("sla.changedBy", settings.changedBy()));
    }

    private void save() {
        Set<LocalDate> days = parseHolidays();
        if (days == null) {
            return;
        }
        List<SlaSettings.Target> targets = new ArrayList<>();
        for (ComplaintPriority priority : ComplaintPriority.values()) {
            Integer first = minutes(firstHours.get(priority));
            Integer resolution = minutes(resolutionHours.get(priority));
            if (first == null || resolution == null) {
                Notifications.error(getTranslation("common.invalid"));
                return;
            }
            targets.add(new SlaSettings.Target(priority, first, resolution));
        }
        try {
            show(policies.save(new SlaSettings(shown.version(), targets, orZero(platinum.getValue()), orZero(gold.getValue()),
                    businessHours.getValue(), workingDays.getValue(), workStart.getValue(), workEnd.getValue(), days,
                    timeZone.getValue() == null ? "" : timeZone.getValue(), orZero(warningPercent.getValue()),
                    orZero(reopenDays.getValue()), null)));
            Notifications.success(getTranslation("sla.saved"));
        } catch (ConstraintViolationException e) {
            Notifications.error(getTranslation("sla.invalid"));
        } catch (ComplaintRefusedException e) {
            Notifications.error(ComplaintTexts.refusal(this, e));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.conflict();
        }
    }

    private static Integer minutes(NumberField hours) {
        Double value = hours.getValue();
        if (value == null || hours.isInvalid() || value <= 0) {
            hours.setInvalid(true);
            return null;
        }
        return (int) Math.round(value * 60);
    }

    private Set<LocalDate> parseHolidays() {
        Set<LocalDate> days = new TreeSet<>();
        for (String line : holidays.getValue().split("[\\s,]+")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(line.trim()));
            } catch (DateTimeParseException e) {
                holidays.setInvalid(true);
                holidays.setErrorMessage(getTranslation("sla.holidays.invalid", line.trim()));
                return null;
            }
        }
        holidays.setInvalid(false);
        return days;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static int orZero(Integer value) {
        return value == null ? -1 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.title");
    }
}
