package br.com.jttelecom.console.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.testsupport.UtcClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live path (re-reading only the changed hours) must always equal a full recompute. */
class StatsRefreshTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @TempDir
    Path folder;

    @Test
    void incrementalRefreshEqualsAFullRecomputeAfterRandomInsertsAndUpdates() {
        try (Database db = Database.openFolder(folder)) {
            CallRepository calls = new CallRepository(db.jdbi(), new TickingClock(Instant.parse("2026-11-20T00:00:00Z")));
            Clock now = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
            ZoneId zone = StatsTest.SP;
            Stats live = new Stats(new CallStatsRepository(db.jdbi()), new OperatorSpanQuery(db.jdbi()), now, zone);
            Stats full = new Stats(new CallStatsRepository(db.jdbi()), new OperatorSpanQuery(db.jdbi()), now, zone);
            StatsPeriod period = StatsPeriod.days(DAY.minusDays(2), DAY, zone);
            Random random = new Random(7);
            List<Call> stored = new ArrayList<>();
            live.report(period, StatsScope.all());
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < 25; i++) {
                    stored.add(calls.insert(randomCall(random, period)));
                }
                for (int i = 0; i < 5; i++) {
                    Call old = stored.get(random.nextInt(stored.size()));
                    calls.updateOutcome(old.id(), Outcome.values()[random.nextInt(3)]);
                }
                StatsReport incremental = live.report(period, StatsScope.all());
                full.rebuild();
                assertThat(incremental).isEqualTo(full.report(period, StatsScope.all()));
                assertThat(incremental.current().total() + incremental.previous().total())
                        .isEqualTo(stored.size());
            }
        }
    }

    private static Call randomCall(Random r, StatsPeriod period) {
        // Both the period and the one before it, so cached hours on either side change.
        long span = period.length().toSeconds() * 2;
        Instant start = period.previous().from().plusSeconds(r.nextLong(span));
        CallStatus status = CallStatus.values()[r.nextInt(CallStatus.values().length)];
        Integer duration = r.nextInt(4) == 0 ? 0 : r.nextInt(900);
        Integer wait = r.nextBoolean() ? null : r.nextInt(40);
        return StatsTest.call(null, start, Direction.values()[r.nextInt(Direction.values().length)], status, duration,
                r.nextBoolean() ? duration : null, wait, r.nextBoolean() ? "Ana" : "João",
                r.nextInt(4) == 0 ? null : Outcome.values()[r.nextInt(3)], null);
    }

    /** A clock a second later on every read, so each write gets a newer updated_at. */
    private static final class TickingClock extends UtcClock {
        private Instant next;

        TickingClock(Instant start) {
            next = start;
        }

        @Override
        public synchronized Instant instant() {
            next = next.plusSeconds(1);
            return next;
        }
    }
}
