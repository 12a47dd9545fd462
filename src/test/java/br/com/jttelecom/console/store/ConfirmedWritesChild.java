package br.com.jttelecom.console.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The child JVM of {@link ConfirmedWritesSurviveSigkillTest}: opens the data folder as the console does and
 * saves settings and audit rows in a loop, printing {@code saved <key>} only once each save has returned:
 * the moment the console would tell the person "saved".
 */
public final class ConfirmedWritesChild {

    private ConfirmedWritesChild() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String round = args[1];
        Database db = Database.openFolder(folder);
        SettingRepository settings = new SettingRepository(db.jdbi());
        AuditLogRepository audit = new AuditLogRepository(db.jdbi());
        for (int i = 0; ; i++) {
            String key = "typed." + round + "." + i;
            settings.put(key, "a note the person typed, number " + i);
            audit.insert(Instant.now(), "agente", "NOTA", key, "OK", "confirmed " + i, "prev" + i, "hash" + i);
            System.out.println("saved " + key);
            System.out.flush();
        }
    }
}
