package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.service.history.Recordings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallDetailViewModelTest {

    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");

    @TempDir
    Path folder;
    @TempDir
    Path downloads;
    HistoryFixture store;
    PbxSimulator sim;
    /** Actions the debouncer holds back until the test lets them run, like a pause in typing. */
    final List<Runnable> pending = new ArrayList<>();
    CallDetailViewModel viewModel;

    @BeforeEach
    void open() {
        store = new HistoryFixture(folder, NOW);
        sim = PbxSimulator.builder().user("demo").token("t").seed(4L).build();
        sim.start(0);
        Messages messages = Messages.portuguese();
        viewModel = new CallDetailViewModel(messages, store.history, new Recordings(downloads),
                new CallTexts(messages, new PhoneNumbers(DialPlan.defaults()), HistoryFixture.SAO_PAULO,
                        java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)),
                new InlineTaskRunner(), action -> {
                    pending.clear();
                    pending.add(action);
                }, new br.com.jttelecom.console.store.DispositionRepository(store.database.jdbi())::active);
    }

    @AfterEach
    void close() {
        sim.close();
        store.close();
    }

    Call stored(String recordingUrl) {
        Call c = HistoryFixture.call(Instant.parse("2026-03-14T18:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND,
                "primeira nota", "201", Duration.ofSeconds(90));
        return store.calls.insert(new Call(null, null, null, null, c.phoneNumber(), c.direction(), c.duration(), c.status(),
                c.startTime(), c.endTime(), recordingUrl, "ext-1", c.notes(), c.extension(), c.operator(), Duration.ofSeconds(4),
                Duration.ofSeconds(86), "cliente desligou", 200, "Olá, aqui é a Ana.", "Cliente quer proposta.", null, null));
    }

    @Test
    void openingACallShowsItsFieldsTimelineTranscriptAndSummary() {
        Call c = stored(null);
        store.events.append(CallEvent.of(c.id(), "dialing", null, c.startTime()));
        store.events.append(CallEvent.of(c.id(), "answered", null, c.startTime().plusSeconds(6)));

        viewModel.open(c.id());

        assertThat(viewModel.titleProperty().get()).isEqualTo("(48) 99123-4567 · 14/03/2026 15:00:00");
        assertThat(viewModel.fields()).extracting(CallDetailViewModel.Field::label)
                .contains("ID no PABX", "Início", "Fim", "Espera", "Motivo do desligamento", "Código SIP");
        assertThat(viewModel.timeline()).containsExactly("14/03/2026 15:00:00  discando",
                "14/03/2026 15:00:06  atendida, em conversa");
        assertThat(viewModel.transcriptProperty().get()).isEqualTo("Olá, aqui é a Ana.");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Cliente quer proposta.");
        assertThat(viewModel.notesProperty().get()).isEqualTo("primeira nota");
    }

    /** duracao 1:20, duracao_real 1:10,500, queue wait 0: it rang 10 s, and the detail says so. */
    @Test
    void theDetailShowsTalkWaitAndTotalAsTheLeadCardAndThePanelDo() {
        Instant start = Instant.parse("2026-03-14T18:00:00Z");
        Call c = store.calls.insert(new Call(null, null, null, null, "+5548991234567", Direction.INBOUND,
                Duration.ofSeconds(80), CallStatus.COMPLETED, start, start.plusSeconds(80), null, "ext-t", null, "201",
                "Ana Souza", Duration.ZERO, Duration.ofMillis(70_500), null, null, null, null, null, null));

        viewModel.open(c.id());

        assertThat(viewModel.fields()).containsSubsequence(new CallDetailViewModel.Field("Conversa", "1:10"),
                new CallDetailViewModel.Field("Espera", "0:10"), new CallDetailViewModel.Field("Total", "1:20"));
    }

    @Test
    void aWaitThePbxNeverGaveReadsUnknownNotZero() {
        Instant start = Instant.parse("2026-03-14T18:00:00Z");
        Call c = store.calls.insert(new Call(null, null, null, null, "+5548991234567", Direction.OUTBOUND,
                Duration.ofSeconds(30), CallStatus.COMPLETED, start, start.plusSeconds(30), null, "ext-u", null, "201",
                "Ana Souza", null, null, null, null, null, null, null, null));

        viewModel.open(c.id());

        assertThat(viewModel.fields()).containsSubsequence(new CallDetailViewModel.Field("Conversa", "—"),
                new CallDetailViewModel.Field("Espera", "—"), new CallDetailViewModel.Field("Total", "0:30"));
    }

    @Test
    void theTimelineSaysEndedWithTheFinalStatusAndKeepsAnUnknownEventAsStored() {
        Call c = stored(null);
        store.events.append(CallEvent.of(c.id(), "ended", "{\"source\":\"poll\"}", c.startTime().plusSeconds(96)));
        store.events.append(CallEvent.of(c.id(), "final", "{\"source\":\"history\",\"status\":\"busy\"}",
                c.startTime().plusSeconds(110)));
        store.events.append(CallEvent.of(c.id(), "transferred", null, c.startTime().plusSeconds(120)));

        viewModel.open(c.id());

        assertThat(viewModel.timeline()).containsExactly("14/03/2026 15:01:36  encerrada",
                "14/03/2026 15:01:50  status final — Ocupado", "14/03/2026 15:02:00  transferred");
    }

    @Test
    void aCallKnownOnlyFromThePbxHistoryHasItsTimelineToldFromTheRecord() {
        Call c = stored(null); // started 15:00:00, waited 4 s, 90 s long, answered; no events stored

        viewModel.open(c.id());

        assertThat(viewModel.timeline()).containsExactly(
                "O console não acompanhou esta chamada ao vivo; a linha do tempo abaixo vem do registro do PABX.",
                "14/03/2026 15:00:00  início da chamada", "14/03/2026 15:00:04  atendida, em conversa",
                "14/03/2026 15:01:30  encerrada — Atendida");
    }

    @Test
    void notesAreSavedOnceTypingPausesNotOnEveryKey() {
        Call c = stored(null);
        viewModel.open(c.id());

        viewModel.notesProperty().set("primeira nota,");
        viewModel.notesProperty().set("primeira nota, retornar amanhã");
        assertThat(store.history.detail(c.id()).orElseThrow().call().notes()).isEqualTo("primeira nota");
        assertThat(viewModel.saveStatusProperty().get()).isEqualTo("Salvando…");

        pending.forEach(Runnable::run);

        assertThat(store.history.detail(c.id()).orElseThrow().call().notes()).isEqualTo("primeira nota, retornar amanhã");
        assertThat(viewModel.saveStatusProperty().get()).isEqualTo("Salvo");
    }

    @Test
    void openingACallDoesNotCountAsAnEdit() {
        viewModel.open(stored(null).id());

        assertThat(pending).isEmpty();
        assertThat(viewModel.saveStatusProperty().get()).isEmpty();
    }

    /** The result is corrected with the admin's dispositions, the names the wrap-up offers, not three groups. */
    @Test
    void pickingADispositionSavesItAndItsGroup() {
        var repository = new br.com.jttelecom.console.store.DispositionRepository(store.database.jdbi());
        long soldId = repository.insert("Venda fechada", Outcome.PRODUCTIVE, null);
        var sold = repository.active().stream().filter(d -> d.id() == soldId).findFirst().orElseThrow();
        Call c = stored(null);
        viewModel.open(c.id());
        assertThat(viewModel.choices()).hasSizeGreaterThan(4).contains(sold).first().isNull();
        assertThat(viewModel.choiceText(sold)).isEqualTo("Venda fechada (Produtiva)");
        assertThat(viewModel.choices()).filteredOn(d -> d != null && d.name().equals("Produtiva"))
                .singleElement().extracting(viewModel::choiceText).as("named as its group: said once").isEqualTo("Produtiva");

        viewModel.choiceProperty().set(sold);

        assertThat(store.history.detail(c.id()).orElseThrow().call().outcome()).isEqualTo(Outcome.PRODUCTIVE);
        assertThat(store.calls.dispositionId(c.id())).contains(sold.id());
        viewModel.open(c.id());
        assertThat(viewModel.choiceProperty().get()).as("shown as picked when opened again").isEqualTo(sold);

        viewModel.choiceProperty().set(null);
        assertThat(store.history.detail(c.id()).orElseThrow().call().outcome()).isNull();
    }

    /** An older call whose outcome is a bare group still shows it, and opening it saves nothing. */
    @Test
    void anOutcomeWithoutItsDispositionShowsItsGroup() {
        Call c = stored(null);
        store.calls.updateOutcome(c.id(), Outcome.UNPRODUCTIVE);

        viewModel.open(c.id());

        assertThat(viewModel.choiceText(viewModel.choiceProperty().get())).isEqualTo("Improdutiva");
        assertThat(store.history.detail(c.id()).orElseThrow().call().outcome()).isEqualTo(Outcome.UNPRODUCTIVE);
    }

    @Test
    void aCallWithoutRecordingSaysSo() {
        viewModel.open(stored(null).id());

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.NONE);
        assertThat(viewModel.recordingMessageProperty().get()).isEqualTo("Esta chamada não tem gravação.");
    }

    @Test
    void theSimulatorsRecordingIsDownloadedReadyToPlayAndCanBeSaved() throws Exception {
        try (PabxClient client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)))) {
            String url = HistoryFixture.recordedCall(sim, client).recordingUrl();
            viewModel.open(stored(url).id());
        }

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.READY);
        assertThat(viewModel.recordingFileProperty().get()).exists();
        Path target = folder.resolve("gravacao.wav");
        viewModel.saveRecordingTo(target);
        assertThat(Files.size(target)).isEqualTo(Files.size(viewModel.recordingFileProperty().get()));
        assertThat(viewModel.recordingMessageProperty().get()).isEqualTo("Gravação salva em gravacao.wav");
    }

    @Test
    void aRecordingLinkThatAnswersAPageSaysTheOldLinkIsUnavailable() {
        viewModel.open(stored(sim.rootUrl() + "/qualquer/coisa").id());

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.FAILED);
        assertThat(viewModel.recordingMessageProperty().get()).isIn(
                "Gravação indisponível pelo link antigo: o PABX respondeu uma página em vez do áudio.",
                "A gravação não existe mais no PABX.");
    }

    @Test
    void aPlayerThatCannotPlayTurnsIntoItsReasonAndTheFileCanStillBeSaved() throws Exception {
        try (PabxClient client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)))) {
            viewModel.open(stored(HistoryFixture.recordedCall(sim, client).recordingUrl()).id());
        }

        viewModel.playbackFailed(PlaybackProblem.NO_DECODER);

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.FAILED);
        assertThat(viewModel.recordingMessageProperty().get()).startsWith("Não dá para tocar esta gravação aqui: falta o decodificador")
                .endsWith("Use \"Salvar gravação\" para ouvi-la em outro programa.");
        assertThat(viewModel.savable().get()).isTrue();
    }

    /**
     * Seen in a real window: Tocar disabled and no sentence. The player opens the file as soon as it is set and,
     * with no sound output, says at once that it cannot play; the download's callback then wiped that sentence.
     */
    @Test
    void aPlayerThatRefusesTheFileAsItArrivesKeepsItsSentence() throws Exception {
        viewModel.recordingFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                viewModel.playbackFailed(PlaybackProblem.NO_AUDIO_OUTPUT);
            }
        });
        try (PabxClient client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)))) {
            viewModel.open(stored(HistoryFixture.recordedCall(sim, client).recordingUrl()).id());
        }

        assertThat(viewModel.recordingStateProperty().get()).isEqualTo(RecordingState.FAILED);
        assertThat(viewModel.recordingMessageProperty().get())
                .startsWith("Não dá para tocar a gravação aqui: este computador não tem saída de som");
        assertThat(viewModel.savable().get()).isTrue();
    }
}
