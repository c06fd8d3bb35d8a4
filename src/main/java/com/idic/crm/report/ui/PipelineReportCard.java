package com.idic.crm.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.idic.crm.base.ui.BuiltInTexts;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.PipelineFilter;
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

/** The reports page's card for the "Customization pipeline" workbook: submission period, tier, owner. */
class PipelineReportCard extends Div {

    /** The default period: the last twelve months up to today. */
    static final int DEFAULT_MONTHS = 12;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Tier> tier = new Select<>();
    final ComboBox<String> owner = new ComboBox<>();
    final Button create = new Button();

    private final transient ReportService service;
    private final transient Consumer<ReportJob> requested;

    PipelineReportCard(ReportService service, List<String> owners, LocalDate today, Consumer<ReportJob> requested) {
        this.service = service;
        this.requested = requested;
        addClassName("report-card");
        from.setLabel(getTranslation("report.pipeline.from"));
        from.setValue(today.minusMonths(DEFAULT_MONTHS));
        to.setLabel(getTranslation("report.pipeline.to"));
        to.setValue(today);
        for (DatePicker date : List.of(from, to)) {
            date.setI18n(BuiltInTexts.datePicker(this));
            date.setRequiredIndicatorVisible(true);
            date.setWidth("11rem");
        }
        tier.setLabel(getTranslation("report.cover.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("report.cover.allTiers"));
        tier.setItemLabelGenerator(value -> value == null ? getTranslation("report.cover.allTiers")
                : getTranslation("report.tier." + value.name()));
        owner.setLabel(getTranslation("report.pipeline.owner"));
        owner.setItems(owners);
        owner.setPlaceholder(getTranslation("report.pipeline.allOwners"));
        owner.setClearButtonVisible(true);
        create.setText(getTranslation("report.view.create"));
        create.setIcon(VaadinIcon.FILE_TABLE.create());
        create.addClickListener(click -> request());
        Paragraph what = new Paragraph(getTranslation("report.pipeline.about"));
        what.addClassName("report-hint");
        Div fields = new Div(from, to, tier, owner, create);
        fields.addClassName("report-fields");
        add(new H3(getTranslation("report.pipeline.title")), what, fields);
    }

    private void request() {
        try {
            requested.accept(service.requestPipeline(
                    new PipelineFilter(from.getValue(), to.getValue(), tier.getValue(), owner.getValue()), getLocale()));
        } catch (IllegalArgumentException refused) {
            Notifications.warning(getTranslation("report.pipeline.badRange"));
        }
    }
}
