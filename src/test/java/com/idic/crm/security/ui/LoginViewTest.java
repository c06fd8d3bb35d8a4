package com.idic.crm.security.ui;

import java.time.Duration;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.security.LoginThrottledException;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorIsSentToTheLoginFormWithoutAForgotPasswordButton() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void failedLoginShowsTheErrorMessage() {
        failedBefore(new BadCredentialsException("wrong"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains(t("login.error.title")).doesNotContain(t("login.throttled.title"));
    }

    @Test
    void aPausedSignInSaysHowLongToWait() {
        failedBefore(new LoginThrottledException(Duration.ofSeconds(200)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains(t("login.throttled.title"), t("login.throttled.message", 4));
    }

    @Test
    void theFormSpeaksChinese() {
        VaadinSession.getCurrent().setLocale(CrmI18NProvider.CHINESE);
        UI.getCurrent().setLocale(CrmI18NProvider.CHINESE);
        // a new page in a Chinese session (the language switch reloads the page, building the view anew)
        LoginView page = new LoginView();
        assertThat(texts(page.login)).contains("\"用户名\"", "\"密码\"", "请检查用户名和密码后重试")
                .doesNotContain("Sign in");
    }

    private static void failedBefore(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
    }

    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
