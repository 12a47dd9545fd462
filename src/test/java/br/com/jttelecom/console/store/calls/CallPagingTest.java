package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallPagingTest {

    /** Newest first; among equal start times, the higher id first. */
    private static final Comparator<Call> HISTORY_ORDER =
            Comparator.comparing(Call::startTime).thenComparing(Call::id).reversed();

    @TempDir
    Path dir;

    private Database db;
    private CallRepository calls;
    private List<Call> stored;

    @BeforeEach
    void fill() {
        db = Database.openFolder(dir);
        calls = new CallRepository(db.jdbi());
        // 53 calls on only 9 distinct start times, inserted out of order: many ties cross page edges.
        stored = IntStream.range(0, 53)
                .mapToObj(i -> calls.insert(call().external("pbx-" + i).start(T0.plusSeconds((i * 7L) % 9))
                        .status(i % 3 == 0 ? CallStatus.MISSED : CallStatus.COMPLETED).build()))
                .toList();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 2, 5, 7, 9, 52, 53, 54, 100})
    void pagesCoverEveryRowExactlyOnceInHistoryOrder(int size) {
        List<Call> seen = readAll(CallFilter.all(), size);
        assertThat(seen).containsExactlyElementsOf(stored.stream().sorted(HISTORY_ORDER).toList());
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 3, 8})
    void pagesOfAPeriodCoverItsRowsExactlyOnceWhenTheCursorReplacesItsEnd(int size) {
        CallFilter period = CallFilter.all().between(T0.plusSeconds(2), T0.plusSeconds(7))
                .withStatuses(CallStatus.MISSED, CallStatus.COMPLETED);
        List<Call> seen = readAll(period, size);
        assertThat(seen).containsExactlyElementsOf(stored.stream()
                .filter(c -> !c.startTime().isBefore(T0.plusSeconds(2)) && c.startTime().isBefore(T0.plusSeconds(7)))
                .sorted(HISTORY_ORDER).toList());
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 4, 10})
    void filteredPagesCoverEveryMatchingRowExactlyOnce(int size) {
        CallFilter missed = CallFilter.all().withStatuses(CallStatus.MISSED);
        List<Call> expected = stored.stream().filter(c -> c.status() == CallStatus.MISSED).sorted(HISTORY_ORDER).toList();
        assertThat(readAll(missed, size)).containsExactlyElementsOf(expected);
        assertThat(calls.count(missed)).isEqualTo(expected.size());
    }

    @Test
    void theLastPageHasNoNextCursor() {
        CallPage page = calls.page(CallFilter.all(), null, 53);
        assertThat(page.calls()).hasSize(53);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void aFullPageWithMoreBehindItPointsAtItsLastRow() {
        CallPage page = calls.page(CallFilter.all(), null, 10);
        assertThat(page.next()).isEqualTo(PageCursor.after(page.calls().get(9)));
    }

    @Test
    void aRowInsertedAboveTheCursorDoesNotShiftTheNextPage() {
        CallPage first = calls.page(CallFilter.all(), null, 10);
        List<Call> expectedSecond = calls.page(CallFilter.all(), first.next(), 10).calls();
        calls.insert(call().external("newest").start(T0.plusSeconds(3600)).build());
        assertThat(calls.page(CallFilter.all(), first.next(), 10).calls()).isEqualTo(expectedSecond);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> calls.page(CallFilter.all(), null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Call> readAll(CallFilter filter, int size) {
        List<Call> seen = new ArrayList<>();
        PageCursor cursor = null;
        do {
            CallPage page = calls.page(filter, cursor, size);
            assertThat(page.calls()).hasSizeLessThanOrEqualTo(size);
            seen.addAll(page.calls());
            cursor = page.next();
        } while (cursor != null);
        return seen;
    }
}
