package br.com.jttelecom.console.store.recovery;

import java.util.List;

/**
 * The local-only data the edit journal keeps: what a person typed, which the PBX cannot give back.
 * Each line of the journal is the image of one of these rows, read by its key after the edit
 * committed, so that replaying the lines in order leaves the rows as the last edit left them,
 * whichever repository method wrote them.
 *
 * <p>Not here, on purpose: the PBX's side of {@code calls} and {@code sync_state} (the history
 * sync fetches them again), the derived tables ({@code call_hourly_stats}, {@code lead_search_term}
 * is a child of its lead), and the agent-state timeline ({@code operator_session}, rebuilt from
 * the PBX's operator state as the console runs).
 */
public enum JournalTable {

    USER("app_user", List.of("id"), List.of(new Child("user_security", "user_id"))),
    TEAM("team", List.of("id"), List.of()),
    LEAD("lead", List.of("id"), List.of(new Child("lead_phone", "lead_id"), new Child("lead_search_term", "lead_id"))),
    OPPORTUNITY("opportunity", List.of("id"), List.of()),
    CALLBACK("callback", List.of("id"), List.of()),
    SETTING("setting", List.of("setting_key"), List.of()),
    PAUSE_REASON("pause_reason", List.of("id"), List.of()),
    DISPOSITION("disposition", List.of("id"), List.of()),
    AUDIT("audit_log", List.of("id"), List.of()),
    /** The whole (small) table in each line: a link may take an extension from another user. */
    EXTENSION_LINKS("extension_link", List.of(), List.of()),
    /**
     * A call's console side only: notes, outcome (and its disposition), lead, opportunity and user links, keyed by the
     * call's id and {@code external_call_id}. Its direction, status and start time come along only
     * so that a call the restored copy lacks can be given back its id; the sync fills in the rest.
     */
    CALL("calls", List.of("id"), List.of());

    /** A table whose rows belong to one row of this one (deleted with it, rewritten with it). */
    public record Child(String table, String foreignKey) {
    }

    /** The columns of {@link #CALL} a line carries. */
    static final List<String> CALL_COLUMNS = List.of("id", "external_call_id", "notes", "outcome", "lead_id",
            "opportunity_id", "user_id", "direction", "status", "start_time", "updated_at", "disposition_id");

    /** The {@link #CALL} columns a replay writes over a call that exists: the agent's, never the PBX's. */
    static final List<String> CALL_AGENT_COLUMNS = List.of("notes", "outcome", "lead_id", "opportunity_id", "user_id",
            "disposition_id");

    private final String sqlName;
    private final List<String> key;
    private final List<Child> children;

    JournalTable(String sqlName, List<String> key, List<Child> children) {
        this.sqlName = sqlName;
        this.key = key;
        this.children = children;
    }

    public String sqlName() {
        return sqlName;
    }

    /** Empty for a table journalled whole. */
    public List<String> key() {
        return key;
    }

    public List<Child> children() {
        return children;
    }

    /** True for the tables whose {@code id} is an identity column, to move on past replayed ids. */
    boolean hasIdentity() {
        return key.equals(List.of("id"));
    }
}
