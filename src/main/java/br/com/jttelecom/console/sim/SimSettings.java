package br.com.jttelecom.console.sim;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/** Everything a {@link PbxSimulator} is built from; filled by {@link SimulatorBuilder}. */
record SimSettings(
        String user,
        String token,
        String tenant,
        String companyName,
        long seed,
        SimClock clock,
        Duration indexingDelay,
        Duration recordingDelay,
        boolean clickToCall,
        CallTiming timing,
        OutcomeRules outcomeRules,
        int emptyResultsStatus,
        URI webhookUrl,
        boolean webhookMalformed,
        Boolean autoTick,
        Set<HistoryBehaviour> behaviours) {

    boolean ticksItself() {
        return autoTick != null ? autoTick : !(clock instanceof ManualClock);
    }
}
