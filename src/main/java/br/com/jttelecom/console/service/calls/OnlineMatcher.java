package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.LeadLookup;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds followed calls in the online list (by {@code chamada_id}, else by extension and number, since
 * the dial's answer may lack the id) and recognises inbound calls ringing the agent.
 */
public final class OnlineMatcher {

    /** A new inbound call, stored, with the ring to announce. */
    public record Inbound(TrackedCall call, String extension, InboundRing ring) {
    }

    private final PhoneNumbers phones;
    private final CallRepository calls;
    private final LeadLookup leads;
    private final AreaCodes areaCodes;

    /** Numbers without DDD take the dial plan's. */
    public OnlineMatcher(PhoneNumbers phones, CallRepository calls, LeadLookup leads) {
        this(phones, calls, leads, AreaCodes.none());
    }

    /** @param areaCodes the extensions' DDDs: a caller the PBX writes without DDD takes the ringing extension's */
    public OnlineMatcher(PhoneNumbers phones, CallRepository calls, LeadLookup leads, AreaCodes areaCodes) {
        this.phones = phones;
        this.calls = calls;
        this.leads = leads;
        this.areaCodes = Objects.requireNonNull(areaCodes, "areaCodes");
    }

    /** One poll's records, indexed once so that 200 online calls cost one pass, not one per followed call. */
    Index index(List<OnlineCallRecord> online) {
        return new Index(online);
    }

    boolean knownExternal(String externalId) {
        return calls.findByExternalId(externalId).isPresent();
    }

    /** Stores an inbound call ringing {@code ext} and matches its number to a lead. */
    public Optional<Inbound> inbound(OnlineCallRecord r, String ext, Instant now) {
        // A local caller comes without DDD: the DID's (when named), else the ringing extension's, else the account's.
        Optional<BrazilianNumber> number = phones.fromPbx(r.origem(), areaCodes.dddOf(ext));
        String e164 = number.map(BrazilianNumber::e164).orElse(r.origem());
        Optional<LeadLookup.LeadMatch> lead = number.flatMap(n -> leads.byPhone(n.e164()));
        Long leadId = lead.map(LeadLookup.LeadMatch::id).orElse(null);
        Call stored = calls.upsert(Reports.newInbound(leadId, e164, ext, r.chamadaId(), r.operador(), now));
        String name = lead.map(LeadLookup.LeadMatch::name).orElse(null);
        TrackedCall call = new TrackedCall(stored.id(), r.chamadaId(), leadId, name, e164,
                stored.direction(), CallPhase.RINGING_EXTENSION, now, null, null, null, null, null);
        String display = number.map(BrazilianNumber::display).orElse(r.origem());
        return Optional.of(new Inbound(call, ext, new InboundRing(stored.id(), e164, display, leadId, name)));
    }

    static boolean isExtension(String text, String ext) {
        return text != null && (text.equals(ext) || text.endsWith("-" + ext));
    }

    static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }

    /** The records of one poll. */
    static final class Index {
        private final Map<String, OnlineCallRecord> byId = new HashMap<>();
        private final List<OnlineCallRecord> all;

        Index(List<OnlineCallRecord> online) {
            this.all = online;
            for (OnlineCallRecord r : online) {
                if (r.chamadaId() != null) {
                    byId.put(r.chamadaId(), r);
                }
            }
        }

        Optional<OnlineCallRecord> find(String externalId, String ext, String dialString) {
            if (externalId != null) {
                return Optional.ofNullable(byId.get(externalId));
            }
            String wanted = digits(dialString);
            return all.stream()
                    .filter(r -> isExtension(r.origem(), ext) || ext.equals(r.ramal()))
                    .filter(r -> !wanted.isEmpty() && digits(r.destino()).endsWith(wanted))
                    .findFirst();
        }

        List<OnlineCallRecord> inboundTo(String ext) {
            return all.stream().filter(r -> isExtension(r.destino(), ext) && !isExtension(r.origem(), ext)).toList();
        }
    }
}
