package com.idic.crm.importing.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.idic.crm.base.ui.AccessDeniedView;
import com.idic.crm.importing.ImportProblem;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.idic.crm.importing.ImportKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thePageOffersATemplateAndListsTheAllowedValuesWithTheirLabels() {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        assertThat(_get(view, Anchor.class).getText()).isEqualTo(UI.getCurrent().getTranslation("import.template",
                UI.getCurrent().getTranslation("import.kind.CUSTOMERS")));
        assertThat(_find(view, ListItem.class)).extracting(ListItem::getText)
                .contains("relationship_type: GENERAL_CONSUMER ("
                        + UI.getCurrent().getTranslation("customer.relationship.GENERAL_CONSUMER") + "), ENTERPRISE ("
                        + UI.getCurrent().getTranslation("customer.relationship.ENTERPRISE") + "), INTERNAL ("
                        + UI.getCurrent().getTranslation("customer.relationship.INTERNAL") + "), CHANNEL_PARTNER ("
                        + UI.getCurrent().getTranslation("customer.relationship.CHANNEL_PARTNER") + ")");
        assertThat(_get(view, Checkbox.class).getLabel()).isEqualTo("Empty cells clear stored values");
        assertThat(_get(view, Checkbox.class).getValue()).as("empty cells keep stored values unless asked").isFalse();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportKind> kind = _get(view, RadioButtonGroup.class);
        kind.setValue(ImportKind.ORDERS);
        assertThat(_find(view, ListItem.class)).as("orders have no choice columns").isEmpty();
        assertThat(_get(view, Anchor.class).getText()).contains(UI.getCurrent().getTranslation("import.kind.ORDERS"));
    }

    @Test
    void aGoodFileIsImportedAndTheCountsAreShown() throws InterruptedException {
        login("manager", AppRoles.MANAGER);
        UI.getCurrent().navigate(ImportView.class);
        String csv = "external_id,type,name\nV" + run + "-1,INDIVIDUAL,王芳\nV" + run + "-2,ORGANIZATION,Acme\n";

        UploadKt._upload(_get(Upload.class), "customers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Notification shown = awaitNotification();

        assertThat(shown.getElement().getProperty("text"))
                .isEqualTo(UI.getCurrent().getTranslation("import.done", "2", "2", "0", "0", "0"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "V" + run + "-%")).isEqualTo(2);
        assertThat(_find(Grid.class)).as("no problem grid after a good file").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadFileSavesNothingAndTheGridListsTheBadRows() throws InterruptedException {
        login("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ImportView.class);
        String csv = "external_id,type,name,email\nW" + run + "-1,INDIVIDUAL,Fine,\nW" + run + "-2,ALIEN,Odd,\nW" + run + "-3,INDIVIDUAL,,bad@\n";

        UploadKt._upload(_get(Upload.class), "customers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        awaitNotification();

        Grid<ImportProblem> grid = _get(Grid.class);
        assertThat(grid.isVisible()).isTrue();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 0)).extracting(ImportProblem::row, ImportProblem::column).containsExactly(3L, "type");
        assertThat(GridKt._get(grid, 1)).extracting(ImportProblem::row, ImportProblem::column).containsExactly(4L, "name");
        assertThat(GridKt._get(grid, 2)).extracting(ImportProblem::row, ImportProblem::column).containsExactly(4L, "email");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", Long.class, "W" + run + "-%")).isZero();
    }

    @Test
    void aMarketerCannotOpenTheImport() {
        login("marketer", AppRoles.MARKETER);
        UI.getCurrent().navigate(ImportView.class);

        _assertNone(ImportView.class);
        _assertOne(AccessDeniedView.class);
    }

    /** The import runs on a background thread; its result reaches the UI through {@code ui.access}. */
    private static Notification awaitNotification() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            MockVaadin.runUIQueue();
            if (!NotificationsKt.getNotifications().isEmpty()) {
                return NotificationsKt.getNotifications().get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No notification within 30 s");
    }
}
