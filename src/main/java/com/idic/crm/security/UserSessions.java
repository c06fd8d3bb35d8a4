package com.idic.crm.security;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's open sessions the moment an administrator disables them, resets their password or
 * changes their roles (ASVS 5.0 7.4.2): Spring Security's {@link SessionRegistry} knows which sessions
 * belong to whom, and this listener keeps the sessions themselves so that they can be invalidated at once
 * rather than at their next request. Sessions live on the node that created them (sticky sessions), so
 * each node ends its own.
 */
@Component
@PermitAll // the servlet container reports sessions starting and ending; nobody is signed in there
class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;
    private final SecurityEvents events;
    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    UserSessions(SessionRegistry registry, SecurityEvents events) {
        this.registry = registry;
        this.events = events;
    }

    /** After the change is committed: ended before, a refused change would still have signed the user out. */
    @TransactionalEventListener(fallbackExecution = true)
    void accessChanged(UserAccessChanged change) {
        int ended = endSessionsOf(change.username());
        if (ended > 0) {
            events.record(SecurityEventType.SESSIONS_ENDED, change.username(), ended + " session(s), " + change.why());
        }
    }

    int endSessionsOf(String username) {
        List<SessionInformation> sessions = registry.getAllPrincipals().stream()
                .filter(principal -> username.equalsIgnoreCase(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
        for (SessionInformation session : sessions) {
            session.expireNow();
            HttpSession httpSession = open.get(session.getSessionId());
            if (httpSession != null) {
                try {
                    httpSession.invalidate();
                } catch (IllegalStateException alreadyGone) {
                    // ended by itself meanwhile: nothing left to end
                }
            }
            registry.removeSessionInformation(session.getSessionId());
        }
        if (!sessions.isEmpty()) {
            log.info("Ended {} session(s) of {}", sessions.size(), username);
        }
        return sessions.size();
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }
}
