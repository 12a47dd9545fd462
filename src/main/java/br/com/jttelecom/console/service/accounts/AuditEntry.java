package br.com.jttelecom.console.service.accounts;

import java.time.Instant;

/** One audit row as the viewer shows it (the hashes stay in the store). */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String result,
                         String details) {
}
