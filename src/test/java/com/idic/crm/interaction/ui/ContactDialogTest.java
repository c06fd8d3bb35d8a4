package com.idic.crm.interaction.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.interaction.ContactCorrection;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.Direction;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.InteractionRow;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.NewInteraction;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ContactDialogTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired InteractionService interactions;
    @Autowired Clock clock;

    @Test
    void theAuthorCorrectsAWronglyLoggedContactFromItsRow() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newCustomer();
        interactions.record(contact(id, "Compaint about the lid"));
        InteractionsPanel panel = open(id);

        ContactDialog dialog = edit(panel);
        assertThat(dialog.summary.getValue()).isEqualTo("Compaint about the lid");
        dialog.summary.setValue("Complaint about the lid");
        dialog.content.setValue(ContentType.EMOTION);
        _click(dialog.save);

        expectNotifications("Contact corrected.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._getFormattedRow(panel.grid, 0)).contains("Emotion", "Complaint about the lid", "desk");
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
    }

    @Test
    void anEmptySummaryOrAFutureTimeIsToldAtTheFieldAndNothingIsSaved() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newCustomer();
        interactions.record(contact(id, "As it was"));
        ContactDialog dialog = edit(open(id));

        dialog.summary.setValue("  ");
        dialog.occurredAt.setValue(LocalDateTime.now(clock).plusDays(1));
        _click(dialog.save);

        assertThat(dialog.summary.isInvalid()).isTrue();
        assertThat(dialog.summary.getErrorMessage()).isEqualTo("Write a short summary of the contact.");
        assertThat(dialog.occurredAt.isInvalid()).isTrue();
        assertThat(dialog.occurredAt.getErrorMessage()).isEqualTo("Give the time of the contact; it cannot lie in the future.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(onlyContact(id).summary()).isEqualTo("As it was");
    }

    @Test
    void aContactChangedMeanwhileShowsTheConflictKeepsWhatWasTypedAndReloadsTheirs() {
        login("manager", AppRoles.MANAGER);
        long id = newCustomer();
        interactions.record(contact(id, "Original"));
        ContactDialog dialog = edit(open(id));
        InteractionRow seen = onlyContact(id);
        interactions.correct(new ContactCorrection(seen.id(), seen.version(), seen.channel(), seen.direction(),
                seen.contentType(), "Their correction", seen.occurredAt()));

        dialog.summary.setValue("My correction");
        _click(dialog.save);

        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(_get(dialog.conflict, Paragraph.class).getText()).startsWith("A colleague changed this contact after you opened it");
        assertThat(dialog.summary.getValue()).as("what the user typed stays").isEqualTo("My correction");
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(onlyContact(id).summary()).isEqualTo("Their correction");

        _click(_get(dialog.conflict, Button.class, spec -> spec.withText("Reload")));

        assertThat(dialog.conflict.isVisible()).isFalse();
        assertThat(dialog.summary.getValue()).isEqualTo("Their correction");
        dialog.summary.setValue("Both corrections");
        _click(dialog.save);
        assertThat(onlyContact(id).summary()).isEqualTo("Both corrections");
    }

    @Test
    void theAuthorDeletesAContactAfterConfirming() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newCustomer();
        interactions.record(contact(id, "Logged on the wrong customer"));
        InteractionsPanel panel = open(id);
        ContactDialog dialog = edit(panel);

        _click(dialog.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);

        expectNotifications("Contact deleted.");
        assertThat(interactions.count(id)).isZero();
        assertThat(GridKt._size(panel.grid)).isZero();
    }

    @Test
    void aColleaguesContactHasNoCorrectButtonForTheServiceDeskButDoesForAManager() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = newCustomer();
        interactions.record(contact(id, "Desk's call"));

        login("desk2", AppRoles.SERVICE_DESK);
        InteractionsPanel colleagues = open(id);
        assertThat(_find(GridKt._getCellComponent(colleagues.grid, 0, "correct"), Button.class)).isEmpty();

        login("manager", AppRoles.MANAGER);
        InteractionsPanel managers = open(id);
        assertThat(GridKt._getCellComponent(managers.grid, 0, "correct")).isInstanceOf(Button.class);
    }

    private ContactDialog edit(InteractionsPanel panel) {
        _click((Button) GridKt._getCellComponent(panel.grid, 0, "correct"));
        return _get(ContactDialog.class);
    }

    private InteractionRow onlyContact(long customerId) {
        List<InteractionRow> rows = interactions.page(customerId, PageRequest.of(0, 5));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private NewInteraction contact(long customerId, String summary) {
        return new NewInteraction(customerId, InteractionChannel.PHONE, Direction.INBOUND, ContentType.OPINION, summary,
                LocalDateTime.now(clock).minusHours(2));
    }

    private long newCustomer() {
        return customers.create(new NewCustomer("Dialog " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
    }

    private InteractionsPanel open(long id) {
        UI.getCurrent().navigate("customers/" + id);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Contacts")) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(InteractionsPanel.class);
    }
}
