package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.store.recovery.RecoveryReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The one sentence that tells the person what the console did with a database it found damaged. */
final class RecoveryNotice {

    private RecoveryNotice() {
    }

    static String sentence(RecoveryReport report, Messages messages) {
        String clauses = "";
        if (report.failed() > 0) {
            clauses += messages.get("store.recovered.failed", report.failed());
        }
        if (report.editsMissing()) {
            clauses += messages.get("store.recovered.missing");
        }
        if (report.backupTakenAt().isEmpty()) {
            return messages.get("store.recovered.noBackup", report.setAside(), report.replayed(), clauses);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault()).format(report.backupTakenAt().get());
        return messages.get("store.recovered.fromBackup", report.setAside(), when, report.replayed(), clauses);
    }
}
