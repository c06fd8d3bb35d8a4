package com.idic.crm.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly page shown instead of a stack trace when navigation fails. */
abstract class ErrorPage extends Main {

    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();

    ErrorPage() {
        addClassNames("view", "error-page");
        add(title, message, new Anchor("", getTranslation("error.home")));
    }

    void show(String titleText, String messageText) {
        title.setText(titleText);
        message.setText(messageText);
    }

    String titleText() {
        return title.getText();
    }
}
