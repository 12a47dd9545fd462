package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.PauseReasonRepository;

import java.util.List;
import java.util.Objects;

/**
 * The list of pause reasons. Anyone signed in reads the active ones (the agent's pause menu);
 * supervisors and admins add and retire them. Reasons are retired, not deleted, so past pauses
 * keep their meaning.
 */
public final class PauseReasons {

    /** A reason as listed. */
    public record Reason(long id, String name, boolean active) {
    }

    private final PauseReasonRepository repository;
    private final Session session;
    private final AuditTrail audit;

    public PauseReasons(PauseReasonRepository repository, Session session, AuditTrail audit) {
        this.repository = Objects.requireNonNull(repository);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
    }

    public List<Reason> all() {
        session.requireUser();
        return repository.all().stream().map(r -> new Reason(r.id(), r.label(), r.active())).toList();
    }

    public List<String> activeNames() {
        return all().stream().filter(Reason::active).map(Reason::name).toList();
    }

    public void add(String name) {
        Permissions.require(session, Permission.CHANGE_PAUSE_REASONS);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 64) {
            throw new InvalidInput("pauseReasons.error.name");
        }
        if (repository.exists(n)) {
            throw new InvalidInput("pauseReasons.error.exists", n);
        }
        repository.insert(n);
        audit.record("pausa.motivo.criar", n, AuditTrail.OK, null);
    }

    public void setActive(Reason reason, boolean active) {
        Permissions.require(session, Permission.CHANGE_PAUSE_REASONS);
        repository.setActive(reason.id(), active);
        audit.record(active ? "pausa.motivo.ativar" : "pausa.motivo.desativar", reason.name(), AuditTrail.OK, null);
    }
}
