package com.idic.crm.customization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Someone else changed the offer first: says so above the user's unsaved lines and offers to reload. */
class ConflictBanner extends Div {

    ConflictBanner() {
        addClassName("conflict-banner");
        setVisible(false);
    }

    void show(Runnable reload) {
        removeAll();
        add(new Span(getTranslation("offer.conflict")), new Button(getTranslation("action.reload"), click -> reload.run()));
        setVisible(true);
    }
}
