package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.calls.AgentIdentity;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.DialTarget;
import br.com.jttelecom.console.service.directory.Directory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Click-to-call and queue actions done for an agent, not only by them (the local API): a dial from the
 * agent's extension, their operator's login, logout, pause and unpause. An agent may act for themselves,
 * a supervisor also for their team, an admin for anyone ({@link Permissions#requireActingFor}).
 *
 * <p>The work is the window's own: a {@link ClickToCall} and an {@link OperatorControl}, one per extension
 * and per operator, so validation, the one-dial-at-a-time guard, the call tracker and the operator
 * spans are the same. This console's extension and operator (its settings) use the window's instances;
 * linked to no user, they belong to whoever is signed in here, as in the window.
 */
public final class AgentActions {

    /** Whose extension or operator it is: {@code null} when linked to nobody. */
    private record Target(ConsoleUser owner, boolean consoles) {
    }

    /** One extension's or operator's identity at the PBX, for the instances built for it. */
    private record Fixed(String extension, String operatorId, Long userId) implements AgentIdentity {
    }

    /**
     * This console's own identity and the window's instances for it; {@code deskOperator} gives the signed-in
     * person's operator control when the id is theirs (empty while nobody is signed in, or for another id).
     */
    public record Own(AgentIdentity identity, ClickToCall dialer, Function<String, Optional<OperatorControl>> deskOperator) {
    }

    /** Builds the instances for another extension or operator (the same classes the window uses). */
    public record Factory(Function<AgentIdentity, ClickToCall> dialer, Function<AgentIdentity, OperatorControl> operator) {
    }

    /** Instances kept per extension / operator; an admin naming made-up ids must not grow them without end. */
    private static final int KEPT = 256;

    private final Session session;
    private final Accounts accounts;
    private final Directory directory;
    private final Supplier<Map<String, Long>> operatorOwners;
    private final AuditTrail audit;
    private final Own own;
    private final Factory factory;
    private final Map<String, ClickToCall> dialers = bounded();
    private final Map<String, OperatorControl> operators = bounded();

    public AgentActions(Session session, Accounts accounts, Directory directory,
                        Supplier<Map<String, Long>> operatorOwners, AuditTrail audit, Own own, Factory factory) {
        this.session = Objects.requireNonNull(session);
        this.accounts = Objects.requireNonNull(accounts);
        this.directory = Objects.requireNonNull(directory);
        this.operatorOwners = Objects.requireNonNull(operatorOwners);
        this.audit = Objects.requireNonNull(audit);
        this.own = Objects.requireNonNull(own);
        this.factory = Objects.requireNonNull(factory);
    }

    /**
     * Dials from {@code extension} ({@code null}: the signed-in user's own, else this console's).
     * @throws PermissionDenied before anything is stored or sent, when the user may not act for its owner
     */
    public CompletableFuture<DialResult> dial(String extension, DialTarget target) {
        if (extension != null && !extension.matches("(?:[\\w.]+-)?\\d{2,15}")) {
            throw new InvalidInput("api.error.extension");
        }
        String from = extension != null ? extension
                : directory.extensionOf(session.requireUser().id()).orElse(own.identity().extension());
        Target t = allowed(Sentence.of("permission.what.extension", from), directory.links().get(from), from.equals(own.identity().extension()));
        ClickToCall dialer = t.consoles() ? own.dialer()
                : instance(dialers, from, () -> factory.dialer().apply(new Fixed(from, null, ownerId(t))));
        String actor = session.actor();
        return dialer.dial(target).thenApply(r -> {
            audit.recordAs(actor, "discagem.api", from, r.started() ? AuditTrail.OK : AuditTrail.FAILED,
                    r.started() ? "chamada " + r.callId() : r.message());
            return r;
        });
    }

    public OperatorStatus login(String operatorId) {
        return onOperator(operatorId, "operador.login", OperatorControl::login);
    }

    public OperatorStatus logout(String operatorId) {
        return onOperator(operatorId, "operador.logout", OperatorControl::logout);
    }

    /** @throws InvalidInput without a reason */
    public OperatorStatus pause(String operatorId, String reason) {
        return onOperator(operatorId, "operador.pausar", op -> {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("api.error.pauseReason");
            }
            op.pause(reason.strip());
        });
    }

    public OperatorStatus unpause(String operatorId) {
        return onOperator(operatorId, "operador.despausar", OperatorControl::unpause);
    }

    private OperatorStatus onOperator(String operatorId, String action, Consumer<OperatorControl> work) {
        Target t = allowed(Sentence.of("permission.what.operator", operatorId), operatorOwners.get().get(operatorId),
                operatorId.equals(own.identity().operatorId()));
        Optional<OperatorControl> desk = t.consoles() ? own.deskOperator().apply(operatorId) : Optional.empty();
        OperatorControl op = desk.orElseGet(() -> instance(operators, operatorId, () -> factory.operator().apply(
                new Fixed(null, operatorId, ownerId(t)))));
        try {
            work.accept(op);
        } catch (PabxException e) {
            audit.record(action, operatorId, AuditTrail.FAILED, e.userMessage());
            throw e;
        }
        audit.record(action, operatorId, AuditTrail.OK, t.owner() == null ? null : "de " + t.owner().login());
        return op.status();
    }

    /** The permission check: this console's unlinked extension/operator is anyone's here, as in the window. */
    private Target allowed(Sentence label, Long ownerId, boolean consoles) {
        ConsoleUser owner = Optional.ofNullable(ownerId).flatMap(accounts::byId).orElse(null);
        boolean thisConsolesOwn = consoles && ownerId == null;
        if (thisConsolesOwn) {
            session.requireUser();
        } else {
            Permissions.requireActingFor(session, owner, label);
        }
        return new Target(owner, consoles);
    }

    private static Long ownerId(Target t) {
        return t.owner() == null ? null : t.owner().id();
    }

    private static <T> T instance(Map<String, T> kept, String key, Supplier<T> create) {
        synchronized (kept) {
            return kept.computeIfAbsent(key, k -> create.get());
        }
    }

    private static <T> Map<String, T> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > KEPT;
            }
        };
    }
}
