package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncStateRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-08-21T16:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private SyncStateRepository sync;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        sync = new SyncStateRepository(db.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anUnknownSyncHasNoState() {
        assertThat(sync.get("history")).isEmpty();
        assertThat(sync.cursor("history")).isEmpty();
    }

    @Test
    void putStoresTheCursorAndWhenItMoved() {
        sync.put("history", "21/08/2026 13:00|1000");
        assertThat(sync.get("history")).contains(new SyncState("history", "21/08/2026 13:00|1000", NOW));
    }

    @Test
    void putAgainMovesTheCursor() {
        sync.put("history", "a");
        new SyncStateRepository(db.jdbi(), Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC)).put("history", "b");
        assertThat(sync.get("history")).contains(new SyncState("history", "b", NOW.plusSeconds(60)));
    }

    @Test
    void eachSyncHasItsOwnCursor() {
        sync.put("history", "h");
        sync.put("extensions", "e");
        assertThat(sync.cursor("history")).contains("h");
        assertThat(sync.cursor("extensions")).contains("e");
    }
}
