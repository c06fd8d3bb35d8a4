package com.idic.crm.complaint;

import java.time.Instant;

/** One line of the complaint's history timeline; from/to are raw values (enum names, user names, text). */
public record HistoryLine(Instant at, String username, HistoryKind kind, String field, String from, String to, String note) {
}
