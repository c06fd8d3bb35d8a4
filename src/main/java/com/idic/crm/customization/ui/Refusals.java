package com.idic.crm.customization.ui;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.CustomizationRefusedException;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Tells the user, in their language, why the rules refused what they asked. */
final class Refusals {

    private static final String OTHER = "offer.violation.other";

    private Refusals() {
    }

    private static String messageKey(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.endsWith("quantity")) {
            return "offer.violation.quantity";
        }
        if (path.endsWith("discountPercent")) {
            return "offer.violation.discount";
        }
        if (path.endsWith("unitPrice") || path.endsWith("unitCost")) {
            return "offer.violation.price";
        }
        return path.endsWith("description") ? "offer.violation.description" : OTHER;
    }

    /** Bean Validation at the service refused an offer's lines: name the first kind of mistake found. */
    static void show(ConstraintViolationException violations) {
        String key = violations.getConstraintViolations().stream().map(Refusals::messageKey)
                .filter(found -> !found.equals(OTHER)).findFirst().orElse(OTHER);
        Notifications.error(UI.getCurrent().getTranslation(key));
    }

    static void show(CustomizationRefusedException refused) {
        Notifications.error(UI.getCurrent().getTranslation(refused.messageKey(), refused.arguments()));
    }
}
