package br.com.jttelecom.console.service;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.TestSignIn;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.service.stats.StatsExport;
import br.com.jttelecom.console.service.stats.StatsPeriod;
import br.com.jttelecom.console.service.stats.StatsReport;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.store.AuditLogRepository;
import br.com.jttelecom.console.store.AuditRow;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Click-to-call, the queue actions and the exports each leave a row in {@code audit_log} naming who,
 * what, the target and the result, read back from the real H2 file (and the chain still verifies).
 */
class ActivityAuditTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;
    private CallsFixture f;
    private final ConsoleUser ana = new ConsoleUser(7, "ana", "Ana Agente", Role.AGENT, null, true);

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        TestSignIn.signIn(f.session, ana);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private List<AuditRow> rows(String action) {
        return new AuditLogRepository(f.db.jdbi()).all().stream().filter(r -> r.action().equals(action)).toList();
    }

    @Test
    void aDialIsAuditedWithWhoTheNumberTheExtensionAndTheResult() {
        DialResult ok = f.clickToCall.dialNumber("(11) 98765-4321").join();
        f.sim.faults().httpError(503);
        DialResult failed = f.clickToCall.dialNumber("(11) 98765-4322").join();

        assertThat(ok.started()).isTrue();
        assertThat(failed.started()).isFalse();
        assertThat(rows("chamada.discar")).satisfiesExactly(
                r -> {
                    assertThat(r.actor()).isEqualTo("ana");
                    assertThat(r.target()).isEqualTo("+5511987654321");
                    assertThat(r.result()).isEqualTo(AuditTrail.OK);
                    assertThat(r.details()).contains("ramal 201").contains("chamada " + ok.callId());
                },
                r -> {
                    assertThat(r.target()).isEqualTo("+5511987654322");
                    assertThat(r.result()).isEqualTo(AuditTrail.FAILED);
                    assertThat(r.details()).contains("chamada " + failed.callId());
                });
    }

    @Test
    void aNumberThatIsNotDialledLeavesNoDialRow() {
        assertThat(f.clickToCall.dialNumber("12").join().kind()).isEqualTo(DialResult.Kind.INVALID_NUMBER);
        assertThat(rows("chamada.discar")).isEmpty();
    }

    @Test
    void queueLoginPauseUnpauseAndLogoutAreAudited() {
        f.operator.login();
        f.operator.pause("Café");
        f.operator.unpause();
        f.operator.logout();

        List<AuditRow> all = new AuditLogRepository(f.db.jdbi()).all();
        assertThat(all).extracting(AuditRow::action)
                .containsExactly("operador.entrar", "operador.pausar", "operador.retomar", "operador.sair");
        assertThat(all).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("ana");
            assertThat(r.target()).isEqualTo("1");
            assertThat(r.result()).isEqualTo(AuditTrail.OK);
        });
        assertThat(all.get(1).details()).isEqualTo("motivo Café");
        assertThat(f.audit.currentActor()).isEqualTo("ana");
    }

    @Test
    void aQueueActionThePbxRefusesIsAuditedWithThePbxsOwnSentence() {
        f.settings.put(AgentSettings.OPERATOR_ID, "999");
        assertThatThrownBy(() -> f.operator.login()).isInstanceOf(PabxRejected.class);

        assertThat(rows("operador.entrar")).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("999");
            assertThat(r.result()).isEqualTo(AuditTrail.FAILED);
            assertThat(r.details()).contains("operador não encontrado");
        });
    }

    @Test
    void historyExportsAreAuditedDoneAndCancelled() throws Exception {
        Instant now = Instant.parse("2026-03-15T15:00:00Z");
        try (HistoryFixture store = new HistoryFixture(dir.resolve("history"), now)) {
            store.add(now.minus(Duration.ofHours(3)), CallStatus.COMPLETED, Direction.OUTBOUND, "x");
            HistoryExport export = store.export();
            Path file = out.resolve("h.csv");

            export.export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), file, (w, t) -> { }, () -> false);
            assertThatThrownBy(() -> export.export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS),
                    out.resolve("c.csv"), (w, t) -> { }, () -> true)).isInstanceOf(CancellationException.class);

            List<AuditRow> exports = new AuditLogRepository(store.database.jdbi()).all().stream()
                    .filter(r -> r.action().equals("historico.exportar")).toList();
            assertThat(exports).extracting(AuditRow::result).containsExactly(AuditTrail.OK, AuditTrail.CANCELLED);
            assertThat(exports.get(0).target()).isEqualTo(file.toString());
            assertThat(exports.get(0).details()).isEqualTo("1 chamada");
            assertThat(AuditTrail.verifyChain(new AuditLogRepository(store.database.jdbi()).all()).intact()).isTrue();
        }
    }

    @Test
    void statsExportsToCsvAndPngAreAudited() throws Exception {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        Stats stats = new Stats(new CallStatsRepository(f.db.jdbi()), new OperatorSpanQuery(f.db.jdbi()), f.clock, zone);
        StatsPeriod period = new StatsPeriod(CallsFixture.T0.minus(Duration.ofDays(1)), CallsFixture.T0);
        StatsReport report = stats.report(period, StatsScope.all());
        StatsExport export = new StatsExport(Messages.portuguese(), f.audit);

        export.write(report, out.resolve("e.csv"));
        export.writePng(2, 1, new int[]{0xFF000000, 0xFFFFFFFF}, period, out.resolve("g.png"));

        assertThat(Files.size(out.resolve("g.png"))).isPositive();
        assertThat(rows("estatisticas.exportar.csv")).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("ana");
            assertThat(r.target()).isEqualTo(out.resolve("e.csv").toString());
            assertThat(r.result()).isEqualTo(AuditTrail.OK);
            assertThat(r.details()).startsWith("período ");
        });
        assertThat(rows("estatisticas.exportar.png")).singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo(AuditTrail.OK));
    }

    @Test
    void aStatsExportThatCannotBeWrittenIsAuditedAsFailed() {
        StatsPeriod period = new StatsPeriod(CallsFixture.T0.minus(Duration.ofDays(1)), CallsFixture.T0);
        StatsExport export = new StatsExport(Messages.portuguese(), f.audit);
        Path nowhere = out.resolve("no-such-folder").resolve("g.png");

        assertThatThrownBy(() -> export.writePng(1, 1, new int[]{0}, period, nowhere)).isInstanceOf(RuntimeException.class);
        assertThat(rows("estatisticas.exportar.png")).singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo(AuditTrail.FAILED));
    }
}
