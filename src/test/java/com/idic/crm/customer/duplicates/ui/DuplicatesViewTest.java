package com.idic.crm.customer.duplicates.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import com.idic.crm.customer.duplicates.CustomerMergeService;
import com.idic.crm.customer.duplicates.DuplicateFixtures;
import com.idic.crm.customer.duplicates.DuplicateGroup;
import com.idic.crm.customer.duplicates.DuplicatePair;
import com.idic.crm.customer.duplicates.MergePreview;
import com.idic.crm.customer.duplicates.MergeRecord;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.mobile;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.spaced;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesViewTest extends KaribuTest {

    @Autowired
    CustomerMergeService mergeService;
    @Autowired
    CustomerRepository customers;

    DuplicateFixtures fixtures;
    Customer older;
    Customer newer;
    List<Long> newerContacts;
    List<Long> newerOrders;

    @BeforeEach
    void aCustomerEnteredTwice() {
        fixtures = new DuplicateFixtures(context);
        String phone = mobile();
        older = fixtures.customer(unique("Sun Li"), LocalDate.of(2023, 1, 10), c -> c.setPhone(phone));
        newer = fixtures.customer(unique("Sun Li"), LocalDate.of(2025, 9, 1), c -> {
            c.setPhone(spaced(phone));
            c.setEmail(unique("sun").replace(' ', '.') + "@example.cn");
        }, "Assistant Zhou");
        newerContacts = fixtures.contactIdsOf(newer.getId());
        newerOrders = fixtures.orders(newer, 2);
    }

    @Test
    void managerMergesAPairThroughTheDialogAndUndoesItFromTheNotification() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(DuplicatesView.class);
        Grid<DuplicatePair> pairs = pairsGrid();
        int row = rowOf(pairs, newer.getId());

        GridKt._selectRow(pairs, row);
        MergeDialog dialog = _get(MergeDialog.class);
        assertThat(_find(dialog, H4.class)).extracting(H4::getText).startsWith(older.getName(), newer.getName());
        _click(_get(dialog, Button.class, spec -> spec.withText(t("duplicates.dialog.merge"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.contactIdsOf(older.getId())).containsExactlyElementsOf(newerContacts);
        assertThat(fixtures.orderIdsOf(older.getId())).containsExactlyElementsOf(newerOrders);
        assertThat(fixtures.reload(older).getEmail()).isEqualTo(newer.getEmail());
        assertThat(fixtures.reload(newer).getMergedIntoId()).isEqualTo(older.getId());
        assertThat(rowOf(pairs, newer.getId())).as("no longer listed").isEqualTo(-1);

        Notification merged = NotificationsKt.getNotifications().get(0);
        _click(_get(merged, Button.class, spec -> spec.withText(t("duplicates.action.undo"))));

        assertThat(fixtures.contactIdsOf(newer.getId())).containsExactlyElementsOf(newerContacts);
        assertThat(fixtures.orderIdsOf(newer.getId())).containsExactlyElementsOf(newerOrders);
        assertThat(fixtures.reload(older).getEmail()).isNull();
        assertThat(fixtures.reload(newer).getMergedIntoId()).isNull();
        assertThat(rowOf(pairs, newer.getId())).isNotNegative();
    }

    @Test
    void swappingKeepsTheNewerRecordInstead() {
        login("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(DuplicatesView.class);
        GridKt._selectRow(pairsGrid(), rowOf(pairsGrid(), newer.getId()));

        _click(_get(Button.class, spec -> spec.withText(t("duplicates.dialog.swap"))));
        _click(_get(Button.class, spec -> spec.withText(t("duplicates.dialog.merge"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.reload(older).getMergedIntoId()).isEqualTo(newer.getId());
        assertThat(fixtures.orderIdsOf(newer.getId())).containsExactlyElementsOf(newerOrders);
    }

    @Test
    void aRecordChangedWhileThePreviewWasOpenIsNotMerged() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(DuplicatesView.class);
        GridKt._selectRow(pairsGrid(), rowOf(pairsGrid(), newer.getId()));
        Customer editedMeanwhile = fixtures.reload(newer);
        editedMeanwhile.setNotes("prefers e-mail");
        customers.save(editedMeanwhile);

        _click(_get(Button.class, spec -> spec.withText(t("duplicates.dialog.merge"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(t("duplicates.error.stale"));
        assertThat(fixtures.reload(newer).getMergedIntoId()).isNull();
        assertThat(fixtures.contactIdsOf(newer.getId())).containsExactlyElementsOf(newerContacts);
        assertThat(_get(MergeDialog.class).isOpened()).as("stays open with the fresh preview").isTrue();
    }

    @Test
    void aMergeIsUndoneFromRecentMerges() {
        login("manager", AppRoles.MANAGER);
        MergePreview preview = mergeService.preview(older.getId(), newer.getId());
        long mergeId = mergeService.merge(older.getId(), newer.getId(), preview.kept().version(), preview.duplicate().version());
        UI.getCurrent().navigate(DuplicatesView.class);
        @SuppressWarnings("unchecked")
        Grid<MergeRecord> merges = _get(Grid.class, spec -> spec.withClasses("recent-merges"));
        int row = IntStream.range(0, GridKt._size(merges))
                .filter(i -> GridKt._get(merges, i).id() == mergeId).findFirst().orElseThrow();

        _click((Button) GridKt._getCellComponent(merges, row, "undo"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.reload(newer).getMergedIntoId()).isNull();
        assertThat(fixtures.contactIdsOf(newer.getId())).containsExactlyElementsOf(newerContacts);
        assertThat(fixtures.orderIdsOf(newer.getId())).containsExactlyElementsOf(newerOrders);
        assertThat(GridKt._get(merges, row).undoneBy()).isEqualTo("manager");
        assertThat(GridKt._getCellComponent(merges, row, "undo").isVisible()).isFalse();
    }

    @Test
    void aPhoneSharedBySevenRecordsIsListedOnceAndAnyTwoOfThemCanBeMerged() {
        String switchboard = mobile();
        List<Customer> branches = IntStream.range(0, 7)
                .mapToObj(i -> fixtures.customer(unique("Branch"), LocalDate.of(2024, 1, 1 + i), c -> c.setPhone(switchboard)))
                .toList();
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(DuplicatesView.class);
        @SuppressWarnings("unchecked")
        Grid<DuplicateGroup> groups = _get(Grid.class, spec -> spec.withClasses("duplicate-groups"));
        List<Integer> rows = IntStream.range(0, GridKt._size(groups))
                .filter(i -> GridKt._get(groups, i).key().equals(switchboard)).boxed().toList();
        assertThat(rows).as("one group for the shared phone").hasSize(1);
        assertThat(GridKt._getFormattedRow(groups, rows.get(0))).contains("7 records share phone " + switchboard);
        assertThat(IntStream.range(0, GridKt._size(pairsGrid())).mapToObj(i -> GridKt._get(pairsGrid(), i).first().id()))
                .as("not listed pair by pair").doesNotContainAnyElementsOf(branches.stream().map(Customer::getId).toList());

        GridKt._selectRow(groups, rows.get(0));
        DuplicateGroupDialog group = _get(DuplicateGroupDialog.class);
        assertThat(GridKt._size(group.members)).isEqualTo(7);
        group.members.select(GridKt._get(group.members, 6));
        assertThat(group.compare.isEnabled()).as("two are needed").isFalse();
        group.members.select(GridKt._get(group.members, 2));
        _click(group.compare);

        MergeDialog merge = _get(MergeDialog.class);
        assertThat(_find(merge, H4.class)).extracting(H4::getText)
                .startsWith(branches.get(2).getName(), branches.get(6).getName());
        _click(_get(merge, Button.class, spec -> spec.withText(t("duplicates.dialog.merge"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(fixtures.reload(branches.get(6)).getMergedIntoId()).isEqualTo(branches.get(2).getId());
        assertThat(group.isOpened()).isFalse();
        assertThat(IntStream.range(0, GridKt._size(groups)).mapToObj(i -> GridKt._get(groups, i))
                .filter(g -> g.key().equals(switchboard))).singleElement().extracting(DuplicateGroup::size).isEqualTo(6L);
    }

    @Test
    void serviceDeskCannotOpenTheView() {
        login("desk", AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate(DuplicatesView.class);

        _assertNone(DuplicatesView.class);
        _assertOne(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DuplicatePair> pairsGrid() {
        return _get(Grid.class, spec -> spec.withClasses("duplicate-pairs"));
    }

    private static int rowOf(Grid<DuplicatePair> pairs, long secondId) {
        return IntStream.range(0, GridKt._size(pairs))
                .filter(i -> GridKt._get(pairs, i).second().id() == secondId).findFirst().orElse(-1);
    }

    private static String t(String key) {
        return I18NProvider.translate(key);
    }
}
