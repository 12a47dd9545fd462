package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** {@code extension_link}: the PBX extension each console user dials from (one each, unique). */
public final class ExtensionLinkRepository {

    private final Jdbi jdbi;

    public ExtensionLinkRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public Optional<String> extensionOf(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT extension FROM extension_link WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).findFirst());
    }

    /** Links the user to the extension, taking it away from whoever had it. */
    public void link(long userId, String extension) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM extension_link WHERE user_id = :id OR extension = :ext")
                    .bind("id", userId).bind("ext", extension).execute();
            h.createUpdate("INSERT INTO extension_link (user_id, extension) VALUES (:id, :ext)")
                    .bind("id", userId).bind("ext", extension).execute();
            Journalled.record(h, JournalTable.EXTENSION_LINKS);
        });
    }

    public void unlinkExtension(String extension) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM extension_link WHERE extension = :ext").bind("ext", extension).execute();
            Journalled.record(h, JournalTable.EXTENSION_LINKS);
        });
    }

    /** extension number → user id */
    public Map<String, Long> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, extension FROM extension_link")
                .map((rs, ctx) -> Map.entry(rs.getString("extension"), rs.getLong("user_id")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
