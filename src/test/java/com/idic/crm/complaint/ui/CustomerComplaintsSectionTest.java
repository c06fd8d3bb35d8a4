package com.idic.crm.complaint.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintService;
import com.idic.crm.complaint.ComplaintTimelineSource;
import com.idic.crm.complaint.NewComplaint;
import com.idic.crm.customer.CustomerService;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.NewCustomer;
import com.idic.crm.customer.TimelineEntry;
import com.idic.crm.security.AppRoles;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerComplaintsSectionTest extends KaribuTest {

    @Autowired ComplaintService service;
    @Autowired CustomerService customers;
    @Autowired ComplaintTimelineSource timeline;

    @Test
    void theComplaintsTabListsTheCustomersComplaintsAndTakesInANewOne() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("陈静 " + ThreadLocalRandom.current().nextInt(100_000, 999_999), CustomerType.INDIVIDUAL));
        service.create(new NewComplaint(id, "Wrong invoice amount", "Billed twice", ComplaintChannel.EMAIL, ComplaintPriority.NORMAL));

        UI.getCurrent().navigate("customers/" + id);
        TabSheet tabs = _get(TabSheet.class);
        int index = -1;
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Complaints")) {
                index = i;
            }
        }
        assertThat(index).isPositive();
        tabs.setSelectedIndex(index);
        CustomerComplaintsPanel panel = _get(CustomerComplaintsPanel.class);
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(panel.summary.getText()).startsWith("1 complaint \u00b7 1 open");

        _click(_get(panel, Button.class, spec -> spec.withText("New complaint")));
        NewComplaintDialog dialog = _get(NewComplaintDialog.class);
        assertThat(dialog.customer.isAttached()).isFalse();
        dialog.subject.setValue("Rude courier");
        dialog.description.setValue("The courier shouted at my mother.");
        _click(dialog.save);
        assertThat(_get(ComplaintView.class).header.getElement().getTextRecursively()).contains("Rude courier");
    }

    @Test
    void theTimelineSourcePagesTheCustomersComplaintsNewestFirst() {
        login("desk", AppRoles.SERVICE_DESK);
        long id = customers.create(new NewCustomer("Timeline " + ThreadLocalRandom.current().nextInt(), CustomerType.ORGANIZATION));
        long first = service.create(new NewComplaint(id, "First", "x", ComplaintChannel.FAX, ComplaintPriority.LOW));
        long second = service.create(new NewComplaint(id, "Second", "x", ComplaintChannel.FAX, ComplaintPriority.LOW));
        long third = service.create(new NewComplaint(id, "Third", "x", ComplaintChannel.FAX, ComplaintPriority.URGENT));

        List<TimelineEntry> page1 = timeline.entries(id, null, 2, Locale.ENGLISH);
        assertThat(page1).extracting(TimelineEntry::id).containsExactly(third, second);
        assertThat(page1.get(0).title()).isEqualTo("Complaint #" + third + " \u00b7 Third");
        assertThat(page1.get(0).detail()).isEqualTo("Received \u00b7 Urgent");
        assertThat(page1.get(0).route()).isEqualTo("complaints/" + third);
        assertThat(page1.get(0).kind()).isEqualTo("complaint");
        List<TimelineEntry> page2 = timeline.entries(id, page1.get(1).position(), 2, Locale.SIMPLIFIED_CHINESE);
        assertThat(page2).extracting(TimelineEntry::id).containsExactly(first);
        assertThat(page2.get(0).detail()).isEqualTo("已受理 \u00b7 低");
    }
}
