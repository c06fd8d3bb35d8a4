package com.idic.crm.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar (the notification bell), found as Spring beans so that the
 * shell never depends on the features.
 */
public interface NavbarItem {

    /** Position in the top bar, lowest first; all items stand before the language switch. */
    int order();

    /** A new component for one shell instance. */
    Component create();
}
