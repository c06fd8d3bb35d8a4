package com.idic.crm.report.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.report.ReportJob;
import com.idic.crm.report.ReportService;
import com.idic.crm.report.SegmentationReportParameters;
import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.RunStatus;
import com.idic.crm.segmentation.SegmentationRun;
import com.idic.crm.segmentation.SegmentationService;
import com.idic.crm.segmentation.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Excel workbooks for managers: choose the parameters, the workbook is written in the background
 * (at most two at once, further ones wait their turn and say so) and offered for download when ready.
 */
@Route("reports")
@Menu(title = "nav.reports.reports", order = 1, icon = "FILE_TABLE")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/report.css")
public class ReportsView extends Main implements HasDynamicTitle {

    final Select<SegmentationRun> run = new Select<>();
    final ComboBox<String> region = new ComboBox<>();
    final Select<Tier> tier = new Select<>();
    final Button createSegmentation = new Button();
    final Button createDataQuality = new Button();
    final Div reports = new Div();
    final ComplaintReportCard complaints;

    private final transient ReportService service;

    final PipelineReportCard pipeline;

    public ReportsView(ReportService service, SegmentationService runs, CustomerService customers,
                       ComplaintQueries complaintQueries, CustomizationService customization, Clock clock) {
        this.service = service;
        this.complaints = new ComplaintReportCard(service, complaintQueries.agents(), LocalDate.now(clock),
                job -> reports.addComponentAsFirst(new ReportJobItem(job, service)));
        addClassNames("view", "reports-view");
        Div header = new Div(new H2(getTranslation("report.view.title")));
        header.addClassName("view-header");
        Paragraph intro = new Paragraph(getTranslation("report.view.intro", ReportService.AT_ONCE));
        intro.addClassName("report-hint");
        pipeline = new PipelineReportCard(service, customization.owners(), LocalDate.now(clock),
                job -> reports.addComponentAsFirst(new ReportJobItem(job, service)));
        add(header, intro, segmentationCard(runs, customers.regions()), complaints, pipeline, dataQualityCard(),
                yourReports());
    }

    private Div segmentationCard(SegmentationService runs, List<String> regions) {
        List<SegmentationRun> scored = runs.runs(0, 50).stream()
                .filter(r -> r.status() == RunStatus.SUCCEEDED && r.scoresKept()).toList();
        run.setLabel(getTranslation("report.view.run"));
        run.setItems(scored);
        run.setItemLabelGenerator(r -> getTranslation("report.view.runLabel", String.valueOf(r.id()),
                r.analysisDate().toString(), r.startedBy()));
        run.setEmptySelectionAllowed(false);
        if (!scored.isEmpty()) {
            run.setValue(scored.get(0));
        }
        run.setWidth("20rem");
        region.setLabel(getTranslation("report.cover.region"));
        region.setItems(regions);
        region.setPlaceholder(getTranslation("report.cover.allRegions"));
        region.setClearButtonVisible(true);
        tier.setLabel(getTranslation("report.cover.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("report.cover.allTiers"));
        tier.setItemLabelGenerator(value -> value == null ? getTranslation("report.cover.allTiers")
                : getTranslation("report.tier." + value.name()));
        createSegmentation.setText(getTranslation("report.view.create"));
        createSegmentation.setIcon(VaadinIcon.FILE_TABLE.create());
        createSegmentation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createSegmentation.setEnabled(!scored.isEmpty());
        createSegmentation.addClickListener(click -> requestSegmentation());
        Div fields = new Div(run, region, tier, createSegmentation);
        fields.addClassName("report-fields");
        Paragraph what = new Paragraph(getTranslation(scored.isEmpty() ? "report.view.noRun" : "report.segmentation.about"));
        what.addClassName("report-hint");
        Div card = new Div(new H3(getTranslation("report.segmentation.title")), what, fields);
        card.addClassName("report-card");
        return card;
    }

    private Div dataQualityCard() {
        createDataQuality.setText(getTranslation("report.view.create"));
        createDataQuality.setIcon(VaadinIcon.FILE_TABLE.create());
        createDataQuality.addClickListener(click -> reports.addComponentAsFirst(new ReportJobItem(service.requestDataQuality(getLocale()), service)));
        Paragraph what = new Paragraph(getTranslation("report.quality.about"));
        what.addClassName("report-hint");
        Div fields = new Div(createDataQuality);
        fields.addClassName("report-fields");
        Div card = new Div(new H3(getTranslation("report.quality.title")), what, fields);
        card.addClassName("report-card");
        return card;
    }

    private Div yourReports() {
        reports.addClassName("report-list");
        service.myReports().forEach(job -> reports.add(new ReportJobItem(job, service)));
        Div section = new Div(new H3(getTranslation("report.view.yours")), reports);
        section.addClassName("report-card");
        return section;
    }

    private void requestSegmentation() {
        if (run.getValue() == null) {
            Notifications.warning(getTranslation("report.view.chooseRun"));
            return;
        }
        try {
            ReportJob job = service.requestSegmentation(
                    new SegmentationReportParameters(run.getValue().id(), region.getValue(), tier.getValue()), getLocale());
            reports.addComponentAsFirst(new ReportJobItem(job, service));
        } catch (IllegalArgumentException refused) {
            Notifications.error(getTranslation(refused.getMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title") + " \u00b7 " + getTranslation("app.name");
    }
}
