package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.testsupport.StoreFixture;
import br.com.jttelecom.console.testsupport.TestCalls;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private CallRepository calls;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        calls = new CallRepository(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertStoresEveryFieldAndFindByIdReadsItBack() {
        long user = StoreFixture.user(db.jdbi(), "ana");
        long lead = StoreFixture.lead(db.jdbi(), "Maria", "+5548991234567");
        Call full = call().user(user).lead(lead).phone("+5511987654321").direction(Direction.INBOUND)
                .duration(125).status(CallStatus.COMPLETED).start(T0).end(T0.plusSeconds(140))
                .recording("https://pbx/rec/1.wav").external("pbx-1").notes("cliente pediu proposta")
                .extension("1002").operator("Ana Souza").waitTime(15).talkTime(110).hangup("cliente desligou")
                .sip(200).transcript("Olá…").summary("Proposta").outcome(Outcome.SCHEDULED).rawStatus("1")
                .build();

        Call stored = calls.insert(full);

        assertThat(stored.id()).isNotNull();
        assertThat(calls.findById(stored.id())).contains(stored);
        assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(full);
    }

    @Test
    void instantsAreExactWhateverTheJvmTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
            Instant precise = Instant.parse("2026-02-28T23:59:59.123456Z");
            Call stored = calls.insert(call().start(precise).build());
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(calls.findById(stored.id()).orElseThrow().startTime()).isEqualTo(precise);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void findByExternalIdFindsThePbxCall() {
        Call stored = calls.insert(call().external("pbx-77").build());
        assertThat(calls.findByExternalId("pbx-77")).contains(stored);
        assertThat(calls.findByExternalId("pbx-78")).isEmpty();
    }

    @Test
    void insertRefusesACallThatAlreadyHasAnId() {
        assertThatThrownBy(() -> calls.insert(call().id(5L).build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalCallIdIsUnique() {
        calls.insert(call().external("pbx-1").build());
        assertThatThrownBy(() -> calls.insert(call().external("pbx-1").build())).isInstanceOf(RuntimeException.class);
        assertThat(calls.count(CallFilter.all())).isEqualTo(1);
    }

    @Test
    void upsertTwiceLeavesOneRow() {
        Call report = call().external("pbx-1").status(CallStatus.COMPLETED).duration(30).build();
        Call first = calls.upsert(report);
        Call second = calls.upsert(report);
        assertThat(second).isEqualTo(first);
        assertThat(calls.count(CallFilter.all())).isEqualTo(1);
    }

    @Test
    void upsertAllOfTheSamePageTwiceChangesNothingTheSecondTime() {
        List<Call> page = List.of(call().external("a").build(), call().external("b").build(),
                call().external("c").status(CallStatus.MISSED).build());
        assertThat(calls.upsertAll(page)).isEqualTo(new UpsertCounts(3, 0, 0));
        assertThat(calls.upsertAll(page)).isEqualTo(new UpsertCounts(0, 0, 3));
        assertThat(calls.count(CallFilter.all())).isEqualTo(3);
    }

    @Test
    void theSameCallTwiceInOnePageIsMergedIntoOneRow() {
        UpsertCounts counts = calls.upsertAll(List.of(
                call().external("a").status(CallStatus.IN_PROGRESS).build(),
                call().external("a").status(CallStatus.COMPLETED).duration(42).build()));
        assertThat(counts.inserted()).isEqualTo(1);
        assertThat(calls.count(CallFilter.all())).isEqualTo(1);
        assertThat(calls.findByExternalId("a").orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void aBulkPageOfNewCallsIsInsertedAsUpsertAllWouldHaveStoredIt() {
        List<Call> page = List.of(call().external("a").duration(42).build(), call().external("b").build());
        assertThat(calls.insertOrUpsertAll(page)).isEqualTo(new UpsertCounts(2, 0, 0));
        assertThat(calls.findByExternalId("a").orElseThrow().duration()).isEqualTo(Duration.ofSeconds(42));
        assertThat(calls.upsertAll(page)).isEqualTo(new UpsertCounts(0, 0, 2));
    }

    @Test
    void aBulkPageWithACallAlreadyStoredIsMergedAsUpsertAllWould() {
        long lead = StoreFixture.lead(db.jdbi(), "Maria", "+5548991234567");
        calls.insert(call().external("pbx-1").lead(lead).notes("retornar às 15h").status(CallStatus.IN_PROGRESS).build());

        UpsertCounts counts = calls.insertOrUpsertAll(List.of(call().external("new-1").build(),
                call().external("pbx-1").status(CallStatus.COMPLETED).notes(null).build(), call().external("new-2").build()));

        assertThat(counts).isEqualTo(new UpsertCounts(2, 1, 0));
        assertThat(calls.count(CallFilter.all())).isEqualTo(3);
        Call merged = calls.findByExternalId("pbx-1").orElseThrow();
        assertThat(merged.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(merged.notes()).isEqualTo("retornar às 15h");
        assertThat(merged.leadId()).isEqualTo(lead);
    }

    @Test
    void aBulkPageThatRepeatsACallMergesItInOrder() {
        UpsertCounts counts = calls.insertOrUpsertAll(List.of(
                call().external("a").status(CallStatus.IN_PROGRESS).build(),
                call().external("a").status(CallStatus.COMPLETED).build()));
        assertThat(counts.inserted()).isEqualTo(1);
        assertThat(calls.findByExternalId("a").orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void upsertMovesAnInProgressCallToItsFinalStatus() {
        calls.upsert(call().external("pbx-1").status(CallStatus.IN_PROGRESS).build());
        Call done = calls.upsert(call().external("pbx-1").status(CallStatus.BUSY).sip(486).build());
        assertThat(done.status()).isEqualTo(CallStatus.BUSY);
        assertThat(done.sipCode()).isEqualTo(486);
    }

    @Test
    void aFinalStatusNeverMovesBackToInProgress() {
        calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).duration(90).build());
        Call after = calls.upsert(call().external("pbx-1").status(CallStatus.IN_PROGRESS).duration(10).build());
        assertThat(after.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(after.duration()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aStaleInProgressReportOnlyFillsFieldsTheRowLacks() {
        calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).operator(null).build());
        Call after = calls.upsert(call().external("pbx-1").status(CallStatus.IN_PROGRESS).operator("Ana").build());
        assertThat(after.operator()).isEqualTo("Ana");
        assertThat(after.status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void aLaterFinalStatusCorrectsAnEarlierOne() {
        calls.upsert(call().external("pbx-1").status(CallStatus.MISSED).build());
        assertThat(calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).build()).status())
                .isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void aSyncNeverErasesWhatTheAgentTyped() {
        long lead = StoreFixture.lead(db.jdbi(), "Maria", "+5548991234567");
        Call mine = calls.insert(call().external("pbx-1").lead(lead).notes("retornar às 15h").build());
        calls.updateOutcome(mine.id(), Outcome.PRODUCTIVE);

        Call synced = calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).lead(null).notes(null)
                .outcome(Outcome.UNPRODUCTIVE).recording("https://pbx/rec.wav").build());

        assertThat(synced.leadId()).isEqualTo(lead);
        assertThat(synced.notes()).isEqualTo("retornar às 15h");
        assertThat(synced.outcome()).isEqualTo(Outcome.PRODUCTIVE);
        assertThat(synced.recordingUrl()).isEqualTo("https://pbx/rec.wav");
    }

    @Test
    void longFreeTextIsCutToItsColumnInsteadOfFailingTheWrite() {
        String sentence = "Falha de rede ao falar com o PABX. ".repeat(20);

        Call stored = calls.upsert(call().external("pbx-long").status(CallStatus.FAILED).hangup(sentence)
                .operator(sentence).rawStatus(sentence).build());

        assertThat(stored.hangupReason()).hasSize(CallBatchWriter.TEXT_WIDTH).startsWith("Falha de rede").endsWith("…");
        assertThat(stored.operator()).hasSize(CallBatchWriter.TEXT_WIDTH);
        assertThat(stored.rawStatus()).hasSize(CallBatchWriter.TEXT_WIDTH);
    }

    @Test
    void aNumberExtensionOrLinkLongerThanItsColumnNeverFailsTheWrite() {
        // What a webhook or a PBX record may carry where a number belongs: kept "as the PBX wrote it", cut to fit.
        String notANumber = "俩㾎䪙峾坠謂婾햙･䒷큆Ḵഡ魠ᵂ灑槖登㏙㓢ነ㵑䁇濢로檞姸縪壷壻딲차㶟釞쮋";

        Call stored = calls.upsert(call().external("pbx-odd").phone(notANumber).extension("ramal-" + "9".repeat(80))
                .recording("https://pbx/" + "a".repeat(3000) + ".wav").build());

        assertThat(stored.phoneNumber()).hasSize(CallBatchWriter.PHONE_WIDTH).startsWith("俩㾎").endsWith("…");
        assertThat(stored.extension()).hasSize(CallBatchWriter.EXTENSION_WIDTH).startsWith("ramal-999");
        assertThat(stored.recordingUrl()).as("a cut link would be a wrong one").isNull();
        assertThat(calls.findByExternalId("pbx-odd")).isPresent();
    }

    @Test
    void aMissingValueInALaterReportNeverErasesAStoredOne() {
        calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).recording("https://pbx/r.wav").build());
        Call after = calls.upsert(call().external("pbx-1").status(CallStatus.COMPLETED).recording(null).build());
        assertThat(after.recordingUrl()).isEqualTo("https://pbx/r.wav");
    }

    @Test
    void upsertNeedsAnExternalCallId() {
        assertThatThrownBy(() -> calls.upsert(call().external(null).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calls.upsertAll(List.of(call().external(" ").build())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upsertAllLooksUpMoreCallsThanOneQueryChunk() {
        List<Call> page = java.util.stream.IntStream.range(0, 1200)
                .mapToObj(i -> call().external("pbx-" + i).start(T0.plusSeconds(i)).build()).toList();
        calls.upsertAll(page);
        assertThat(calls.upsertAll(page)).isEqualTo(new UpsertCounts(0, 0, 1200));
    }

    @Test
    void mergeGivesACallStartedByTheConsoleItsPbxIdAndFinalStatus() {
        Call dialing = calls.insert(call().status(CallStatus.IN_PROGRESS).notes("cliente quente").build());

        Call merged = calls.merge(call().id(dialing.id()).external("pbx-9").status(CallStatus.COMPLETED)
                .duration(61).notes(null).build()).orElseThrow();

        assertThat(merged.externalCallId()).isEqualTo("pbx-9");
        assertThat(merged.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(merged.notes()).isEqualTo("cliente quente");
        assertThat(calls.findByExternalId("pbx-9")).contains(merged);
    }

    @Test
    void mergeNeverMovesAFinalCallBackToInProgress() {
        Call failed = calls.insert(call().status(CallStatus.FAILED).build());
        Call after = calls.merge(TestCalls.from(failed).status(CallStatus.IN_PROGRESS).build()).orElseThrow();
        assertThat(after.status()).isEqualTo(CallStatus.FAILED);
    }

    @Test
    void mergeOfAnUnknownIdFindsNothing() {
        assertThat(calls.merge(call().id(12345L).build())).isEmpty();
        assertThat(calls.count(CallFilter.all())).isZero();
    }

    @Test
    void updateNotesSavesTheNotes() {
        Call stored = calls.insert(call().build());
        assertThat(calls.updateNotes(stored.id(), "cliente; '); DROP TABLE calls; --")).isTrue();
        assertThat(calls.findById(stored.id()).orElseThrow().notes()).isEqualTo("cliente; '); DROP TABLE calls; --");
    }

    @Test
    void updateOutcomeSavesAndClearsTheOutcome() {
        Call stored = calls.insert(call().build());
        calls.updateOutcome(stored.id(), Outcome.UNPRODUCTIVE);
        assertThat(calls.findById(stored.id()).orElseThrow().outcome()).isEqualTo(Outcome.UNPRODUCTIVE);
        calls.updateOutcome(stored.id(), null);
        assertThat(calls.findById(stored.id()).orElseThrow().outcome()).isNull();
    }

    @Test
    void updatesOfAnUnknownCallSayNotFound() {
        assertThat(calls.updateNotes(999, "x")).isFalse();
        assertThat(calls.updateOutcome(999, Outcome.PRODUCTIVE)).isFalse();
    }
}
