package br.com.jttelecom.console.app.launch;

import br.com.jttelecom.console.app.config.DataFolders;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.recovery.DatabaseInUse;
import br.com.jttelecom.console.store.recovery.DatabaseRecovery;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --restore-backup FILE}: puts that backup in place of the data folder's database and exits
 * with one sentence, without opening the console. Exiting, rather than going on to start, lets the
 * person read what was replaced and where it went before anything new is saved over the restored
 * data; the next start opens it normally. Edits made after the backup are not replayed: whoever
 * picks an older backup by hand wants that state (they stay in the journal set aside).
 */
public final class BackupRestoreCommand {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestoreCommand.class);

    private BackupRestoreCommand() {
    }

    public static int run(Path dataDir, Path backup, Messages messages, PrintStream out, PrintStream err) {
        try {
            DatabaseRecovery.HandRestore done = DatabaseRecovery.restoreByHand(dataDir, backup, Clock.systemUTC());
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                    .withZone(ZoneId.systemDefault()).format(done.backupTakenAt());
            out.println(messages.get("cli.restoreBackup.done", backup.getFileName(),
                    done.replacedFile().orElse(messages.get("cli.restoreBackup.noneReplaced")), done.journalSetAside(), when));
            DataFolders.keepPrivate(dataDir);
            return 0;
        } catch (DatabaseInUse inUse) {
            err.println(messages.get("cli.restoreBackup.inUse"));
            return 1;
        } catch (RuntimeException e) {
            LOG.warn("The backup {} could not be restored", backup.getFileName(), e);
            err.println(messages.get("cli.restoreBackup.failed", backup.getFileName()));
            return 1;
        }
    }
}
