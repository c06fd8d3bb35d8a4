package com.idic.crm.customer.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.CustomerAnonymizer;
import com.idic.crm.customer.CustomerBadgeSource;
import com.idic.crm.customer.CustomerPageSection;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.VerificationRule;
import com.idic.crm.customer.VerificationSettings;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The customer page ("360"): who the customer is, how current the record is, and every feature's tab. */
@Route("customers/:id")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customer.css")
public class CustomerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div header = new Div();
    final Div conflict = new Div();
    final Button markVerified = new Button(VaadinIcon.CHECK_CIRCLE.create());
    final Button anonymize = new Button(VaadinIcon.EYE_SLASH.create());
    final CustomerForm form;

    private final CustomerService customers;
    private final CustomerAnonymizer anonymizer;
    private final VerificationSettings verification;
    private final ObjectProvider<CustomerPageSection> sections;
    private final ObjectProvider<CustomerBadgeSource> badges;
    private final List<Component> sectionContents = new ArrayList<>();
    private Customer customer;
    private String title;

    public CustomerView(CustomerService customers, CustomerAnonymizer anonymizer, VerificationSettings verification,
                        ObjectProvider<CustomerPageSection> sections, ObjectProvider<CustomerBadgeSource> badges,
                        Clock clock) {
        this.customers = customers;
        this.anonymizer = anonymizer;
        this.verification = verification;
        this.sections = sections;
        this.badges = badges;
        this.form = new CustomerForm(LocalDate.now(clock));
        addClassNames("view", "customer-page");
        title = getTranslation("customer.page.title");
        markVerified.setText(getTranslation("customer.verify.button"));
        markVerified.addClickListener(click -> markVerified());
        anonymize.setText(getTranslation("customer.anonymize.button"));
        anonymize.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        anonymize.addClickListener(click -> confirmAnonymize());
        form.addSaveListener(event -> save(event.customer()));
        form.addCancelListener(event -> reload());
        conflict.addClassName("conflict-banner");
        conflict.setVisible(false);
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().get("id").flatMap(CustomerView::parseId)
                .flatMap(customers::open);
        removeAll();
        add(new RouterLink(getTranslation("customer.page.back"), CustomerListView.class));
        if (found.isEmpty()) {
            showProblem(getTranslation("customer.page.notFound"), null);
        } else if (found.get().isMerged()) {
            long target = found.get().getMergedIntoId();
            showProblem(getTranslation("customer.page.merged", found.get().getName()),
                    new RouterLink(getTranslation("customer.page.openMerged"), CustomerView.class, parameters(target)));
        } else {
            showCustomer(found.get());
        }
    }

    private void showCustomer(Customer loaded) {
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("customer.page.profile"), form);
        long id = loaded.getId();
        sectionContents.clear();
        sections.orderedStream().sorted(Comparator.comparingInt(CustomerPageSection::order)).forEach(section -> {
            Component content = section.create(id);
            sectionContents.add(content);
            tabs.add(getTranslation(section.titleKey()), content);
        });
        tabs.setSizeFull();
        add(header, conflict, tabs);
        refresh(loaded);
    }

    private void refresh(Customer loaded) {
        customer = loaded;
        title = loaded.getName();
        form.setCustomer(loaded);
        VerificationRule rule = verification.currentRule();
        header.removeAll();
        header.addClassName("view-header");
        Span verified = new Span(loaded.getLastVerifiedOn() == null ? getTranslation("customer.verification.never")
                : getTranslation("customer.verification.on", Formats.date(loaded.getLastVerifiedOn(), getLocale())));
        verified.addClassName("muted");
        header.add(new H2(loaded.getName()),
                CustomerListView.badge(getTranslation("customer.type." + loaded.getType().name()), "contrast"),
                CustomerListView.badge(getTranslation("customer.stage." + loaded.getStage().name()), ""), verified);
        if (rule.needsVerification(loaded.getLastVerifiedOn())) {
            header.add(CustomerListView.badge(getTranslation("customer.verification.needed"), "error"));
        }
        badges.orderedStream().forEach(source -> source.badge(loaded.getId()).ifPresent(header::add));
        header.add(markVerified);
        if (CurrentUser.hasRole(AppRoles.ADMIN) && !loaded.isAnonymized()) {
            header.add(anonymize);
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void save(Customer edited) {
        try {
            Customer saved = customers.save(edited);
            conflict.setVisible(false);
            refresh(saved);
            sectionsChanged();
            Notifications.success(getTranslation("customer.saved"));
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
        }
    }

    private void markVerified() {
        if (form.hasUnsavedChanges()) {
            Notifications.warning(getTranslation("customer.verify.saveFirst"));
            return;
        }
        try {
            refresh(customers.markVerified(customer.getId()));
            sectionsChanged();
            Notifications.success(getTranslation("customer.verify.done"));
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
        }
    }

    private void confirmAnonymize() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("customer.anonymize.title", customer.getName()),
                getTranslation("customer.anonymize.message", customer.getName()),
                getTranslation("customer.anonymize.confirm"), event -> anonymizeNow());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void anonymizeNow() {
        String formerName = customer.getName();
        try {
            refresh(anonymizer.anonymize(customer.getId(), customer.getVersion()));
            sectionsChanged();
            Notifications.success(getTranslation("customer.anonymize.done", formerName));
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
        }
    }

    private void sectionsChanged() {
        sectionContents.stream().filter(CustomerPageSection.Refreshable.class::isInstance)
                .map(CustomerPageSection.Refreshable.class::cast).forEach(CustomerPageSection.Refreshable::customerChanged);
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new H3(getTranslation("common.conflict.title")),
                new Paragraph(getTranslation("common.conflict.message")), reload);
        conflict.setVisible(true);
    }

    private void reload() {
        conflict.setVisible(false);
        customers.find(customer.getId()).ifPresentOrElse(this::refresh,
                () -> showProblem(getTranslation("customer.page.notFound"), null));
    }

    private void showProblem(String message, RouterLink link) {
        Div problem = new Div(new H2(getTranslation("customer.page.problem")), new Paragraph(message));
        problem.addClassName("customer-problem");
        if (link != null) {
            problem.add(link);
        }
        add(problem);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
