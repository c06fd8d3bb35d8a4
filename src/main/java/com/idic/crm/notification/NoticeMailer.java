package com.idic.crm.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.idic.crm.base.CrmI18NProvider;
import com.idic.crm.notification.domain.NoticeStore;
import com.idic.crm.security.SystemAuthentication;
import com.idic.crm.security.UserDirectory;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a stored notice to each recipient that has an address, when mail is configured (SPRING_MAIL_HOST;
 * without it there is no mail sender and nothing is mailed). In the background, so a slow mail server
 * never holds up a clerk or the escalation job. Subject and text are in the recipient's language; a user who
 * never chose one gets the message in English and in Chinese.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserDirectory users;
    private final NoticeStore store;
    private final CrmI18NProvider i18n;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-mail");
        thread.setDaemon(true);
        return thread;
    });

    NoticeMailer(ObjectProvider<JavaMailSender> mailSender, UserDirectory users, NoticeStore store, CrmI18NProvider i18n,
                 Clock clock, @Value("${crm.mail.from:crm@localhost}") String from,
                 @Value("${crm.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.users = users;
        this.store = store;
        this.i18n = i18n;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    void mail(List<String> usernames, Notice notice) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        sending.execute(() -> usernames.forEach(username -> send(sender, username, notice)));
    }

    private void send(JavaMailSender sender, String username, Notice notice) {
        Optional<String> address = SystemAuthentication.call(() -> users.emailOf(username));
        if (address.isEmpty()) {
            return;
        }
        Optional<Locale> language = SystemAuthentication.call(() -> users.languageOf(username));
        String link = notice.route() == null ? "" : "\n" + baseUrl + notice.route();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address.get());
        if (language.isPresent()) {
            String text = text(notice, language.get());
            message.setSubject(text);
            message.setText(text + link + "\n");
        } else {
            String english = text(notice, Locale.ENGLISH);
            message.setSubject(english);
            message.setText(english + link + "\n\n" + text(notice, CrmI18NProvider.CHINESE) + link + "\n");
        }
        try {
            sender.send(message);
            store.markMailed(username, notice.dedupKey(), LocalDateTime.now(clock));
        } catch (MailException e) {
            log.warn("Notice {} not mailed to {}: {}", notice.dedupKey(), username, e.getMessage());
        }
    }

    private String text(Notice notice, Locale locale) {
        return i18n.getTranslation(notice.messageKey(), locale, notice.args().toArray());
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
