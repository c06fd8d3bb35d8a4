package com.idic.crm.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.idic.crm.security.AppRoles;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With SPRING_MAIL_HOST set, each new notice is mailed once to each recipient that has an address (GreenMail SMTP). */
@SpringBootTest(properties = "crm.base-url=https://crm.example.com")
@ActiveProfiles("test")
class NoticeMailTest {

    static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired NotificationService notifications;
    @Autowired AppUserRepository users;
    @Autowired Clock clock;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNoticeIsMailedOnceInBothLanguagesToAUserWhoChoseNoneWithItsLinkAndNotToUsersWithoutAnAddress() throws Exception {
        String withMail = user("mailed", "mia-" + tag + "@example.com");
        String withoutMail = user("unmailed", null);
        Notice notice = new Notice("escalated-" + tag, "interaction.level.saved", List.of("Partnership"), "complaints/17");

        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(withMail, withoutMail), notice));
        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(withMail), notice));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500); // a second mail, if the dedup failed, would arrive within this time
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> toMia = java.util.Arrays.stream(received)
                .filter(m -> recipients(m).contains("mia-" + tag)).toList();
        assertThat(toMia).hasSize(1);
        MimeMessage mail = toMia.get(0);
        assertThat(mail.getSubject()).isEqualTo("Relationship level is now Partnership.");
        String body = (String) mail.getContent();
        assertThat(body).contains("Relationship level is now Partnership.", "关系水平已改为Partnership。",
                "https://crm.example.com/complaints/17");
        assertThat(received).allSatisfy(m -> assertThat(recipients(m)).doesNotContain("unmailed"));
    }

    @Test
    void eachRecipientGetsTheMailInTheLanguageTheyChose() throws Exception {
        String chinese = user("zh", "li-" + tag + "@example.com", "zh-CN");
        String english = user("en", "ann-" + tag + "@example.com", "en");
        Notice notice = new Notice("language-" + tag, "interaction.level.saved", List.of("Partnership"), "customers/5");

        SystemAuthentication.run(() -> notifications.notifyUsers(List.of(chinese, english), notice));

        MimeMessage toLi = mailTo("li-" + tag);
        assertThat(toLi.getSubject()).isEqualTo("关系水平已改为Partnership。");
        assertThat((String) toLi.getContent()).contains("关系水平已改为Partnership。", "https://crm.example.com/customers/5")
                .doesNotContain("Relationship level");
        MimeMessage toAnn = mailTo("ann-" + tag);
        assertThat(toAnn.getSubject()).isEqualTo("Relationship level is now Partnership.");
        assertThat((String) toAnn.getContent()).contains("Relationship level is now Partnership.", "https://crm.example.com/customers/5")
                .doesNotContain("关系水平");
    }

    private MimeMessage mailTo(String addressStart) throws InterruptedException {
        for (int waited = 0; waited < 100; waited++) {
            List<MimeMessage> found = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(addressStart)).toList();
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + addressStart);
    }

    private String user(String prefix, String email) {
        return user(prefix, email, null);
    }

    private String user(String prefix, String email, String language) {
        AppUser user = new AppUser(prefix + "-" + tag, "Mail " + prefix, "{noop}x", Set.of(AppRoles.MANAGER), LocalDateTime.now(clock));
        user.setEmail(email);
        user.setLanguage(language);
        return users.save(user).getUsername();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
