package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {

    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");

    @TempDir
    Path folder;
    HistoryFixture store;
    HistoryViewModel viewModel;

    @BeforeEach
    void open() {
        store = new HistoryFixture(folder, NOW);
        viewModel = newViewModel();
    }

    @AfterEach
    void close() {
        store.close();
    }

    HistoryViewModel newViewModel() {
        Messages messages = Messages.portuguese();
        return new HistoryViewModel(messages, store.history,
                new CallTexts(messages, new PhoneNumbers(DialPlan.defaults()), HistoryFixture.SAO_PAULO,
                        java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)),
                new InlineTaskRunner(), 10);
    }

    @Test
    void showsTheStoredCallsWithTextsInPortugueseAndTheTotal() {
        store.add(Instant.parse("2026-03-14T18:05:09Z"), CallStatus.MISSED, Direction.INBOUND, null);

        viewModel.start();

        assertThat(viewModel.rows()).singleElement().satisfies(r -> {
            assertThat(r.dateTime()).as("this year: no year").isEqualTo("14/03 15:05:09");
            assertThat(r.statusText()).isEqualTo("Não atendida");
            assertThat(r.directionText()).isEqualTo("Recebida");
            assertThat(r.number()).isEqualTo("(48) 99123-4567");
            assertThat(r.duration()).isEqualTo("1:05");
        });
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 chamada · página 1");
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void aCallsLeadIsNamedAndAnAgentSeesNoAgentColumn() {
        long lead = store.database.jdbi().withHandle(h -> h.createUpdate(
                        "INSERT INTO lead (name, stage, created_at, updated_at) VALUES ('Aline Andrade', 'NEW', :t, :t)")
                .bind("t", java.time.OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        var c = HistoryFixture.call(Instant.parse("2026-03-14T18:05:09Z"), CallStatus.COMPLETED, Direction.OUTBOUND,
                null, "201", java.time.Duration.ofSeconds(65));
        store.calls.insert(new br.com.jttelecom.console.model.Call(null, lead, null, 7L, c.phoneNumber(), c.direction(),
                c.duration(), c.status(), c.startTime(), c.endTime(), null, null, null, "201", null, null, null, null,
                null, null, null, null, null));

        viewModel.start();
        assertThat(viewModel.rows()).singleElement().satisfies(r -> assertThat(r.lead()).isEqualTo("Aline Andrade"));
        assertThat(viewModel.showsAgentProperty().get()).as("an admin sees everyone's calls").isTrue();

        store.history.limitedTo(() -> new br.com.jttelecom.console.service.accounts.VisibleActivity(Set.of(7L), Set.of(), Set.of()));
        HistoryViewModel agents = newViewModel();
        agents.start();
        assertThat(agents.rows()).hasSize(1);
        assertThat(agents.showsAgentProperty().get()).isFalse();
    }

    @Test
    void anEmptyResultSaysSoInPortuguese() {
        viewModel.start();

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Nenhuma chamada encontrada com esses filtros.");
    }

    @Test
    void checkingAStatusNarrowsTheTable() {
        store.add(Instant.parse("2026-03-14T18:00:00Z"), CallStatus.MISSED, Direction.INBOUND, null);
        store.add(Instant.parse("2026-03-14T18:01:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        viewModel.start();
        assertThat(viewModel.rows()).hasSize(2);

        viewModel.form().statuses().setAll(CallStatus.COMPLETED);
        viewModel.search();

        assertThat(viewModel.rows()).extracting(CallRow::status).containsExactly(CallStatus.COMPLETED);
    }

    @Test
    void nextAndPreviousWalkThePagesAndCoverEveryCallOnce() {
        for (int i = 0; i < 25; i++) {
            store.add(Instant.parse("2026-03-14T12:00:00Z").plusSeconds(i), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        }
        viewModel.start();
        Set<Long> seen = new HashSet<>();
        viewModel.rows().forEach(r -> seen.add(r.id()));
        assertThat(viewModel.hasPreviousProperty().get()).isFalse();

        viewModel.nextPage();
        viewModel.rows().forEach(r -> seen.add(r.id()));
        viewModel.nextPage();
        viewModel.rows().forEach(r -> seen.add(r.id()));

        assertThat(seen).hasSize(25);
        assertThat(viewModel.hasNextProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("25 chamadas · página 3");

        viewModel.previousPage();
        assertThat(viewModel.pageIndex()).isEqualTo(1);
        assertThat(viewModel.rows()).hasSize(10);
    }

    @Test
    void theFilterChosenIsBackAfterARestart() {
        viewModel.start();
        viewModel.form().presetProperty().set(PeriodPreset.YESTERDAY);
        viewModel.form().directions().setAll(Direction.INBOUND);
        viewModel.form().notesTextProperty().set("proposta");
        viewModel.form().minDurationProperty().set("1:30");
        viewModel.search();

        HistoryViewModel afterRestart = newViewModel();
        afterRestart.start();

        assertThat(afterRestart.form().presetProperty().get()).isEqualTo(PeriodPreset.YESTERDAY);
        assertThat(afterRestart.form().directions()).containsExactly(Direction.INBOUND);
        assertThat(afterRestart.form().notesTextProperty().get()).isEqualTo("proposta");
        assertThat(afterRestart.form().minDurationProperty().get()).isEqualTo("1:30");
    }

    @Test
    void theExportWritesTheFilterOnScreenAndReportsTheRows() throws Exception {
        store.add(Instant.parse("2026-03-14T18:00:00Z"), CallStatus.MISSED, Direction.INBOUND, null);
        store.add(Instant.parse("2026-03-14T18:01:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        viewModel.start();
        viewModel.form().statuses().setAll(CallStatus.MISSED);
        viewModel.search();
        ExportViewModel export = new ExportViewModel(Messages.portuguese(), store.export(), viewModel::currentFilter,
                new InlineTaskRunner());
        Path file = folder.resolve(export.suggestedFileName());

        export.exportTo(file);

        assertThat(file.getFileName().toString()).isEqualTo("historico-chamadas-2026-03-15.csv");
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(export.statusProperty().get()).isEqualTo("1 linha exportada para historico-chamadas-2026-03-15.csv");
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(new ExportViewModel(Messages.forLanguage("en"), store.export(), viewModel::currentFilter,
                new InlineTaskRunner()).suggestedFileName()).as("the English desk's file name")
                .isEqualTo("call-history-2026-03-15.csv");
    }

    @Test
    void cancellingAnExportSaysNoFileWasCreated() {
        for (int i = 0; i < br.com.jttelecom.console.service.history.HistoryExportPages.PAGE + 1; i++) {
            store.add(Instant.parse("2026-03-14T12:00:00Z").plusSeconds(i), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        }
        viewModel.start();
        ExportViewModel export = new ExportViewModel(Messages.portuguese(), store.export(), viewModel::currentFilter,
                new InlineTaskRunner());
        export.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0) {
                export.cancel();
            }
        });
        Path file = folder.resolve("cancelado.csv");

        export.exportTo(file);

        assertThat(file).doesNotExist();
        assertThat(export.statusProperty().get()).isEqualTo("Exportação cancelada; nenhum arquivo foi criado.");
        assertThat(export.runningProperty().get()).isFalse();
    }
}
