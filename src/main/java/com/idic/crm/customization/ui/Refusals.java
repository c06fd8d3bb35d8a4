package com.idic.crm.customization.ui;

import com.idic.crm.base.ui.Notifications;
import com.idic.crm.customization.CustomizationRefusedException;
import com.vaadin.flow.component.UI;

/** Tells the user, in their language, why the rules refused what they asked. */
final class Refusals {

    private Refusals() {
    }

    static void show(CustomizationRefusedException refused) {
        Notifications.error(UI.getCurrent().getTranslation(refused.messageKey(), refused.arguments()));
    }
}
