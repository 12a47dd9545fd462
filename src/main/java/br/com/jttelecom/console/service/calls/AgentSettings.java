package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.store.SettingRepository;
import java.time.Duration;
import java.util.Objects;

/**
 * The agent's settings in the {@code setting} table, with the demo simulator's values as defaults. The
 * extension and operator id here are only the fallback for a user with no link ({@link LinkedAgentIdentity}).
 */
public final class AgentSettings implements AgentIdentity {

    public static final String EXTENSION = "agent.extension";
    public static final String OPERATOR_ID = "agent.operator.id";
    public static final String WRAP_UP_SECONDS = "agent.wrapup.seconds";
    /** "true": the agent picks the call's disposition before the next dial or the return to the queue. */
    public static final String DISPOSITION_REQUIRED = "agent.wrapup.dispositionRequired";
    public static final String CAMPAIGN = "dial.campaign";
    /** Unanswered inbound rings in a row before the console pauses the agent; 0 (the default) is off. */
    public static final String AUTO_PAUSE_RINGS = "agent.autopause.rings";
    /** The pause reason the auto-pause sends to the PBX. */
    public static final String AUTO_PAUSE_REASON = "agent.autopause.reason";
    static final String DEFAULT_AUTO_PAUSE_REASON = "Ausente";

    private final SettingRepository settings;

    public AgentSettings(SettingRepository settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String extension() {
        return settings.get(EXTENSION, "201");
    }

    @Override
    public String operatorId() {
        return settings.get(OPERATOR_ID, "1");
    }

    @Override
    public Long userId() {
        return null;
    }

    public Duration wrapUp() {
        return Duration.ofSeconds(parse(settings.get(WRAP_UP_SECONDS, "30"), 30));
    }

    /** Whether a call's disposition must be picked before the next dial or the return to the queue (off by default). */
    public boolean dispositionRequired() {
        return Boolean.parseBoolean(settings.get(DISPOSITION_REQUIRED, "false").strip());
    }

    /** The campaign name sent in the dial variables, or empty. */
    public String campaign() {
        return settings.get(CAMPAIGN, "");
    }

    /** How many unanswered rings in a row pause the agent; 0 when off (also for a negative or unreadable value). */
    public int autoPauseRings() {
        return (int) Math.max(0, Math.min(100, parse(settings.get(AUTO_PAUSE_RINGS, "0"), 0)));
    }

    public String autoPauseReason() {
        String reason = settings.get(AUTO_PAUSE_REASON, DEFAULT_AUTO_PAUSE_REASON).strip();
        return reason.isEmpty() ? DEFAULT_AUTO_PAUSE_REASON : reason;
    }

    /** A setting's number, or {@code fallback} when it is not one. */
    public static long parse(String value, long fallback) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
