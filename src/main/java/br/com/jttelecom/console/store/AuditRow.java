package br.com.jttelecom.console.store;

import java.time.Instant;

/** One stored row of the audit trail, exactly as kept (hashes included, so they can be checked). */
public record AuditRow(long id, Instant at, String actor, String action, String target, String result,
                       String details, String prevHash, String rowHash) {
}
