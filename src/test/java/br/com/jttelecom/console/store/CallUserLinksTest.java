package br.com.jttelecom.console.store;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
}
