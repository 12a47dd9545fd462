package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Operator;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.UserRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The PBX's people (operators) and which console user each one is. */
public final class Operators {

    /** An operator and the console user linked to it (null if none). */
    public record Linked(Operator operator, Long userId) {
    }

    private final PabxClient pabx;
    private final UserRepository users;
    private final Session session;
    private final AuditTrail audit;

    public Operators(PabxClient pabx, UserRepository users, Session session, AuditTrail audit) {
        this.pabx = Objects.requireNonNull(pabx);
        this.users = Objects.requireNonNull(users);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
    }

    public List<Linked> list() {
        session.requireUser();
        Map<String, Long> links = users.operatorLinks();
        return pabx.listPeople(null).stream().map(DirectoryMapper::toOperator)
                .map(o -> new Linked(o, links.get(o.pbxId()))).toList();
    }

    public void link(long userId, String operatorId) {
        Permissions.require(session, Permission.LINK_OPERATORS);
        if (operatorId == null || operatorId.isBlank()) {
            throw new InvalidInput("operators.error.choose");
        }
        users.byId(userId).orElseThrow(() -> new InvalidInput("users.error.notFound"));
        users.linkOperator(userId, operatorId);
        audit.record("operador.vincular", operatorId, AuditTrail.OK, "usuário " + userId);
    }
}
