package br.com.jttelecom.console.service.numbers;

import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.directory.Directory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DDD of each extension ({@code codigo_area} in {@code listar_ramais}), kept from the last listing. The
 * PBX writes local numbers without their DDD, and "local" is the extension's area, not the account's:
 * a number read on a call of extension 202 with {@code codigo_area} 11 is a São Paulo number.
 *
 * <p>Filled by {@link #refreshIfStale()} (the history sync calls it before each run, on its own thread)
 * and by every directory listing ({@link Directory#listExtensions()}), so an edited extension counts
 * from the next read. Lookups never ask the PBX: they answer from memory, and an unknown extension
 * (or a blank or unknown {@code codigo_area}) has no DDD, so the account's dial plan decides. Thread-safe.
 */
public final class AreaCodes {

    /** How long a listing is trusted: extensions seldom change area, and a directory edit refreshes at once. */
    static final Duration MAX_AGE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(AreaCodes.class);

    private final PabxClient pabx;
    private final Clock clock;
    private volatile Map<String, String> byExtension = Map.of();
    private volatile Instant loadedAt;

    /** @param pabx where {@link #refreshIfStale()} lists the extensions, {@code null} when there is no PBX */
    public AreaCodes(PabxClient pabx, Clock clock) {
        this.pabx = pabx;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** No PBX to ask: every number takes the account's DDD until a listing is given by {@link #update}. */
    public static AreaCodes none() {
        return new AreaCodes(null, Clock.systemUTC());
    }

    /** The DDD of {@code extension} ({@code "202"} or {@code "odin-202"}), empty when not known. */
    public Optional<String> of(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String key = extension.strip();
        int dash = key.lastIndexOf('-');
        String ddd = byExtension.get(key);
        if (ddd == null && dash >= 0) {
            ddd = byExtension.get(key.substring(dash + 1));
        }
        return Optional.ofNullable(ddd);
    }

    /** {@link #of} or {@code null}: what the phone package's DDD-taking reads want. */
    public String dddOf(String extension) {
        return of(extension).orElse(null);
    }

    /** Every extension that has a DDD, number → DDD. */
    public Map<String, String> all() {
        return byExtension;
    }

    /** Whether a listing was ever read: without one, nothing is known about the extensions. */
    public boolean loaded() {
        return loadedAt != null;
    }

    /** The extensions as just listed (the directory read them). */
    public void update(List<Extension> extensions) {
        Map<String, String> next = new HashMap<>();
        for (Extension e : extensions) {
            String ddd = e.areaCode() == null ? null : e.areaCode().strip();
            if (e.number() != null && PhoneNumbers.isAreaCode(ddd)) {
                next.put(e.number().strip(), ddd);
            }
        }
        byExtension = Map.copyOf(next);
        loadedAt = clock.instant();
    }

    /**
     * Lists the extensions when the last listing is older than {@link #MAX_AGE} (or there is none). One
     * request, with the client's own bounded retries; a failure keeps what was known and is tried again
     * next time. Blocks: call it off the JavaFX thread.
     *
     * @return whether a listing is known now
     */
    public boolean refreshIfStale() {
        Instant at = loadedAt;
        if (pabx == null || (at != null && !clock.instant().isAfter(at.plus(MAX_AGE)))) {
            return loaded();
        }
        try {
            update(pabx.listExtensions().stream().map(DirectoryMapper::toExtension).toList());
        } catch (PabxException e) {
            LOG.warn("extension area codes not refreshed ({}); numbers without DDD take the last known or the account's",
                    e.getClass().getSimpleName());
        }
        return loaded();
    }
}
