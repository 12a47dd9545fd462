package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The windows a sync asks the PBX for tile its period with no gap and no double day, in São Paulo time, whatever
 * the calendar does: month ends (31, 30, 28 and 29 days), and the years São Paulo still had summer time (a day of
 * 23 hours when the clock jumped from 00:00 to 01:00, one of 25 when 23:00 came twice). The planner is asked with a
 * real simulator answering its size probes.
 */
class SyncPlannerWindowsTest {

    @ParameterizedTest(name = "first sync at {0}")
    @ValueSource(strings = {
            "2019-02-20T15:00:00Z", // 90 days back: summer time began 2018-11-04 and ended 2019-02-17
            "2024-03-01T12:00:00Z", // over the end of a leap February, January's 31 days and December's
            "2026-12-31T23:30:00Z", // 20:30 in São Paulo on the year's last day: its whole day is read
            "2027-01-01T02:30:00Z"  // already 1 January in UTC, still 31 December in São Paulo
    })
    void windowsTileThePeriodWithNoGapAndNoDoubleDay(String at) throws Exception {
        Instant now = Instant.parse(at);
        ManualClock clock = SimClock.manual(now);
        try (PbxSimulator sim = PbxSimulator.builder().user("u").token("t").seed(3L).clock(clock).build()) {
            sim.start(0);
            sim.seedHistory(2_000, now.minus(Duration.ofDays(95)), now.minus(Duration.ofMinutes(1)), 3L);
            try (PabxClient client = SyncTestSupport.clientOf(sim)) {
                SyncSettings settings = SyncSettings.defaults();
                SyncPlanner.Plan plan = new SyncPlanner(client, () -> settings).plan(SyncCursor.EMPTY, now, 0, false);

                List<HistoryWindow> windows = plan.run().windows().stream()
                        .sorted(Comparator.comparing(HistoryWindow::from)).toList();
                LocalDate today = now.atZone(HistoryWindow.SAO_PAULO).toLocalDate();
                assertThat(windows.get(0).start()).isBeforeOrEqualTo(now.minus(settings.firstWindow()));
                assertThat(windows.get(windows.size() - 1).to()).as("today is read").isEqualTo(today);
                for (int i = 1; i < windows.size(); i++) {
                    HistoryWindow before = windows.get(i - 1);
                    HistoryWindow next = windows.get(i);
                    assertThat(next.from()).as("after " + before).isEqualTo(before.to().plusDays(1));
                    assertThat(next.start()).as("the instants meet after " + before).isEqualTo(before.end());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2018-11-04", "2019-02-16"})
    void aSummerTimeDayIsReadWholeFromItsFirstToItsLastInstant(String day) {
        HistoryWindow window = HistoryWindow.days(LocalDate.parse(day), LocalDate.parse(day));
        // 2018-11-04 had no 00:00 (00:00 was 01:00); on 2019-02-16 the 23:00 hour came twice.
        long hours = Duration.between(window.start(), window.end()).toHours();
        assertThat(hours).isEqualTo(day.equals("2018-11-04") ? 23 : 25);
        Instant lateCall = LocalDateTime.parse(day + "T23:30").atZone(HistoryWindow.SAO_PAULO).toInstant();
        assertThat(lateCall).isAfterOrEqualTo(window.start()).isBefore(window.end());
    }
}
