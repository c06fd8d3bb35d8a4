package com.idic.crm.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.idic.crm.notification.Notice;
import com.idic.crm.notification.NoticeRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice table, in plain SQL: INSERT IGNORE is what makes a notice unique across nodes. */
@Repository
public class NoticeStore {

    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the notice for the user unless they already have one with its dedup key; true when stored now. */
    public boolean insertIfNew(String username, Notice notice, LocalDateTime now) {
        return jdbc.sql("""
                        INSERT IGNORE INTO notice (username, dedup_key, message_key, args, route, created_at)
                        VALUES (:username, :dedupKey, :messageKey, :args, :route, :now)""")
                .param("username", username).param("dedupKey", notice.dedupKey()).param("messageKey", notice.messageKey())
                .param("args", notice.args().isEmpty() ? null : String.join(SEPARATOR, notice.args()))
                .param("route", notice.route()).param("now", now)
                .update() == 1;
    }

    public void markMailed(String username, String dedupKey, LocalDateTime at) {
        jdbc.sql("UPDATE notice SET mailed_at = ? WHERE username = ? AND dedup_key = ?").params(at, username, dedupKey).update();
    }

    public long unreadCount(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND read_at IS NULL").param(username)
                .query(Long.class).single();
    }

    public List<NoticeRow> latest(String username, int limit) {
        return jdbc.sql("SELECT id, message_key, args, route, created_at, read_at FROM notice WHERE username = ?"
                        + " ORDER BY id DESC LIMIT ?")
                .params(username, limit).query(NoticeStore::row).list();
    }

    /** Only the user's own notice is marked: an id of someone else's changes nothing. */
    public boolean markRead(String username, long id, LocalDateTime at) {
        return jdbc.sql("UPDATE notice SET read_at = ? WHERE id = ? AND username = ? AND read_at IS NULL")
                .params(at, id, username).update() == 1;
    }

    public int markAllRead(String username, LocalDateTime at) {
        return jdbc.sql("UPDATE notice SET read_at = ? WHERE username = ? AND read_at IS NULL").params(at, username).update();
    }

    private static NoticeRow row(ResultSet rs, int rowNum) throws SQLException {
        String args = rs.getString("args");
        return new NoticeRow(rs.getLong("id"), rs.getString("message_key"),
                args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), rs.getString("route"),
                rs.getObject("created_at", LocalDateTime.class), rs.getTimestamp("read_at") != null);
    }
}
