package br.com.jttelecom.console.store;

import java.time.Instant;

/**
 * Where a sync stands.
 *
 * @param name      the sync's name ({@code history}, …)
 * @param cursor    opaque to the store: the sync writes and reads it
 * @param updatedAt when the cursor last moved: the status bar's "last successful sync"
 */
public record SyncState(String name, String cursor, Instant updatedAt) {
}
