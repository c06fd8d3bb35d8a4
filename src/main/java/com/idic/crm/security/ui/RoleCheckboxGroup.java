package com.idic.crm.security.ui;

import com.idic.crm.security.AppRoles;
import com.vaadin.flow.component.checkbox.CheckboxGroup;

/** The four roles, labelled in the user's language. */
class RoleCheckboxGroup extends CheckboxGroup<String> {

    RoleCheckboxGroup() {
        super();
        setLabel(getTranslation("users.field.roles"));
        setItems(AppRoles.ALL);
        setItemLabelGenerator(role -> getTranslation("role." + role));
    }
}
