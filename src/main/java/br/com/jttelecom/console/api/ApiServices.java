package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.service.Accounts;
import br.com.jttelecom.console.service.AgentActions;
import br.com.jttelecom.console.service.AuditTrail;
import br.com.jttelecom.console.service.CallHistory;
import br.com.jttelecom.console.service.ConnectionMonitor;
import br.com.jttelecom.console.service.DidAdmin;
import br.com.jttelecom.console.service.Directory;
import br.com.jttelecom.console.service.HistorySync;
import br.com.jttelecom.console.service.PbxLiveHistory;
import br.com.jttelecom.console.service.Session;
import br.com.jttelecom.console.service.WebhookIntake;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Everything the API calls: the same service objects the window uses, so validation, permission
 * checks and the audit trail are the same. Optional parts are absent without a PBX client.
 */
public record ApiServices(
        Messages messages,
        Clock clock,
        Session session,
        Accounts accounts,
        CallHistory history,
        Optional<AgentActions> agents,
        PbxLiveHistory liveHistory,
        ConnectionMonitor monitor,
        Optional<Directory> directory,
        Optional<DidAdmin> dids,
        WebhookIntake webhooks,
        Optional<PabxClient> pbx,
        Optional<HistorySync> sync,
        IntSupplier callsInProgress,
        BooleanSupplier databaseOk,
        URI pbxBase,
        AuditTrail audit,
        Optional<String> databaseRestored) {
}
