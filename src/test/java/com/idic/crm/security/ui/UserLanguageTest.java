package com.idic.crm.security.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.idic.crm.base.ui.LanguageSwitch;
import com.idic.crm.base.ui.MainLayout;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.UserDirectory;
import com.idic.crm.security.UserLanguages;
import com.idic.crm.security.UserService;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import com.idic.crm.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's language: kept when they switch, set by an administrator, read for their mails. */
class UserLanguageTest extends KaribuTest {

    @Autowired UserService users;
    @Autowired UserDirectory directory;
    @Autowired UserLanguages languages;
    @Autowired AppUserRepository repository;
    @Autowired Clock clock;

    private final String name = "lang-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theLanguageSwitchKeepsTheChoiceAsTheUsersLanguage() {
        user();
        login(name, AppRoles.SERVICE_DESK);
        UI.getCurrent().navigate("customers");
        assertThat(directory.languageOf(name)).isEmpty();

        LanguageSwitch languageSwitch = _get(_get(MainLayout.class), LanguageSwitch.class);
        _setValue(languageSwitch, Locale.SIMPLIFIED_CHINESE);

        assertThat(directory.languageOf(name)).hasValue(Locale.SIMPLIFIED_CHINESE);
        assertThat(languages.preferred()).hasValue(Locale.SIMPLIFIED_CHINESE);
        assertThat(repository.findByUsername(name).orElseThrow().getLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void aSignedInUsersPagesOpenInTheLanguageTheyChoseOnAnyBrowser() {
        AppUser user = new AppUser(name, "Language User", "{noop}x", Set.of(AppRoles.SERVICE_DESK), LocalDateTime.now(clock));
        user.setLanguage("zh-CN");
        repository.save(user);
        login(name, AppRoles.SERVICE_DESK);
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("the browser's language before").isEqualTo("en");

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("customers");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anAdministratorSetsAUsersLanguageInTheUserList() {
        user();
        login("admin-" + name, AppRoles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        UserAdminView view = _get(UserAdminView.class);
        assertThat(GridKt._getFormatted(view.grid, indexOf(view), "language")).isEqualTo("Not chosen");
        view.grid.select(GridKt._get(view.grid, indexOf(view)));

        _click(view.language);
        LanguageDialog dialog = _get(LanguageDialog.class);
        dialog.language.setValue(Locale.SIMPLIFIED_CHINESE);
        _click(dialog.save);

        NotificationsKt.expectNotifications("Language of " + name + " saved.");
        assertThat(directory.languageOf(name)).hasValue(Locale.SIMPLIFIED_CHINESE);
        assertThat(GridKt._getFormatted(view.grid, indexOf(view), "language")).isEqualTo("中文 (中国)");
    }

    @Test
    void aStaleRowOrALanguageTheApplicationDoesNotSpeakIsRefused() {
        user();
        login("admin-" + name, AppRoles.ADMIN);
        UserService.UserRow seen = users.find(repository.findByUsername(name).orElseThrow().getId()).orElseThrow();
        UserService.UserRow english = users.setLanguage(seen, Locale.ENGLISH);

        assertThatThrownBy(() -> users.setLanguage(seen, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> users.setLanguage(english, Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.languageOf(name)).hasValue(Locale.ENGLISH);
        users.setLanguage(english, null);
        assertThat(directory.languageOf(name)).isEmpty();
    }

    @Test
    void onlyAnAdministratorSetsSomeoneElsesLanguage() {
        user();
        AppUser stored = repository.findByUsername(name).orElseThrow();
        login("desk-" + name, AppRoles.SERVICE_DESK);
        UserService.UserRow row = new UserService.UserRow(stored.getId(), stored.getVersion(), name, "Language User", true,
                Set.of(AppRoles.SERVICE_DESK), null, null);
        assertThatThrownBy(() -> users.setLanguage(row, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.languageOf(name)).isEmpty();
    }

    private void user() {
        repository.save(new AppUser(name, "Language User", "{noop}x", Set.of(AppRoles.SERVICE_DESK), LocalDateTime.now(clock)));
    }

    private int indexOf(UserAdminView view) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).username().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the list");
    }
}
