package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code setting} table: the console's key/value settings (values as text; the caller parses). */
public final class SettingRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    public SettingRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SettingRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    public Optional<String> get(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE setting_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findFirst());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /**
     * Sets the value, creating the key when absent. Update-then-insert instead of MERGE or
     * ON CONFLICT, because those are spelled differently in H2 and PostgreSQL.
     */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE setting SET setting_value = :value, updated_at = :now WHERE setting_key = :key")
                    .bind("value", value).bindByType("now", now, Instant.class).bind("key", key).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO setting (setting_key, setting_value, updated_at) VALUES (:key, :value, :now)")
                        .bind("key", key).bind("value", value).bindByType("now", now, Instant.class).execute();
            }
            Journalled.record(h, JournalTable.SETTING, key);
        });
    }

    /** @return {@code true} when the key existed */
    public boolean remove(String key) {
        return jdbi.withHandle(h -> {
            boolean existed = h.createUpdate("DELETE FROM setting WHERE setting_key = :key").bind("key", key).execute() == 1;
            Journalled.record(h, JournalTable.SETTING, key);
            return existed;
        });
    }
}
