package br.com.jttelecom.console.service.stats;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.CsvLine;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Writes a period's stats to a CSV Excel opens right in Brazil (UTF-8 with a BOM, {@code ;}): the
 * cards with the previous period and the change (↑/↓ %), then one block per chart. Numbers are plain
 * (seconds, ratios with a decimal comma) so a spreadsheet can compute with them. Also encodes the
 * charts' snapshot as PNG. Every export, done or failed, is written to the audit trail.
 */
public final class StatsExport {

    private final Messages messages;
    private final AuditTrail audit;

    public StatsExport(Messages messages, AuditTrail audit) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The period's figures as CSV. */
    public void write(StatsReport report, Path target) {
        audited("estatisticas.exportar.csv", target, report.period(), () -> writeCsv(report, target));
    }

    /**
     * The charts as PNG, from the snapshot's pixels (ARGB, row after row): the screen takes the
     * snapshot, this encodes and writes it.
     */
    public void writePng(int width, int height, int[] argb, StatsPeriod period, Path target) {
        audited("estatisticas.exportar.png", target, period, () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            try {
                if (!ImageIO.write(image, "png", target.toFile())) {
                    throw new IOException("no PNG writer");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        });
    }

    private void audited(String action, Path target, StatsPeriod period, Runnable work) {
        String details = "período " + period.from() + " a " + period.to();
        try {
            work.run();
        } catch (RuntimeException e) {
            audit.record(action, target.toString(), AuditTrail.FAILED, details + ": " + e.getClass().getSimpleName());
            throw e;
        }
        audit.record(action, target.toString(), AuditTrail.OK, details);
    }

    private void writeCsv(StatsReport report, Path target) {
        StringBuilder out = new StringBuilder().append('\uFEFF');
        line(out, t("stats.csv.metric"), t("stats.csv.current"), t("stats.csv.previous"), t("stats.csv.change"));
        StatsCards c = report.current();
        StatsCards p = report.previous();
        count(out, "total", c.total(), p.total());
        count(out, "answered", c.answered(), p.answered());
        count(out, "missed", c.missed(), p.missed());
        count(out, "busy", c.busy(), p.busy());
        count(out, "failed", c.failed(), p.failed());
        rate(out, "answerRate", c.answerRate(), p.answerRate());
        seconds(out, "avgDuration", c.avgDuration(), p.avgDuration());
        seconds(out, "tma", c.tma(), p.tma());
        seconds(out, "tme", c.tme(), p.tme());
        rate(out, "abandonRate", c.abandonRate(), p.abandonRate());
        rate(out, "serviceLevel", c.serviceLevel(), p.serviceLevel());
        rate(out, "occupancy", c.occupancy(), p.occupancy());
        seconds(out, "talkTime", c.talkTime(), p.talkTime());
        out.append("\r\n");
        line(out, t("stats.csv.day"), t("stats.card.total"), t("stats.card.answered"));
        report.perDay().forEach(d -> line(out, d.day().toString(), num(d.total()), num(d.answered())));
        out.append("\r\n");
        List<String> head = new ArrayList<>(List.of(t("stats.csv.hour")));
        for (CallStatus s : CallStatus.values()) {
            head.add(t("call.status." + s.name()));
        }
        line(out, head.toArray(String[]::new));
        for (StatsReport.HourRow h : report.perHour()) {
            List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%02d", h.hour())));
            for (CallStatus s : CallStatus.values()) {
                row.add(num(h.byStatus().getOrDefault(s, 0L)));
            }
            line(out, row.toArray(String[]::new));
        }
        out.append("\r\n");
        line(out, t("stats.csv.agent"), t("stats.card.answered"), t("stats.card.missed"), t("stats.card.tma"));
        report.perAgent().forEach(a -> line(out, a.operator().isEmpty() ? t("stats.agent.none") : a.operator(),
                num(a.answered()), num(a.missed()), secs(a.tma())));
        out.append("\r\n");
        line(out, t("stats.csv.outcome"), t("stats.card.total"));
        for (Outcome o : Outcome.values()) {
            line(out, t("stats.outcome." + o.name()), num(report.outcomes().getOrDefault(o, 0L)));
        }
        out.append("\r\n");
        line(out, t("stats.csv.agent"), t("stats.csv.state"), t("stats.csv.seconds"));
        for (StatsReport.StateTime s : report.states()) {
            String name = report.operatorName(s.operatorId());
            String state = t("operator.state." + s.state().name()) + (s.reason() == null ? "" : " — " + s.reason());
            line(out, name != null ? name : messages.get("stats.operator.unlinked", s.operatorId()), state,
                    num(s.time().toSeconds()));
        }
        try {
            Files.writeString(target, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void count(StringBuilder out, String key, long now, long before) {
        line(out, t("stats.card." + key), num(now), num(before), pct(StatsCards.change(now, before)));
    }

    private void rate(StringBuilder out, String key, Double now, Double before) {
        // A rate's change is in percentage points, as the card says it: 80 % to 82 % is "↑ 2,0 p.p.", not "↑ 2,5%".
        line(out, t("stats.card." + key), ratio(now), ratio(before),
                now == null || before == null ? "" : points(now - before));
    }

    private void seconds(StringBuilder out, String key, Duration now, Duration before) {
        line(out, t("stats.card." + key), secs(now), secs(before), pct(StatsCards.change(now, before)));
    }

    private String t(String key) {
        return messages.get(key);
    }

    private static String num(long v) {
        return Long.toString(v);
    }

    private static String secs(Duration d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0).replace('.', ',');
    }

    private static String ratio(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v).replace('.', ',');
    }

    /** "↑ 12,5%" / "↓ 3,0%" / "0,0%": a leading sign would read as a formula to Excel (and get escaped). */
    private static String pct(Double v) {
        if (v == null) {
            return "";
        }
        if (Math.abs(v) < 0.0005) {
            return "0,0%";
        }
        return (v > 0 ? "↑ " : "↓ ") + String.format(Locale.ROOT, "%.1f%%", Math.abs(v) * 100).replace('.', ',');
    }

    /** "↑ 2,0 p.p." / "↓ 33,3 p.p." / "0,0 p.p." (the unit from the bundle, so English reads "pp"). */
    private String points(double v) {
        String n = String.format(Locale.ROOT, "%.1f", Math.abs(v) * 100).replace('.', ',');
        String unit = messages.get("stats.points", n);
        return Math.abs(v) < 0.0005 ? messages.get("stats.points", "0,0") : (v > 0 ? "↑ " : "↓ ") + unit;
    }

    private static void line(StringBuilder out, String... fields) {
        CsvLine.append(out, List.of(fields));
    }
}
