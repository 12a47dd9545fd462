package br.com.jttelecom.console.app;

import br.com.jttelecom.console.model.LeadSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo as an agent first sees it: its history calls the demo leads' numbers in the forms the PBX
 * writes them ({@code 047969093960}, {@code 991234567}), and after the first sync those calls are the
 * leads' calls — "Última ligação" filled in the Leads page, not empty.
 */
class DemoLeadCallsTest {

    @TempDir
    Path dataDir;

    @Test
    void afterTheFirstSyncTheDemoLeadsHaveTheirCalls() throws Exception {
        try (ApiFixture console = new ApiFixture(dataDir)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<LeadSummary> leads = console.runtime.leads().search("", 500);
                long withCalls = leads.stream().filter(l -> l.lead().lastCallAt() != null).count();
                // The simulator calls a demo lead in 70 % of its 3,200 records: nearly every lead has some.
                assertThat(leads).hasSizeGreaterThanOrEqualTo(200);
                assertThat(withCalls).isGreaterThan(leads.size() * 9L / 10);
            });
        }
    }
}
