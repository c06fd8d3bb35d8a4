package com.idic.crm.security;

import jakarta.annotation.security.PermitAll;
import com.idic.crm.base.ui.AccessDeniedView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes what Spring Security and Vaadin report (sign-out, denied method or route) to the security event log. */
@Component
@PermitAll // Vaadin calls it at start-up; the events it records come from the sign-in machinery
class SecurityEventListeners implements VaadinServiceInitListener {

    private final SecurityEvents events;

    SecurityEventListeners(SecurityEvents events) {
        this.events = events;
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        events.recordAs(username, SecurityEventType.LOGOUT, username, null);
    }

    /** A service method refused the caller's role. Anonymous requests for pages are the sign-in flow, not news. */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (event.getSource() instanceof MethodInvocation call) {
            events.recordAs(who.getName(), SecurityEventType.ACCESS_DENIED,
                    call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(), "service method");
        } else if (event.getSource() instanceof HttpServletRequest request) {
            events.recordAs(who.getName(), SecurityEventType.ACCESS_DENIED, request.getRequestURI(), "request");
        }
    }

    /** A signed-in user opened a view their roles may not see: the access-denied page was shown. */
    @Override
    public void serviceInit(ServiceInitEvent init) {
        init.getSource().addUIInitListener(uiInit -> uiInit.getUI().addAfterNavigationListener(navigation -> {
            if (!navigation.getActiveChain().isEmpty() && navigation.getActiveChain().get(0) instanceof AccessDeniedView) {
                events.record(SecurityEventType.ACCESS_DENIED, "/" + navigation.getLocation().getPathWithQueryParameters(), "view");
            }
        }));
    }
}
