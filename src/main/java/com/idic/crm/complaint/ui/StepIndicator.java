package com.idic.crm.complaint.ui;

import com.idic.crm.complaint.ComplaintDetails;
import com.idic.crm.complaint.ComplaintStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The four steps of DOMAIN.md section 3 in a row: done, current, still to come; side states named below. */
class StepIndicator extends Div {

    StepIndicator(ComplaintDetails complaint) {
        addClassName("complaint-steps");
        ComplaintStatus status = complaint.status();
        int current = currentStep(complaint);
        boolean finished = status == ComplaintStatus.CLOSED || status == ComplaintStatus.INVALID
                || status == ComplaintStatus.DUPLICATE;
        for (int step = 1; step <= 4; step++) {
            Span number = new Span(Integer.toString(step));
            number.addClassName("step-number");
            Div item = new Div(number, new Span(getTranslation("complaint.step." + step)));
            item.addClassName("step");
            item.addClassName(step < current || finished ? "done" : step == current ? "current" : "todo");
            add(item);
        }
        if (status == ComplaintStatus.WAITING_ON_CUSTOMER || status == ComplaintStatus.DUPLICATE
                || status == ComplaintStatus.INVALID) {
            Span side = new Span(ComplaintTexts.of(this, status));
            side.addClassName("step-side");
            add(side);
        }
    }

    private static int currentStep(ComplaintDetails complaint) {
        ComplaintStatus shown = complaint.status() == ComplaintStatus.WAITING_ON_CUSTOMER && complaint.resumeStatus() != null
                ? complaint.resumeStatus() : complaint.status();
        return switch (shown) {
            case RECEIVED -> 1;
            case RECORDED, VALID -> shown == ComplaintStatus.VALID ? 3 : 2;
            case SOLUTION_PROPOSED, SOLUTION_ACCEPTED -> 3;
            case RESOLVED, FOLLOWED_UP, CLOSED -> 4;
            default -> 2;
        };
    }
}
