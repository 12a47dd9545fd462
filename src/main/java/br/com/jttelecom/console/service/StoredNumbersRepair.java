package br.com.jttelecom.console.service;

import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.store.StoredCallNumbers;
import br.com.jttelecom.console.store.SyncStateRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once per database: the calls synced before the sync wrote customer numbers as E.164 (it kept the
 * PBX's {@code 047969093960}) get the E.164 form, so that lead matching and the phone filter find
 * them. Numbers that are not phone numbers (extensions, "anonymous") stay as they are. Marked done
 * in {@code sync_state} in the same transaction as the rewrite, so a crash repeats it whole.
 */
final class StoredNumbersRepair {

    static final String DONE_MARK = "phones-e164";

    private static final Logger LOG = LoggerFactory.getLogger(StoredNumbersRepair.class);

    private final Jdbi jdbi;
    private final StoredCallNumbers stored;
    private final SyncStateRepository state;
    private final PhoneNumbers phones;

    StoredNumbersRepair(Jdbi jdbi, StoredCallNumbers stored, SyncStateRepository state, PhoneNumbers phones) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.state = Objects.requireNonNull(state, "state");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    /** @return how many calls got their number rewritten (0 once done) */
    int runOnce() {
        if (state.cursor(DONE_MARK).isPresent()) {
            return 0;
        }
        CustomerNumbers numbers = new CustomerNumbers(phones);
        Map<String, String> fromTo = new LinkedHashMap<>();
        for (String raw : stored.notInE164()) {
            String e164 = numbers.stored(raw);
            if (!e164.equals(raw)) {
                fromTo.put(raw, e164);
            }
        }
        int changed = jdbi.inTransaction(h -> {
            int n = stored.rewrite(fromTo);
            state.put(DONE_MARK, "done");
            return n;
        });
        if (changed > 0) {
            LOG.info("stored calls: {} numbers rewritten as E.164 ({} calls)", fromTo.size(), changed);
        }
        return changed;
    }
}
