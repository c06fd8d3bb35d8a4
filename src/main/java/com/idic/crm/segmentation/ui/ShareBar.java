package com.idic.crm.segmentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A horizontal bar filled to the actual share, with an optional red mark at a reference share. */
class ShareBar extends Div {

    ShareBar(double actual, Double reference, String text) {
        addClassName("share-bar");
        Div fill = new Div();
        fill.addClassName("share-fill");
        getStyle().set("--actual", Percent.css(actual));
        add(fill);
        if (reference != null) {
            Div mark = new Div();
            mark.addClassName("share-ref");
            getStyle().set("--reference", Percent.css(reference));
            add(mark);
        }
        Span label = new Span(text);
        label.addClassName("share-text");
        add(label);
    }
}
