package com.idic.crm.customization.ui;

import java.time.ZoneId;
import java.util.function.Supplier;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.CustomizationRefusedException;
import com.idic.crm.customization.CustomizationService;
import com.idic.crm.customization.CustomizationType;
import com.idic.crm.customization.DeliveryMeans;
import com.idic.crm.customization.OfferService;
import com.idic.crm.customization.Recommendations;
import com.idic.crm.customization.RequestRow;
import com.idic.crm.customization.RequestSource;
import com.idic.crm.customization.RequestState;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One customization request: the need in the customer's words, the customer's value when it came in,
 * the type and delivery means (with the course's criteria beside the choice and a suggestion), the
 * decision, and the offers drafted for it.
 */
@Route("customization/request")
@RolesAllowed({AppRoles.SERVICE_DESK, AppRoles.MARKETER, AppRoles.MANAGER, AppRoles.ADMIN})
@StyleSheet("context://styles/customization.css")
public class RequestView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final RadioButtonGroup<CustomizationType> type = new RadioButtonGroup<>();
    final ComboBox<DeliveryMeans> deliveryMeans = new ComboBox<>();
    final CriteriaTable criteria = new CriteriaTable();
    final Button startReview = new Button(getTranslation("customization.action.startReview"));
    final Button saveChoice = new Button(getTranslation("customization.action.saveChoice"));
    final Button feasible = new Button(getTranslation("customization.action.feasible"));
    final Button notFeasible = new Button(getTranslation("customization.action.notFeasible"));

    private final CustomizationService requests;
    private final OfferService offers;
    private final Recommendations recommendations;
    private final boolean mayDecide = CurrentUser.hasRole(AppRoles.MARKETER) || CurrentUser.hasRole(AppRoles.MANAGER);
    private RequestRow request;

    public RequestView(CustomizationService requests, OfferService offers, Recommendations recommendations) {
        this.requests = requests;
        this.offers = offers;
        this.recommendations = recommendations;
        addClassNames("view", "request-view");
        type.setItems(CustomizationType.values());
        type.setItemLabelGenerator(value -> getTranslation("customization.type." + value.name()));
        type.addValueChangeListener(e -> criteria.mark(request == null ? null : request.suggestedType(), e.getValue()));
        deliveryMeans.setLabel(getTranslation("customization.field.deliveryMeans"));
        deliveryMeans.setItems(DeliveryMeans.values());
        deliveryMeans.setItemLabelGenerator(value -> getTranslation("customization.means." + value.name()));
        deliveryMeans.setWidth("18rem");
        startReview.addClickListener(click -> step(() -> requests.startReview(request.id(), request.version())));
        saveChoice.addClickListener(click -> step(() -> requests.choose(request.id(), request.version(), type.getValue(),
                deliveryMeans.getValue())));
        feasible.addClickListener(click -> step(() -> {
            RequestRow chosen = requests.choose(request.id(), request.version(), type.getValue(), deliveryMeans.getValue());
            return requests.decideFeasible(chosen.id(), chosen.version());
        }));
        feasible.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        notFeasible.addThemeVariants(ButtonVariant.LUMO_ERROR);
        notFeasible.addClickListener(click -> new ReasonDialog(getTranslation("customization.action.notFeasible"),
                getTranslation("customization.action.notFeasible"),
                reason -> step(() -> requests.decideNotFeasible(request.id(), request.version(), reason))).open());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        requests.find(id).ifPresentOrElse(this::show, () -> {
            removeAll();
            add(new H2(getTranslation("customization.request.notFound")));
        });
    }

    private void show(RequestRow row) {
        request = row;
        removeAll();
        Span state = Badges.badge(getTranslation("customization.requestState." + row.state().name()), Badges.theme(row.state()));
        Div header = new Div(new H2(getTranslation("customization.request.title", row.id(), row.customerName())), state);
        header.addClassName("view-header");
        Div columns = new Div(needCard(row), choiceCard(row));
        if (mayDecide) {
            columns.add(new RecommendationsCard(row, recommendations.forCustomer(row.customerId())));
        }
        columns.addClassName("request-columns");
        add(header, columns, new RequestOffers(offers, row));
    }

    private Div needCard(RequestRow row) {
        ZoneId zone = ZoneId.systemDefault();
        Div card = card(getTranslation("customization.request.need"));
        Paragraph need = new Paragraph(row.need());
        need.addClassName("need-text");
        card.add(need);
        card.add(fact("customization.field.customer", new Anchor("customers/" + row.customerId(), row.customerName())));
        card.add(fact("customization.field.needLevel", getTranslation("customization.need." + row.needLevel().name())));
        card.add(fact("customization.field.source", source(row)));
        card.add(fact("customization.field.requestedBy", row.requestedBy() == null ? getTranslation("common.none") : row.requestedBy()));
        card.add(fact("customization.field.desiredDate", row.desiredDate() == null ? getTranslation("common.none")
                : Formats.date(row.desiredDate(), getLocale())));
        card.add(fact("customization.field.owner", row.owner()));
        card.add(fact("customization.field.submitted", Formats.dateTime(row.createdAt().atZone(zone).toLocalDateTime(), getLocale())));
        card.add(fact("customization.field.valueAtSubmission", valueText(row)));
        if (row.decisionReason() != null) {
            card.add(fact("customization.field.reason", row.decisionReason()));
        }
        return card;
    }

    /** The source, linked to the complaint it came from when there is one. */
    private com.vaadin.flow.component.Component source(RequestRow row) {
        String text = getTranslation("customization.source." + row.source().name()) + (row.sourceId() == null ? "" : " #" + row.sourceId());
        return row.source() == RequestSource.COMPLAINT && row.sourceId() != null
                ? new Anchor("complaints/" + row.sourceId(), text) : new Span(text);
    }

    private String valueText(RequestRow row) {
        if (row.tier() == null) {
            return getTranslation("customization.unscored");
        }
        return getTranslation("segments.tier." + row.tier().name()) + " · " + getTranslation("segments.quadrant." + row.quadrant().name());
    }

    private Div choiceCard(RequestRow row) {
        Div card = card(getTranslation("customization.request.customization"));
        Span suggestion = new Span(getTranslation("customization.suggestion", getTranslation("customization.type." + row.suggestedType().name()),
                valueText(row)));
        suggestion.addClassName("suggestion");
        type.setValue(row.type() != null ? row.type() : row.suggestedType());
        deliveryMeans.setValue(row.deliveryMeans());
        criteria.mark(row.suggestedType(), type.getValue());
        boolean open = row.state() == RequestState.SUBMITTED || row.state() == RequestState.FEASIBILITY_REVIEW;
        type.setReadOnly(!open || !mayDecide);
        deliveryMeans.setReadOnly(!open || !mayDecide);
        Div choice = new Div(type, criteria);
        choice.addClassName("type-choice");
        card.add(suggestion, choice, deliveryMeans, actions(row));
        return card;
    }

    private Div actions(RequestRow row) {
        startReview.setVisible(mayDecide && row.state() == RequestState.SUBMITTED);
        boolean reviewing = mayDecide && row.state() == RequestState.FEASIBILITY_REVIEW;
        saveChoice.setVisible(mayDecide && (reviewing || row.state() == RequestState.SUBMITTED));
        feasible.setVisible(reviewing);
        notFeasible.setVisible(reviewing);
        Div actions = new Div(startReview, saveChoice, feasible, notFeasible);
        actions.addClassName("actions");
        return actions;
    }

    private void step(Supplier<RequestRow> work) {
        try {
            show(work.get());
            Notifications.success(getTranslation("customization.request.saved"));
        } catch (CustomizationRefusedException e) {
            Refusals.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.conflict();
        }
    }

    private Div card(String title) {
        Div card = new Div(new H3(title));
        card.addClassName("card");
        return card;
    }

    private Div fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Div fact(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("customization.requests.title")
                : getTranslation("customization.request.title", request.id(), request.customerName()))
                + " · " + getTranslation("app.name");
    }
}
