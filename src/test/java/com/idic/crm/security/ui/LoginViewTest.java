package com.idic.crm.security.ui;

import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToTheLoginForm() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void failedLoginShowsTheErrorMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
