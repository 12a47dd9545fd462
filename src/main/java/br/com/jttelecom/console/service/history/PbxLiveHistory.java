package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryPage;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.OnlineCallMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.service.PbxQueryFailed;
import br.com.jttelecom.console.service.accounts.VisibleActivity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Direto do PABX": the PBX's own history ({@code listar_historico_chamada}) and its calls in progress
 * ({@code listar_chamadas_online}), live, without the local store. PBX errors come out as
 * {@link PbxQueryFailed} carrying the client's Portuguese sentence.
 *
 * <p>The PBX filters by period and paging only as far as we know its filters' meanings; status,
 * direction, extension, duration and notes are applied to each page here, so a page may show fewer
 * rows than the PBX sent.
 */
public final class PbxLiveHistory {

    public static final int PAGE_SIZE = 100;

    private final Supplier<Optional<PabxClient>> client;
    private final HistoryMapper mapper = new HistoryMapper();
    private final Clock clock;
    private final ZoneId zone;
    private volatile Supplier<VisibleActivity> visible = VisibleActivity::everyone;

    public PbxLiveHistory(Supplier<Optional<PabxClient>> client, Clock clock, ZoneId zone) {
        this.client = client;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Keeps only the calls on extensions linked to the users the signed-in person may see (the PBX's records
     * carry an extension, not a console user): an agent their own, a supervisor their team's plus the calls
     * that are nobody's (no extension, as a queue call abandoned before reaching anyone, or an extension no
     * console user works), an admin all.
     */
    public PbxLiveHistory limitedTo(Supplier<VisibleActivity> visibility) {
        this.visible = java.util.Objects.requireNonNull(visibility, "visibility");
        return this;
    }

    /** A pass over the PBX's pages for one filter; each {@link Pages#next()} is one request. */
    public Pages open(HistoryFilter filter) {
        PeriodPreset.DateRange days = filter.days(LocalDate.now(clock.withZone(zone)));
        HistoryQuery query = HistoryQuery.between(days.from(), days.to()).withPageSize(PAGE_SIZE);
        return new Pages(filter, query);
    }

    public List<LiveCall> callsInProgress() {
        try {
            VisibleActivity who = visible.get();
            return pbx().onlineCalls().stream()
                    .filter(r -> who.includesCallOn(OnlineCallMapper.toOnlineCall(r).extension()))
                    .map(PbxLiveHistory::live).toList();
        } catch (PabxException e) {
            throw new PbxQueryFailed(e);
        }
    }

    private PabxClient pbx() {
        return client.get().orElseThrow(() -> PbxQueryFailed.notConnected());
    }

    private static LiveCall live(OnlineCallRecord r) {
        return new LiveCall(r.chamadaId(), r.origem() != null ? r.origem() : r.ramal(),
                r.destino() != null ? r.destino() : r.numero(), r.data(), OnlineCallMapper.toOnlineCall(r).started(),
                r.elapsed(), r.operador(), r.state());
    }

    /** The pages of one live query, fetched lazily; not thread-safe (one query at a time). */
    public final class Pages {
        private final HistoryFilter filter;
        private final HistoryQuery query;
        private Iterator<HistoryPage> pages;
        private int index = -1;

        private Pages(HistoryFilter filter, HistoryQuery query) {
            this.filter = filter;
            this.query = query;
        }

        /** The next page, or empty when the PBX has no more. */
        public Optional<PbxHistoryPage> next() {
            try {
                if (pages == null) {
                    pages = pbx().historyPages(query);
                }
                if (!pages.hasNext()) {
                    return Optional.empty();
                }
                VisibleActivity who = visible.get();
                HistoryPage page = pages.next();
                index++;
                List<Call> calls = page.records().stream().map(mapper::toCall).filter(this::matches)
                        .filter(c -> who.includesCallOn(c.extension())).toList();
                return Optional.of(new PbxHistoryPage(index, calls, page.total(), pages.hasNext()));
            } catch (PabxException e) {
                throw new PbxQueryFailed(e);
            }
        }

        private boolean matches(Call c) {
            return (filter.statuses().isEmpty() || filter.statuses().contains(c.status()))
                    && (filter.directions().isEmpty() || filter.directions().contains(c.direction()))
                    && (filter.extension() == null || filter.extension().equals(c.extension()))
                    && (filter.minDuration() == null || c.duration() != null && c.duration().compareTo(filter.minDuration()) >= 0)
                    && (filter.maxDuration() == null || c.duration() == null || c.duration().compareTo(filter.maxDuration()) <= 0)
                    && (filter.notesText() == null || c.notes() != null
                        && c.notes().toLowerCase().contains(filter.notesText().toLowerCase()));
        }
    }
}
