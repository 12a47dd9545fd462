package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.DispositionRepository;
import br.com.jttelecom.console.store.SettingRepository;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The call outcomes the admin configures (name, group, shortcut) and the wrap-up rules (its seconds, whether a
 * disposition is required before the next call). Anyone signed in reads the active ones (the call panel);
 * supervisors and admins change them. Dispositions are retired, not deleted, so past calls keep their meaning.
 */
public final class Dispositions {

    /** The wrap-up as configured: its length and whether the disposition is required first. */
    public record WrapUpRules(int seconds, boolean dispositionRequired) {
    }

    /** Longest wrap-up the page accepts: an hour. */
    public static final int MAX_WRAP_UP_SECONDS = 3600;

    private final DispositionRepository repository;
    private final SettingRepository settings;
    private final Session session;
    private final AuditTrail audit;

    public Dispositions(DispositionRepository repository, SettingRepository settings, Session session, AuditTrail audit) {
        this.repository = Objects.requireNonNull(repository);
        this.settings = Objects.requireNonNull(settings);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
    }

    /** Every disposition, retired ones too. */
    public List<Disposition> all() {
        session.requireUser();
        return repository.all();
    }

    /** What the call panel offers, in the admin's order. */
    public List<Disposition> active() {
        session.requireUser();
        return repository.active();
    }

    public WrapUpRules rules() {
        session.requireUser();
        AgentSettings agent = new AgentSettings(settings);
        return new WrapUpRules((int) Math.max(0, Math.min(MAX_WRAP_UP_SECONDS, agent.wrapUp().toSeconds())),
                agent.dispositionRequired());
    }

    public void saveRules(WrapUpRules rules) {
        Permissions.require(session, Permission.CHANGE_DISPOSITIONS);
        if (rules.seconds() < 0 || rules.seconds() > MAX_WRAP_UP_SECONDS) {
            throw new InvalidInput("admin.wrapup.error.seconds", MAX_WRAP_UP_SECONDS);
        }
        settings.put(AgentSettings.WRAP_UP_SECONDS, Integer.toString(rules.seconds()));
        settings.put(AgentSettings.DISPOSITION_REQUIRED, Boolean.toString(rules.dispositionRequired()));
        audit.record("posatendimento.regras", AgentSettings.WRAP_UP_SECONDS, AuditTrail.OK,
                rules.seconds() + " s; resultado obrigatório: " + (rules.dispositionRequired() ? "sim" : "não"));
    }

    /** @return the new disposition's id */
    public long add(String name, Outcome group, String shortcut) {
        Permissions.require(session, Permission.CHANGE_DISPOSITIONS);
        String n = checked(name, group, shortcut, null);
        long id = repository.insert(n, group, blankToNull(shortcut));
        audit.record("resultado.criar", n, AuditTrail.OK, group.name().toLowerCase(Locale.ROOT));
        return id;
    }

    public void update(Disposition changed) {
        Permissions.require(session, Permission.CHANGE_DISPOSITIONS);
        String n = checked(changed.name(), changed.group(), changed.shortcut(), changed.id());
        repository.update(changed.id(), n, changed.group(), blankToNull(changed.shortcut()));
        audit.record("resultado.alterar", n, AuditTrail.OK, changed.group().name().toLowerCase(Locale.ROOT));
    }

    public void setActive(Disposition disposition, boolean active) {
        Permissions.require(session, Permission.CHANGE_DISPOSITIONS);
        repository.setActive(disposition.id(), active);
        audit.record(active ? "resultado.ativar" : "resultado.desativar", disposition.name(), AuditTrail.OK, null);
    }

    /** The services' own guard; the page says the same in the person's language before it gets here. */
    private String checked(String name, Outcome group, String shortcut, Long self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 64) {
            throw new InvalidInput("dispositions.error.name");
        }
        if (group == null) {
            throw new InvalidInput("dispositions.error.group");
        }
        String s = blankToNull(shortcut);
        if (s != null && s.length() > 32) {
            throw new InvalidInput("dispositions.error.shortcut");
        }
        for (Disposition d : repository.all()) {
            if (self != null && d.id() == self) {
                continue;
            }
            if (d.name().equalsIgnoreCase(n)) {
                throw new InvalidInput("dispositions.error.exists", n);
            }
            if (s != null && d.active() && s.equalsIgnoreCase(d.shortcut())) {
                throw new InvalidInput("dispositions.error.shortcutTaken", s, d.name());
            }
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
