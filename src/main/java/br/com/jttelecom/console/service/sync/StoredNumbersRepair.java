package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.calls.StoredCallNumbers;
import br.com.jttelecom.console.store.calls.StoredCallNumbers.CallNumber;
import br.com.jttelecom.console.store.calls.StoredCallNumbers.OnExtension;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once per database, two rewrites of the stored customer numbers, each marked done in {@code sync_state}
 * in the same transaction as its rewrite (a crash repeats it whole, a done one never runs again):
 *
 * <ol>
 *   <li>{@value #DONE_MARK}: calls synced before the sync wrote E.164 kept the PBX's form
 *       ({@code 047969093960}, {@code 991234567}); they get the E.164 form, a number without DDD the DDD of
 *       its call's extension ({@link AreaCodes}), so that lead matching and the phone filter find them.
 *       Numbers that are not phone numbers (extensions, "anonymous") stay as they are.</li>
 *   <li>{@value #DDD_DONE_MARK}: calls synced while local numbers took the account's DDD whatever the
 *       extension's: a number in the account's DDD on a call whose extension has another
 *       {@code codigo_area} gets the extension's DDD. The store keeps no raw form of those numbers, so
 *       whether the PBX wrote the DDD cannot be known; the rule takes the common case (a local call
 *       of the extension) over the rare one (a long-distance call into the account's own area).</li>
 * </ol>
 *
 * <p>Both need the extensions' DDDs, so they wait until {@link AreaCodes} has a listing (the sync
 * refreshes it before calling {@link #runOnce()}): marking the second done without one would lose it for
 * good. The first does not wait when it was never done (a listing may never come: the account's DDD is
 * better than leaving the PBX's form); done with a listing, it leaves nothing for the second to repair.
 */
final class StoredNumbersRepair {

    static final String DONE_MARK = "phones-e164";
    static final String DDD_DONE_MARK = "phones-extension-ddd";

    private static final Logger LOG = LoggerFactory.getLogger(StoredNumbersRepair.class);

    private final Jdbi jdbi;
    private final StoredCallNumbers stored;
    private final SyncStateRepository state;
    private final PhoneNumbers phones;
    private final AreaCodes areaCodes;

    StoredNumbersRepair(Jdbi jdbi, StoredCallNumbers stored, SyncStateRepository state, PhoneNumbers phones) {
        this(jdbi, stored, state, phones, AreaCodes.none());
    }

    StoredNumbersRepair(Jdbi jdbi, StoredCallNumbers stored, SyncStateRepository state, PhoneNumbers phones,
                        AreaCodes areaCodes) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.state = Objects.requireNonNull(state, "state");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.areaCodes = Objects.requireNonNull(areaCodes, "areaCodes");
    }

    /** @return how many calls got their number rewritten (0 once both are done) */
    int runOnce() {
        boolean e164Done = state.cursor(DONE_MARK).isPresent();
        boolean dddDone = state.cursor(DDD_DONE_MARK).isPresent();
        boolean directory = areaCodes.loaded();
        if (!e164Done) {
            return toE164(directory);
        }
        if (!dddDone && directory) {
            return toExtensionDdd();
        }
        return 0;
    }

    private int toE164(boolean withDirectory) {
        CustomerNumbers numbers = new CustomerNumbers(phones, areaCodes);
        List<OnExtension> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (OnExtension raw : stored.notInE164ByExtension()) {
            String e164 = numbers.stored(raw.number(), areaCodes.dddOf(raw.extension()));
            if (!e164.equals(raw.number())) {
                from.add(raw);
                to.add(e164);
            }
        }
        int changed = jdbi.inTransaction(h -> {
            int n = stored.rewrite(from, to);
            state.put(DONE_MARK, "done");
            if (withDirectory) {
                state.put(DDD_DONE_MARK, "done");
            }
            return n;
        });
        if (changed > 0) {
            LOG.info("stored calls: {} numbers rewritten as E.164 ({} calls)", from.size(), changed);
        }
        return changed;
    }

    private int toExtensionDdd() {
        String accountDdd = phones.dialPlan().localDdd();
        String prefix = "+" + BrazilianNumber.BRAZIL + accountDdd;
        Map<Long, String> numbers = new LinkedHashMap<>();
        areaCodes.all().forEach((extension, ddd) -> {
            if (ddd.equals(accountDdd)) {
                return;
            }
            for (CallNumber c : stored.onExtensionStartingWith(extension, prefix)) {
                String subscriber = c.number().substring(prefix.length());
                if (subscriber.length() != 8 && subscriber.length() != 9) {
                    continue;
                }
                try {
                    numbers.put(c.callId(), phones.parse(subscriber, ddd).e164());
                } catch (InvalidPhoneNumber notValidThere) {
                    // kept: the number is not valid in the extension's DDD, so it cannot have been a local call there
                }
            }
        });
        int changed = jdbi.inTransaction(h -> {
            int n = stored.rewriteCalls(numbers);
            state.put(DDD_DONE_MARK, "done");
            return n;
        });
        if (changed > 0) {
            LOG.info("stored calls: {} numbers given their extension's DDD instead of the account's", changed);
        }
        return changed;
    }
}
