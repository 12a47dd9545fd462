package br.com.jttelecom.console.testsupport;

import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Rows the foreign keys of {@code calls} need, written with plain SQL. */
public final class StoreFixture {

    private StoreFixture() {
    }

    public static Database open(Path dir) {
        return Database.openFolder(dir);
    }

    public static long user(Jdbi jdbi, String login) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO app_user (login, display_name, role, created_at, updated_at)
                        VALUES (:login, :login, 'AGENT', :now, :now)
                        """)
                .bind("login", login).bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public static long lead(Jdbi jdbi, String name, String phone) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO lead (name, phone, created_at, updated_at) VALUES (:name, :phone, :now, :now)
                        """)
                .bind("name", name).bind("phone", phone).bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
