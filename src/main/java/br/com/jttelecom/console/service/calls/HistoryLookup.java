package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One call's history record by {@code chamada_id}; the query still needs a date window (São Paulo dates). */
final class HistoryLookup {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryLookup.class);
    private static final ZoneId PBX_ZONE = ZoneId.of("America/Sao_Paulo");

    private final PabxClient pbx;

    HistoryLookup(PabxClient pbx) {
        this.pbx = pbx;
    }

    /** Empty while the PBX has not indexed the call yet, or when the PBX could not be asked. */
    Optional<Call> find(String externalCallId, Instant startedAt) {
        LocalDate day = LocalDate.ofInstant(startedAt == null ? Instant.now() : startedAt, PBX_ZONE);
        try (var records = pbx.historyCalls(HistoryQuery.between(day.minusDays(1), day.plusDays(1))
                .withCallId(externalCallId))) {
            return records.filter(c -> externalCallId.equals(c.externalCallId())).findFirst();
        } catch (PabxException e) {
            LOG.debug("History of call {} not available yet: {}", externalCallId, e.getMessage());
            return Optional.empty();
        }
    }
}
