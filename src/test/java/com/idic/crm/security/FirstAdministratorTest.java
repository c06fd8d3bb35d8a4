package com.idic.crm.security;

import java.time.Clock;
import java.util.UUID;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test empties the user table inside its transaction, which is rolled back afterwards. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FirstAdministratorTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    UserService userService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Environment environment;

    private final String name = "first-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEmptyDatabaseGetsTheAdministratorFromTheEnvironment() {
        users.deleteAll();

        firstAdministrator(name, "a long and private passphrase").createIfNoUserExists();

        AppUser admin = users.findByUsername(name).orElseThrow();
        assertThat(admin.getRoles()).containsExactly(AppRoles.ADMIN);
        assertThat(passwordEncoder.matches("a long and private passphrase", admin.getPasswordHash())).isTrue();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void aPasswordBreakingTheRulesStopsTheStartAndCreatesNobody() {
        users.deleteAll();

        assertThatThrownBy(() -> firstAdministrator(name, "qwertyuiop123").createIfNoUserExists())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CRM_ADMIN_PASSWORD");
        assertThatThrownBy(() -> firstAdministrator(name, "short").createIfNoUserExists())
                .isInstanceOf(IllegalStateException.class);
        assertThat(users.count()).isZero();
    }

    @Test
    void onceAnyUserExistsTheVariablesAreIgnored() {
        users.deleteAll();
        firstAdministrator(name, "a long and private passphrase").createIfNoUserExists();

        firstAdministrator(name + "-again", "another long passphrase").createIfNoUserExists();
        firstAdministrator(name, "a password taken over").createIfNoUserExists();

        assertThat(users.count()).isEqualTo(1);
        assertThat(passwordEncoder.matches("a long and private passphrase",
                users.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void anExternalDatabaseGetsNoDemoUsersWhateverThePropertySays() {
        // the test database is external to the application, as a production one is
        MockEnvironment saysDemo = new MockEnvironment()
                .withProperty("spring.datasource.url", environment.getProperty("spring.datasource.url"))
                .withProperty("crm.demo-data.enabled", "true");
        users.deleteAll();
        new DemoUsers(users, passwordEncoder, saysDemo, Clock.systemUTC()).createDemoUsers();
        assertThat(users.existsByUsername("admin")).isFalse();
        assertThat(users.count()).isZero();
    }

    private FirstAdministrator firstAdministrator(String username, String password) {
        return new FirstAdministrator(users, userService, environment, username, password);
    }
}
