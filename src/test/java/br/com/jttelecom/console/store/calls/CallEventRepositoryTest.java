package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallEventRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private CallEventRepository events;
    private long callId;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        events = new CallEventRepository(db.jdbi());
        callId = new CallRepository(db.jdbi()).insert(call().build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appendedEventsAreListedOldestFirst() {
        CallEvent ringing = events.append(CallEvent.of(callId, "ringing", null, T0.plusSeconds(2)));
        CallEvent dialing = events.append(CallEvent.of(callId, "dialing", "{\"numero\":\"011999999999\"}", T0));
        CallEvent answered = events.append(CallEvent.of(callId, "answered", "{}", T0.plusSeconds(9)));

        assertThat(events.listForCall(callId)).containsExactly(dialing, ringing, answered);
        assertThat(dialing.id()).isNotNull();
    }

    @Test
    void eventsAtTheSameInstantKeepTheirInsertionOrder() {
        CallEvent first = events.append(CallEvent.of(callId, "hangup", null, T0));
        CallEvent second = events.append(CallEvent.of(callId, "webhook", null, T0));
        assertThat(events.listForCall(callId)).containsExactly(first, second);
    }

    @Test
    void eventsOfOtherCallsAreNotListed() {
        long other = new CallRepository(db.jdbi()).insert(call().build()).id();
        events.append(CallEvent.of(other, "dialing", null, T0));
        assertThat(events.listForCall(callId)).isEmpty();
    }

    @Test
    void anEventForAnUnknownCallIsRefused() {
        assertThatThrownBy(() -> events.append(CallEvent.of(424242, "dialing", null, T0)))
                .isInstanceOf(RuntimeException.class);
    }
}
