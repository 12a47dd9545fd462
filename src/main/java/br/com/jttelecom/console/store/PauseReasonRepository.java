package br.com.jttelecom.console.store;

import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The {@code pause_reason} table: the reasons an agent may pick, in the admin's order. */
public final class PauseReasonRepository {

    /** @param pbxCode what {@code motivo_pausa} carries when the PBX wants an id; null = send the label */
    public record PauseReason(long id, String label, String pbxCode) {
    }

    private final Jdbi jdbi;

    public PauseReasonRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public List<PauseReason> active() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, label, pbx_code FROM pause_reason WHERE active = TRUE ORDER BY position, id")
                .map((rs, ctx) -> new PauseReason(rs.getLong("id"), rs.getString("label"), rs.getString("pbx_code")))
                .list());
    }
}
