package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.service.CsvLine;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.PageCursor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes the filtered history to a CSV file Excel opens right in Brazil: UTF-8 with a BOM, {@code ;}
 * between fields, dates {@code dd/MM/yyyy HH:mm:ss}, durations {@code HH:MM:SS} (total, talk, wait by
 * {@link CallTimes}; an unknown one is an empty cell). Rows are streamed
 * from the store one keyset page at a time, so a million rows cost one page of memory.
 *
 * <p>The file is written beside the target under a temporary name and moved into place at the end:
 * a cancelled or failed export leaves no half file behind. Each export — done, cancelled or failed —
 * is written to the audit trail with the file and the number of rows.
 */
public final class HistoryExport {

    static final int PAGE = 2_000;
    private static final char BOM = '\uFEFF';

    private final CallRepository calls;
    private final CallHistory history;
    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final AuditTrail audit;

    public HistoryExport(CallRepository calls, CallHistory history, Messages messages, AuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.history = Objects.requireNonNull(history, "history");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(history.zone());
    }

    /** {@link #export(CallFilter, Path, ExportProgress, BooleanSupplier)} with the period resolved now. */
    public long export(HistoryFilter filter, Path target, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        return export(history.resolve(filter), target, progress, cancelled);
    }

    /** Today where the history is read, for the file name the save dialog suggests. */
    public LocalDate today() {
        return history.today();
    }

    /**
     * Exports every call the filter selects, newest first.
     *
     * @param cancelled polled between pages; when it turns true the export stops and the file is not created
     * @return the number of rows written (header excluded)
     * @throws CancellationException when cancelled
     */
    public long export(CallFilter filter, Path target, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        try {
            long rows = write(filter, target, progress, cancelled);
            audit.record("historico.exportar", target.toString(), AuditTrail.OK, (rows == 1 ? "1 chamada" : rows + " chamadas"));
            return rows;
        } catch (CancellationException e) {
            audit.record("historico.exportar", target.toString(), AuditTrail.CANCELLED, null);
            throw e;
        } catch (IOException | RuntimeException e) {
            audit.record("historico.exportar", target.toString(), AuditTrail.FAILED, e.getClass().getSimpleName());
            throw e;
        }
    }

    private long write(CallFilter filter, Path target, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        long total = calls.count(filter);
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".historico-", ".csv.part");
        long written = 0;
        boolean done = false;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write(BOM);
            StringBuilder line = new StringBuilder(256);
            CsvLine.append(line, header());
            out.write(line.toString());
            progress.rowsWritten(0, total);
            PageCursor cursor = null;
            do {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("export cancelled");
                }
                CallPage page = calls.page(filter, cursor, PAGE);
                for (Call c : page.calls()) {
                    line.setLength(0);
                    CsvLine.append(line, row(c));
                    out.write(line.toString());
                }
                written += page.calls().size();
                progress.rowsWritten(written, total);
                cursor = page.next();
            } while (cursor != null);
            out.flush();
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }

    private List<String> header() {
        return List.of(messages.get("export.column.id"), messages.get("export.column.start"),
                messages.get("export.column.end"), messages.get("export.column.direction"),
                messages.get("export.column.number"), messages.get("export.column.lead"),
                messages.get("export.column.operator"), messages.get("export.column.extension"),
                messages.get("export.column.status"), messages.get("export.column.total"),
                messages.get("export.column.talk"), messages.get("export.column.wait"),
                messages.get("export.column.outcome"), messages.get("export.column.hangup"),
                messages.get("export.column.recording"), messages.get("export.column.notes"),
                messages.get("export.column.externalId"));
    }

    private List<String> row(Call c) {
        CallTimes times = CallTimes.of(c); // the API's duration, talk_seconds and wait_seconds
        return List.of(String.valueOf(c.id()), format(c), c.endTime() == null ? "" : dateTime.format(c.endTime()),
                messages.get("call.direction." + c.direction().name()), text(c.phoneNumber()),
                c.leadId() == null ? "" : c.leadId().toString(), text(c.operator()), text(c.extension()),
                messages.get("call.status." + c.status().name()), hms(times.totalTime()), hms(times.talkTime()),
                hms(times.waitTime()), c.outcome() == null ? "" : messages.get("call.outcome." + c.outcome().name()),
                text(c.hangupReason()), text(c.recordingUrl()), text(c.notes()), text(c.externalCallId()));
    }

    private String format(Call c) {
        return dateTime.format(c.startTime());
    }

    /**
     * {@code HH:MM:SS}, hours past 24 kept (a 26-hour conference is 26:00:00). Not the screens' {@code 1:10}:
     * a spreadsheet reads {@code 1:10} as one hour and ten minutes, and {@code 00:01:10} as what it is.
     */
    public static String hms(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.toSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
