package com.idic.crm.interaction.ui;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.idic.crm.base.ui.Formats;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.interaction.TimelineCursor;
import com.idic.crm.interaction.TimelinePage;
import com.idic.crm.interaction.TimelinePages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Everything that happened with the customer, newest first: a page at a time ("Show more"), each entry
 * with the icon and label of its kind; an entry that has a page of its own opens it when clicked. It is
 * read afresh whenever the tab is shown, so a contact recorded on another tab is on it.
 */
@StyleSheet("context://styles/interaction.css")
class CustomerTimelinePanel extends VerticalLayout {

    private static final Map<String, VaadinIcon> ICONS = Map.of("order", VaadinIcon.CART_O, "interaction",
            VaadinIcon.COMMENTS_O, "complaint", VaadinIcon.EXCLAMATION_CIRCLE_O, "offer", VaadinIcon.GIFT);

    final Div entries = new Div();
    final Span empty = new Span();
    final Button more = new Button(VaadinIcon.ANGLE_DOWN.create());
    final List<TimelineEntry> shown = new ArrayList<>();

    private final transient TimelinePages timeline;
    private final transient Function<String, String> kindLabelKey;
    private final long customerId;
    private final int pageSize;
    private final ZoneId zone = ZoneId.systemDefault();
    private TimelineCursor cursor = TimelineCursor.START;

    CustomerTimelinePanel(TimelinePages timeline, long customerId, int pageSize, Function<String, String> kindLabelKey) {
        this.timeline = timeline;
        this.customerId = customerId;
        this.pageSize = pageSize;
        this.kindLabelKey = kindLabelKey;
        addClassName("customer-timeline");
        setPadding(false);
        entries.addClassName("timeline-entries");
        empty.setText(getTranslation("timeline.empty"));
        empty.addClassName("muted");
        more.setText(getTranslation("timeline.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        add(entries, empty, more);
        addAttachListener(attach -> restart());
    }

    void restart() {
        cursor = TimelineCursor.START;
        shown.clear();
        entries.removeAll();
        showMore();
    }

    private void showMore() {
        TimelinePage page = timeline.page(customerId, cursor, pageSize, getLocale());
        cursor = page.next();
        page.entries().forEach(entry -> {
            shown.add(entry);
            entries.add(row(entry));
        });
        more.setVisible(page.more());
        empty.setVisible(shown.isEmpty());
    }

    /** Entries of a day without a time (orders) stand at its start: they show the date alone, not "12:00 AM". */
    private String when(LocalDateTime at) {
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? Formats.date(at.toLocalDate(), getLocale())
                : Formats.dateTime(at, getLocale());
    }

    private Div row(TimelineEntry entry) {
        Icon icon = ICONS.getOrDefault(entry.kind(), VaadinIcon.CIRCLE_THIN).create();
        icon.addClassName("timeline-icon");
        String labelKey = kindLabelKey.apply(entry.kind());
        Span kind = new Span(labelKey == null ? entry.kind() : getTranslation(labelKey));
        kind.addClassName("timeline-kind");
        Span when = new Span(when(LocalDateTime.ofInstant(entry.at(), zone)));
        when.addClassName("timeline-when");
        Span title = new Span(entry.title());
        title.addClassName("timeline-title");
        Div text = new Div(new Div(kind, when), title);
        text.addClassName("timeline-text");
        if (entry.detail() != null) {
            Span detail = new Span(entry.detail());
            detail.addClassName("timeline-detail");
            text.add(detail);
        }
        Div row = new Div(icon, text);
        row.addClassNames("timeline-entry", "timeline-" + entry.kind());
        if (entry.route() != null) {
            row.addClassName("timeline-link");
            row.getElement().setAttribute("tabindex", "0");
            row.getElement().setAttribute("role", "link");
            row.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(entry.route())));
        }
        return row;
    }
}
