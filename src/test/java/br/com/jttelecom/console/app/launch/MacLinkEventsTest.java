package br.com.jttelecom.console.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** What macOS's link events become (the event itself needs a Mac: see installer/README.md). */
class MacLinkEventsTest {

    @TempDir
    Path dataDir;

    @Test
    void aLinkEventCarriesTheNumberAsASecondLaunchWouldHandItOver() {
        assertThat(MacLinkEvents.handoverFor(URI.create("tel:+55%2048%2099123-4567")).dial()).contains("+55 48 99123-4567");
        assertThat(MacLinkEvents.handoverFor(URI.create("callto://048991234567")).dial()).contains("048991234567");
    }

    @Test
    void anUnreadableLinkStillReachesTheWindowSoTheAgentSeesWhy() {
        assertThat(MacLinkEvents.handoverFor(URI.create("tel:;phone-context=+55")).dial()).contains("tel:;phone-context=+55");
        String huge = "tel:" + "9".repeat(5_000);
        assertThat(MacLinkEvents.handoverFor(URI.create(huge)).dial().orElseThrow()).hasSize(DialUri.MAX_LENGTH);
    }

    @Test
    void linkEventsAndLaterLaunchesMeetInTheSameInboxInOrder() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (SingleInstance first = SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.empty())).orElseThrow()) {
            first.inbox().accept(MacLinkEvents.handoverFor(URI.create("tel:+5548991234567")));
            assertThat(SingleInstance.claim(dataDir, new SingleInstance.Handover(Optional.of("(48) 3333-4444")))).isEmpty();

            first.onHandover(h -> received.add(h.dial().orElseThrow()));

            assertThat(received).containsExactly("+5548991234567", "(48) 3333-4444");
        }
    }

    @Test
    void offMacOsNothingIsInstalledAndAwtIsNotStarted() {
        assertThat(MacLinkEvents.install("Linux", new HandoverInbox())).isFalse();
        assertThat(MacLinkEvents.install("Windows 11", new HandoverInbox())).isFalse();
    }

    @Test
    void aMacWithoutADesktopStartsAnyway() {
        // The tests run with java.awt.headless=true, as a Mac session without a desktop would be.
        assertThat(MacLinkEvents.install("Mac OS X", new HandoverInbox())).isFalse();
    }
}
