package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DispositionRepository;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.calls.CallUserLinks;
import br.com.jttelecom.console.store.calls.UnmatchedCalls;
import java.time.Clock;

/**
 * Every repository of the store, built once on the runtime's database and clock and handed to each feature's
 * wiring, so no two parts of the console read the same table through different objects or clocks.
 */
public record Repositories(CallRepository calls, CallEventRepository callEvents, CallStatsRepository callStats,
                           CallLeadLinks callLeadLinks, CallUserLinks callUserLinks, UnmatchedCalls unmatchedCalls,
                           CallbackRepository callbacks, LeadRepository leads, OpportunityRepository opportunities,
                           LeadLookup leadLookup, UserRepository users, ExtensionLinkRepository extensionLinks,
                           SettingRepository settings, DispositionRepository dispositions,
                           PauseReasonRepository pauseReasons, OperatorSessionRepository operatorSessions,
                           OperatorSpanQuery operatorSpans) {

    static Repositories on(Database database, Clock clock) {
        var jdbi = database.jdbi();
        return new Repositories(new CallRepository(jdbi, clock), new CallEventRepository(jdbi),
                new CallStatsRepository(jdbi), new CallLeadLinks(jdbi, clock), new CallUserLinks(jdbi),
                new UnmatchedCalls(jdbi), new CallbackRepository(jdbi, clock), new LeadRepository(jdbi, clock),
                new OpportunityRepository(jdbi, clock), new LeadLookup(jdbi), new UserRepository(jdbi, clock),
                new ExtensionLinkRepository(jdbi), new SettingRepository(jdbi, clock), new DispositionRepository(jdbi),
                new PauseReasonRepository(jdbi), new OperatorSessionRepository(jdbi), new OperatorSpanQuery(jdbi));
    }
}
