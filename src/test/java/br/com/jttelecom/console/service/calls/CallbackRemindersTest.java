package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.store.UserRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackRemindersTest {

    @TempDir
    Path dir;
    CallsFixture f;
    Users users;
    CallbackReminders reminders;
    CallbackRepository callbacks;

    /** Two console users, the owners of the calls. */
    record Users(long ana, long bruno) {
    }

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        callbacks = new CallbackRepository(f.db.jdbi(), f.clock);
        reminders = new CallbackReminders(callbacks);
        users = new Users(user("ana"), user("bruno"));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private long user(String login) {
        return new UserRepository(f.db.jdbi(), f.clock).insert(login, login, "AGENT", "x", null);
    }

    /** A call of {@code owner}'s that ended "agendada", due at {@code due}. */
    private long callbackOf(Long owner, String e164, Instant due) {
        Instant start = due.minus(Duration.ofHours(1));
        Call call = f.calls.insert(new Call(null, null, null, owner, e164, Direction.OUTBOUND, Duration.ofSeconds(30),
                CallStatus.COMPLETED, start, start.plusSeconds(30), null, null, null, "201", null, null, null, null, null,
                null, null, null, null));
        f.notes.setOutcome(call.id(), Outcome.SCHEDULED, due);
        return call.id();
    }

    @Test
    void aDueCallbackIsAnnouncedToTheOwnerOfItsCallOnlyAndOnce() {
        Instant due = CallsFixture.T0.minus(Duration.ofMinutes(5));
        long anasCall = callbackOf(users.ana(), "+5511987650001", due);
        callbackOf(users.bruno(), "+5511987650002", due);

        assertThat(reminders.announce(users.ana(), CallsFixture.T0)).extracting(DueCallback::callId).containsExactly(anasCall);
        assertThat(reminders.announce(users.ana(), CallsFixture.T0)).as("once").isEmpty();
        assertThat(reminders.announce(users.bruno(), CallsFixture.T0)).extracting(DueCallback::phoneNumber)
                .containsExactly("+5511987650002");
        assertThat(reminders.announce(null, CallsFixture.T0)).as("a call of nobody's has no callback here").isEmpty();
    }

    @Test
    void aCallbackNotDueYetIsAnnouncedWhenItFallsDue() {
        Instant due = CallsFixture.T0.plus(Duration.ofMinutes(30));
        callbackOf(users.ana(), "+5511987650001", due);

        assertThat(reminders.announce(users.ana(), CallsFixture.T0)).isEmpty();
        assertThat(reminders.announce(users.ana(), due)).hasSize(1);
    }
}
