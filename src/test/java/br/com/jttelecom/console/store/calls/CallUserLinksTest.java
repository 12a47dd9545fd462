package br.com.jttelecom.console.store.calls;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.testsupport.StoreFixture;
import br.com.jttelecom.console.testsupport.TestCalls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CallUserLinksTest {

    @TempDir
    Path dir;

    private Database db;
    private Jdbi jdbi;
    private CallRepository calls;

    @BeforeEach
    void open() {
        db = StoreFixture.open(dir);
        jdbi = db.jdbi();
        calls = new CallRepository(jdbi);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void callsOnALinkedExtensionGetThatUserOnlyOnce() {
        long ana = StoreFixture.user(jdbi, "ana");
        long bruno = StoreFixture.user(jdbi, "bruno");
        long onAna = calls.insert(TestCalls.call().external("a").extension("201").build()).id();
        long onOther = calls.insert(TestCalls.call().external("b").extension("203").build()).id();
        long noExtension = calls.insert(TestCalls.call().external("c").extension(null).build()).id();
        long alreadyBruno = calls.insert(TestCalls.call().external("d").extension("201").user(bruno).build()).id();
        new ExtensionLinkRepository(jdbi).link(ana, "201"); // linked after the calls were stored (a sync's case)

        assertThat(new CallUserLinks(jdbi).attributeByExtension()).isEqualTo(1);
        assertThat(calls.findById(onAna).orElseThrow().userId()).isEqualTo(ana);
        assertThat(calls.findById(onOther).orElseThrow().userId()).isNull();
        assertThat(calls.findById(noExtension).orElseThrow().userId()).isNull();
        assertThat(calls.findById(alreadyBruno).orElseThrow().userId()).as("never overrides").isEqualTo(bruno);
        assertThat(new CallUserLinks(jdbi).attributeByExtension()).as("idempotent").isZero();
    }

    @Test
    void aCallStoredOnALinkedExtensionIsThatUsersAtOnce() {
        long ana = StoreFixture.user(jdbi, "ana");
        long bruno = StoreFixture.user(jdbi, "bruno");
        new ExtensionLinkRepository(jdbi).link(ana, "201");

        var dialled = calls.insert(TestCalls.call().external("a").extension("201").build());
        assertThat(dialled.userId()).isEqualTo(ana);
        assertThat(calls.findById(dialled.id()).orElseThrow().userId()).isEqualTo(ana);
        assertThat(calls.insert(TestCalls.call().external("b").extension("201").user(bruno).build()).userId())
                .as("a given user wins").isEqualTo(bruno);
        assertThat(calls.insert(TestCalls.call().external("c").extension("299").build()).userId()).isNull();
    }

    /**
     * Seen in a fresh-clone CI run: the demo start linked its extensions while the first sync's end matched the same
     * calls to their leads; the two walks over {@code calls} (one in id order, one in phone order) deadlocked, every
     * try came back while the other still held its rows, and the console did not start.
     */
    @Test
    void linkingUsersWhileMatchingLeadsBothEndAndEveryCallGetsBoth() throws Exception {
        long ana = StoreFixture.user(jdbi, "ana");
        List<Call> page = new ArrayList<>();
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 4000; i++) {
            // Numbers out of id order, so the phone index walks the calls in another order than the table.
            page.add(TestCalls.call().external("c" + i).extension("201")
                    .phone("+55489912" + String.format("%05d", random.nextInt(500))).build());
        }
        calls.upsertAll(page);
        for (int n = 0; n < 500; n++) {
            String phone = "+55489912" + String.format("%05d", n);
            long lead = StoreFixture.lead(jdbi, "lead " + n, phone);
            jdbi.useHandle(h -> h.execute("INSERT INTO lead_phone (lead_id, position, e164) VALUES (?, 0, ?)", lead, phone));
        }
        new ExtensionLinkRepository(jdbi).link(ana, "201");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                jdbi.useHandle(h -> h.execute("UPDATE calls SET user_id = NULL, lead_id = NULL"));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> users = two.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return new CallUserLinks(jdbi).attributeByExtension();
                });
                Future<Integer> leads = two.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return new CallLeadLinks(jdbi).matchByPhone();
                });
                assertThat(users.get(60, TimeUnit.SECONDS)).as("round %d: users", round).isEqualTo(4000);
                assertThat(leads.get(60, TimeUnit.SECONDS)).as("round %d: leads", round).isEqualTo(4000);
            }
        } finally {
            two.shutdownNow();
        }
    }
}
