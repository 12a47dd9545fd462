package br.com.jttelecom.console.app.demo;

import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo PBX keeps its port across restarts, so the recording links of the calls it synced keep working. */
class DemoPbxPortTest {

    @TempDir
    Path dataDir;

    private static PbxSimulator simulator() {
        return PbxSimulator.builder().user("demo").token("t").seed(1L).clock(SimClock.system()).build();
    }

    @Test
    void theNextStartListensWhereTheFirstOneDid() throws Exception {
        int first;
        try (PbxSimulator sim = new DemoPbxPort(dataDir).start(simulator())) {
            first = sim.port();
        }
        assertThat(Files.readString(dataDir.resolve(DemoPbxPort.FILE))).isEqualTo(Integer.toString(first));

        try (PbxSimulator again = new DemoPbxPort(dataDir).start(simulator())) {
            assertThat(again.port()).isEqualTo(first);
        }
    }

    @Test
    void aTakenPortGivesWayToAFreeOneWhichIsRememberedInstead() throws Exception {
        try (PbxSimulator holder = new DemoPbxPort(dataDir).start(simulator());
             PbxSimulator second = new DemoPbxPort(dataDir).start(simulator())) {
            assertThat(second.port()).isNotEqualTo(holder.port()).isPositive();
            assertThat(Files.readString(dataDir.resolve(DemoPbxPort.FILE))).isEqualTo(Integer.toString(second.port()));
        }
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Files.writeString(dataDir.resolve(DemoPbxPort.FILE), "porta?");
        try (PbxSimulator sim = new DemoPbxPort(dataDir).start(simulator())) {
            assertThat(sim.port()).isPositive();
            assertThat(Files.readString(dataDir.resolve(DemoPbxPort.FILE))).isEqualTo(Integer.toString(sim.port()));
        }
    }
}
