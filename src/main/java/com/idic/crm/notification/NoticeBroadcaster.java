package com.idic.crm.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a bell on this node right now, by user name, so a new notice (or one read in another
 * tab) updates their badge at once over server push. A user signed in on another node sees it on their
 * next page visit, when the bell reads the database again.
 */
@Component
@PermitAll // each signed-in user's own bell registers itself; nothing is read or written here but callbacks
public class NoticeBroadcaster {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code changed} (on a thread of the sender: the bell moves to its UI itself) until the returned handle runs. */
    public Runnable listen(String username, Runnable changed) {
        listeners.computeIfAbsent(username, name -> new CopyOnWriteArraySet<>()).add(changed);
        return () -> listeners.computeIfPresent(username, (name, set) -> {
            set.remove(changed);
            return set.isEmpty() ? null : set;
        });
    }

    void arrived(Collection<String> usernames) {
        usernames.forEach(username -> listeners.getOrDefault(username, Set.of()).forEach(Runnable::run));
    }
}
