package com.idic.crm.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.report.ComplaintReportParameters;
import com.idic.crm.report.ReportJob;
import com.idic.crm.report.ReportService;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

/** The "Complaints & SLA" workbook's parameters: the period received in (the last twelve months by default), tier, assignee. */
class ComplaintReportCard extends Div {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Tier> tier = new Select<>();
    final ComboBox<String> assignee = new ComboBox<>();
    final Button create = new Button();

    private final transient ReportService service;
    private final transient Consumer<ReportJob> requested;

    ComplaintReportCard(ReportService service, List<String> assignees, LocalDate today, Consumer<ReportJob> requested) {
        this.service = service;
        this.requested = requested;
        addClassName("report-card");
        from.setLabel(getTranslation("report.view.from"));
        from.setValue(today.minusMonths(11).withDayOfMonth(1));
        to.setLabel(getTranslation("report.view.to"));
        to.setValue(today);
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(BuiltInTexts.datePicker(this));
            picker.setClearButtonVisible(true);
            picker.setPlaceholder(getTranslation("report.complaints.openEnd"));
        }
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        tier.setLabel(getTranslation("report.cover.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setItemLabelGenerator(value -> value == null ? getTranslation("report.cover.allTiers")
                : getTranslation("report.tier." + value.name()));
        assignee.setLabel(getTranslation("report.view.assignee"));
        assignee.setItems(assignees);
        assignee.setPlaceholder(getTranslation("report.complaints.allAssignees"));
        assignee.setClearButtonVisible(true);
        create.setText(getTranslation("report.view.create"));
        create.setIcon(VaadinIcon.FILE_TABLE.create());
        create.addClickListener(click -> request());
        Div fields = new Div(from, to, tier, assignee, create);
        fields.addClassName("report-fields");
        Paragraph what = new Paragraph(getTranslation("report.complaints.about"));
        what.addClassName("report-hint");
        add(new H3(getTranslation("report.complaints.title")), what, fields);
    }

    private void request() {
        if (from.isInvalid() || to.isInvalid()) {
            Notifications.warning(getTranslation("report.complaints.badPeriod"));
            return;
        }
        try {
            requested.accept(service.requestComplaints(new ComplaintReportParameters(from.getValue(), to.getValue(),
                    tier.getValue(), assignee.getValue()), getLocale()));
        } catch (IllegalArgumentException refused) {
            Notifications.error(getTranslation(refused.getMessage()));
        }
    }
}
