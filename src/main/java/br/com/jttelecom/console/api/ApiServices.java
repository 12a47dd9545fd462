package br.com.jttelecom.console.api;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.operator.AgentActions;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.calls.WebhookIntake;
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
