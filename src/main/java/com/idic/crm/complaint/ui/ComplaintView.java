package com.idic.crm.complaint.ui;

import java.util.List;
import java.util.Optional;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.complaint.ComplaintAction;
import com.idic.crm.complaint.ComplaintCategoryRow;
import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintQueries;
import com.idic.crm.complaint.ComplaintRefusedException;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.ComplaintStep;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One complaint: where it is in the four steps, both SLA clocks, the facts gathered so far, the steps
 * that can be taken now, and its history. Every change carries the version shown here; if a colleague
 * changed the complaint first, a banner says so and offers Reload, and the open dialog keeps its input.
 */
@Route("complaints/:id")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
@StyleSheet("context://styles/complaint.css")
public class ComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div header = new Div();
    final Div conflict = new Div();
    final Div actions = new Div();
    final Div body = new Div();
    Dialog openDialog;

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final List<ComplaintCategoryRow> categories;
    private final boolean mayProcess;
    private ComplaintDetails complaint;

    public ComplaintView(ComplaintService service, ComplaintQueries queries) {
        this.service = service;
        this.queries = queries;
        this.categories = queries.categories();
        this.mayProcess = CurrentUser.hasRole(AppRoles.SERVICE_DESK) || CurrentUser.hasRole(AppRoles.MANAGER);
        addClassNames("view", "complaint-page");
        conflict.addClassName("conflict-banner");
        conflict.setVisible(false);
        actions.addClassName("complaint-actions");
        body.addClassName("complaint-body");
    }

    static void open(long id) {
        UI.getCurrent().navigate("complaints/" + id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new RouterLink(getTranslation("complaint.page.back"), ComplaintListView.class));
        Optional<ComplaintDetails> found = event.getRouteParameters().get("id").flatMap(ComplaintView::parseId).flatMap(queries::find);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("complaint.page.notFound")));
            return;
        }
        add(header, conflict, actions, body);
        show(found.get());
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(ComplaintDetails shown) {
        complaint = shown;
        conflict.setVisible(false);
        header.removeAll();
        header.addClassName("view-header");
        header.add(new H2("#" + shown.id() + " \u00b7 " + shown.subject()),
                ComplaintTexts.badge(ComplaintTexts.of(this, shown.status()), ComplaintTexts.statusTheme(shown.status())),
                ComplaintTexts.badge(ComplaintTexts.of(this, shown.priority()), ComplaintTexts.priorityTheme(shown.priority())));
        if (shown.escalated()) {
            header.add(ComplaintTexts.badge(getTranslation("complaint.page.escalated"), "error primary"));
        }
        if (shown.reopenCount() > 0) {
            header.add(ComplaintTexts.badge(getTranslation("complaint.page.reopened", shown.reopenCount()), "contrast"));
        }
        Anchor customer = new Anchor("customers/" + shown.customerId(), shown.customerName());
        customer.addClassName("complaint-customer");
        header.add(customer);
        if (shown.valueTier() != null) {
            header.add(ComplaintTexts.badge(ComplaintTexts.of(this, shown.valueTier()), "contrast"));
        }
        showActions(shown);
        body.removeAll();
        body.add(new StepIndicator(shown), new SlaClocksPanel(shown, mayChangeDue(shown) ? this::openDueDates : null),
                new ComplaintFacts(shown, categories),
                notes(), new HistoryTimeline(queries.history(shown.id()), categories));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showActions(ComplaintDetails shown) {
        actions.removeAll();
        if (!mayProcess) {
            return;
        }
        for (ComplaintAction action : shown.allowedActions()) {
            Button button = new Button(ComplaintTexts.of(this, action), click -> openStep(action));
            if (isForward(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        Span assignee = new Span(getTranslation("complaint.page.assignee",
                shown.assignee() == null ? getTranslation("complaint.assign.nobody") : shown.assignee()));
        assignee.addClassName("complaint-assignee");
        actions.add(assignee);
        if (!CurrentUser.usernameOrSystem().equals(shown.assignee())) {
            Button take = new Button(getTranslation("complaint.assign.take"), VaadinIcon.HAND.create(),
                    click -> change(() -> service.take(shown.id(), shown.version())));
            actions.add(take);
        }
        Select<String> colleague = new Select<>();
        colleague.setPlaceholder(getTranslation("complaint.assign.to"));
        colleague.setItems(queries.agents());
        colleague.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(() -> service.assign(shown.id(), shown.version(), e.getValue()));
            }
        });
        Select<ComplaintPriority> priority = new Select<>();
        priority.setItems(ComplaintPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("complaint.page.priority", ComplaintTexts.of(this, p)));
        priority.setValue(shown.priority());
        priority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(() -> service.changePriority(shown.id(), shown.version(), e.getValue(), null));
            }
        });
        actions.add(colleague, priority);
    }

    private static boolean isForward(ComplaintAction action) {
        return switch (action) {
            case RECORD, JUDGE_VALID, PROPOSE_SOLUTION, CUSTOMER_ACCEPTS, RESOLVE, FOLLOW_UP, CLOSE, CUSTOMER_REPLIED -> true;
            default -> false;
        };
    }

    private void openStep(ComplaintAction action) {
        openDialog = new StepDialog(action, complaint, categories, step -> perform(step));
        openDialog.open();
    }

    private void perform(ComplaintStep step) {
        changeFromDialog(() -> service.perform(complaint.id(), complaint.version(), step));
    }

    /** Due dates by hand: the assignee or a manager, on a complaint whose clock runs (not finished, not waiting). */
    private boolean mayChangeDue(ComplaintDetails shown) {
        return mayProcess && shown.status().isOpen() && shown.status() != ComplaintStatus.WAITING_ON_CUSTOMER
                && ComplaintService.mayOverrideDue(shown.assignee());
    }

    private void openDueDates() {
        openDialog = new DueDateDialog(complaint,
                override -> changeFromDialog(() -> service.overrideDue(complaint.id(), complaint.version(), override)));
        openDialog.open();
    }

    /** A change asked for in a dialog: the dialog closes when it is saved, and stays with its input when refused. */
    private void changeFromDialog(java.util.function.Supplier<ComplaintDetails> work) {
        if (change(work) && openDialog != null) {
            openDialog.close();
            openDialog = null;
        }
    }

    private Div notes() {
        Div notes = new Div();
        notes.addClassName("complaint-note");
        if (!mayProcess) {
            return notes;
        }
        TextArea note = new TextArea();
        note.setPlaceholder(getTranslation("complaint.note.placeholder"));
        note.setMaxLength(ComplaintStep.NOTE_MAX);
        Button add = new Button(getTranslation("complaint.note.add"), click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("complaint.validation.required"));
                return;
            }
            service.addNote(complaint.id(), note.getValue());
            Notifications.success(getTranslation("complaint.note.added"));
            queries.find(complaint.id()).ifPresent(this::show);
        });
        notes.add(note, add);
        return notes;
    }

    /** Runs a change and shows its result; false if it was refused (the reason is shown). */
    private boolean change(java.util.function.Supplier<ComplaintDetails> work) {
        try {
            show(work.get());
            Notifications.success(getTranslation("complaint.saved"));
            return true;
        } catch (ComplaintRefusedException e) {
            Notifications.error(ComplaintTexts.refusal(this, e));
        } catch (ConstraintViolationException e) {
            Notifications.error(getTranslation("common.invalid"));
        } catch (ObjectOptimisticLockingFailureException e) {
            showConflict();
        }
        return false;
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> {
            if (openDialog != null) {
                openDialog.close();
                openDialog = null;
            }
            queries.find(complaint.id()).ifPresent(this::show);
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new H3(getTranslation("common.conflict.title")), new Paragraph(getTranslation("complaint.conflict.message")), reload);
        conflict.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return complaint == null ? getTranslation("complaint.list.title") : "#" + complaint.id() + " " + complaint.subject();
    }
}
