package com.idic.crm.interaction.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.interaction.ContentType;
import com.idic.crm.interaction.InteractionChannel;
import com.idic.crm.interaction.InteractionService;
import com.idic.crm.interaction.RelationshipLevel;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class InteractionsPanelTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired InteractionService interactions;
    @Autowired Clock clock;

    @Test
    void aClerkRecordsACallFromTheCustomerPageAndSeesItOnTop() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("Quick " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        InteractionsPanel panel = open(id);
        assertThat(GridKt._size(panel.grid)).isZero();

        panel.entry.channel.setValue(InteractionChannel.EMAIL);
        panel.entry.content.setValue(ContentType.IDEA);
        panel.entry.summary.setValue("Suggests a gift box for the new tea");
        _click(panel.entry.record);

        expectNotifications("Contact recorded.");
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.grid, 0))
                .contains("E-mail", "Incoming", "Idea", "Suggests a gift box for the new tea", "desk");
        assertThat(panel.entry.summary.getValue()).isEmpty();
    }

    @Test
    void anEmptySummaryOrAFutureTimeIsRefusedWithAMessageAndNothingIsSaved() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("Empty " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        InteractionsPanel panel = open(id);

        panel.entry.summary.setValue("   ");
        _click(panel.entry.record);
        assertThat(panel.entry.summary.isInvalid()).isTrue();
        assertThat(panel.entry.summary.getErrorMessage()).isEqualTo("Write a short summary of the contact.");

        panel.entry.summary.setValue("Called about delivery");
        panel.entry.occurredAt.setValue(LocalDateTime.now(clock).plusDays(2));
        _click(panel.entry.record);
        assertThat(panel.entry.occurredAt.isInvalid()).isTrue();

        assertThat(interactions.count(id)).isZero();
    }

    @Test
    void theRelationshipLevelIsShownChangedAndItsHistoryListed() {
        login("marketer", AppRoles.MARKETER);
        long id = customers.create(new NewCustomer("Level " + ThreadLocalRandom.current().nextInt(), CustomerType.ORGANIZATION));
        InteractionsPanel panel = open(id);
        assertThat(panel.level.level.getValue()).isEqualTo(RelationshipLevel.BASIC);
        assertThat(panel.level.changed.getText()).startsWith("Never set");

        panel.level.level.setValue(RelationshipLevel.PROACTIVE);

        expectNotifications("Relationship level is now Proactive.");
        assertThat(interactions.relationship(id).level()).isEqualTo(RelationshipLevel.PROACTIVE);
        assertThat(panel.level.meaning.getText()).contains("Regular contact");
        assertThat(panel.level.changed.getText()).startsWith("Set by marketer");
        _click(panel.level.history);
        assertThat(panel.level.historyDialog.isOpened()).isTrue();
    }

    @Test
    void aLevelChangedMeanwhileInAnotherTabShowsAConflictAndTheirLevel() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("Race " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        InteractionsPanel panel = open(id);
        interactions.changeRelationship(interactions.relationship(id), RelationshipLevel.PARTNERSHIP);

        panel.level.level.setValue(RelationshipLevel.REACTIVE);

        expectNotifications("desk changed the level meanwhile: it is Partnership now. Choose again if yours should still apply.");
        assertThat(panel.level.level.getValue()).isEqualTo(RelationshipLevel.PARTNERSHIP);
        assertThat(interactions.relationship(id).level()).isEqualTo(RelationshipLevel.PARTNERSHIP);
    }

    @Test
    void anAdministratorSeesContactsButCannotRecordOrChangeTheLevel() {
        login("admin", AppRoles.ADMIN);
        long id = customers.create(new NewCustomer("Admin " + ThreadLocalRandom.current().nextInt(), CustomerType.INDIVIDUAL));
        InteractionsPanel panel = open(id);

        assertThat(panel.entry.isVisible()).isFalse();
        assertThat(panel.level.level.isReadOnly()).isTrue();
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
