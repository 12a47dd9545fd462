package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.testsupport.TestCalls;
import br.com.jttelecom.console.service.connection.ConnectionCheck;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.connection.Diagnostics;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.DidForm;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.directory.ExtensionForm;
import br.com.jttelecom.console.service.directory.Operators;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.operator.PauseReasons;
import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.service.settings.SettingsForm;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.SettingsFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every protected service call, for each role and for nobody signed in: allowed, or refused with
 * {@link PermissionDenied} before anything changes — in the service, whatever the screen shows.
 * Prerequisites (an extension to edit, a DID to delete) are made as the admin first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicePermissionsTest {

    private static final String TOKEN = "6f7a8b9c-0d1e-4f2a-8b3c-ro1e5ma7r1x0";
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    private Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private Map<Role, ConsoleUser> users;
    private Services s;
    private final AtomicInteger unique = new AtomicInteger(100);

    /** The services under test, wired as the console wires them. */
    private record Services(Directory directory, DidAdmin dids, Operators operators, PauseReasons reasons,
                            Accounts accounts, SettingsAdmin settings, AuditTrail audit, Diagnostics diagnostics,
                            CallHistory history, long othersCall, long unownedCall) {
    }

    /** One protected call: its name, who may make it, and the call itself. */
    private record Guarded(String name, Set<Role> allowed, java.util.function.Consumer<ServicePermissionsTest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void start(@TempDir Path folder) {
        dir = folder;
        f = new SecurityFixture(dir.resolve("db"));
        f.accounts.seedDemoUsers();
        users = Map.of(Role.AGENT, user("agente"), Role.SUPERVISOR, user("supervisor"), Role.ADMIN, user("admin"));
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(6L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(500));
        var jdbi = f.database.jdbi();
        CallRepository calls = new CallRepository(jdbi, f.clock);
        // A call of the supervisor's: the agent may not open it.
        long othersCall = calls.insert(TestCalls.call().user(users.get(Role.SUPERVISOR).id()).phone("+5548991234567")
                .extension("202").start(f.clock.instant()).build()).id();
        // A call of no user (on 299, linked to nobody): a supervisor watches it with the team, an agent may not.
        long unownedCall = calls.insert(TestCalls.call().user(null).phone("+5548991234568").extension("299")
                .start(f.clock.instant()).build()).id();
        ConnectionMonitor monitor = new ConnectionMonitor(() -> ConnectionCheck.ok(Duration.ofMillis(5)), true, f.clock,
                Runnable::run);
        s = new Services(new Directory(client, new ExtensionLinkRepository(jdbi), f.session, f.audit),
                new DidAdmin(client, f.session, f.audit), new Operators(client, f.users, f.session, f.audit),
                new PauseReasons(new PauseReasonRepository(jdbi), f.session, f.audit), f.accounts,
                new SettingsAdmin(SettingsFile.open(dir), SecretVault.filesOnly(dir, Map.of()), f.session, f.audit),
                f.audit, new Diagnostics(f.session, Optional.of(client), monitor, Optional.empty(), () -> 0),
                new CallHistory(calls, new CallEventRepository(jdbi), new SettingRepository(jdbi, f.clock),
                        new br.com.jttelecom.console.store.LeadLookup(jdbi), f.clock,
                        ZoneOffset.UTC).limitedTo(new ActivityVisibility(f.session, f.users, new ExtensionLinkRepository(jdbi))::current), othersCall, unownedCall);
    }

    @AfterAll
    void stop() {
        client.close();
        sim.close();
        f.close();
    }

    private ConsoleUser user(String login) {
        return f.accounts.byId(f.users.byLogin(login).orElseThrow().id()).orElseThrow();
    }

    private String next() {
        return String.valueOf(unique.incrementAndGet());
    }

    /** Runs the prerequisite as the admin, whoever is being tested. */
    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return f.session.callAs(users.get(Role.ADMIN), work);
    }

    private String newExtension() {
        String n = "3" + next();
        return asAdmin(() -> s.directory().createExtension(new ExtensionForm(n, "Ramal " + n, "1", "senha-sip-forte",
                null, null, false, false), null));
    }

    private String newDid() {
        String n = "48333" + String.format("%05d", unique.incrementAndGet());
        return asAdmin(() -> s.dids().create(new DidForm(n, "fila", "1", false, null)));
    }

    private SettingsForm settingsForm() {
        return new SettingsForm(sim.baseUrl(), "adm@acme.com.br", "", "5", "2", "5", "4", "7", "3", "48", false, "0", "00", "pt", "light");
    }

    static Stream<Guarded> calls() {
        return Stream.of(
                new Guarded("Directory.listExtensions", EVERYONE, t -> t.s.directory().listExtensions()),
                new Guarded("Directory.createExtension", SUPERVISORS, t -> t.s.directory().createExtension(
                        new ExtensionForm("4" + t.next(), "Novo", "1", "senha-sip-forte", null, null, false, false), null)),
                new Guarded("Directory.updateExtension", SUPERVISORS, t -> {
                    String id = t.newExtension();
                    t.s.directory().updateExtension(id, new ExtensionForm("5" + t.next(), "Outro", "1", "", null, null,
                            false, false), null);
                }),
                new Guarded("Directory.deleteExtension", SUPERVISORS, t -> t.s.directory().deleteExtension(t.newExtension(), "x")),
                new Guarded("Directory.link", SUPERVISORS, t -> t.s.directory().link(t.users.get(Role.AGENT).id(), "6" + t.next())),
                new Guarded("DidAdmin.list", EVERYONE, t -> t.s.dids().list()),
                new Guarded("DidAdmin.create", SUPERVISORS, t -> t.s.dids().create(
                        new DidForm("48344" + String.format("%05d", t.unique.incrementAndGet()), "ura", "1", false, null))),
                new Guarded("DidAdmin.update", SUPERVISORS, t -> t.s.dids().update(t.newDid(),
                        new DidForm("48355" + String.format("%05d", t.unique.incrementAndGet()), "fila", "2", false, null))),
                new Guarded("DidAdmin.delete", SUPERVISORS, t -> t.s.dids().delete(t.newDid(), "x")),
                new Guarded("Operators.list", EVERYONE, t -> t.s.operators().list()),
                new Guarded("Operators.link", SUPERVISORS, t -> t.s.operators().link(t.users.get(Role.AGENT).id(), "1")),
                new Guarded("PauseReasons.all", EVERYONE, t -> t.s.reasons().all()),
                new Guarded("PauseReasons.add", SUPERVISORS, t -> t.s.reasons().add("Motivo " + t.next())),
                new Guarded("PauseReasons.setActive", SUPERVISORS, t -> t.s.reasons().setActive(
                        t.asAdmin(() -> t.s.reasons().all()).get(0), true)),
                new Guarded("Accounts.list", EVERYONE, t -> t.s.accounts().list()),
                new Guarded("Accounts.create", ADMINS, t -> t.s.accounts().create("u" + t.next(), "Novo", Role.AGENT, null,
                        "senha-boa".toCharArray())),
                new Guarded("Accounts.update", ADMINS, t -> t.s.accounts().update(t.users.get(Role.AGENT).id(), "Ana Agente",
                        Role.AGENT, null, true)),
                new Guarded("Accounts.resetPassword", ADMINS, t -> t.s.accounts().resetPassword(t.users.get(Role.AGENT).id(),
                        DemoAccounts.AGENT.toCharArray())),
                new Guarded("SettingsAdmin.current", ADMINS, t -> t.s.settings().current()),
                new Guarded("SettingsAdmin.save", ADMINS, t -> t.s.settings().save(t.settingsForm())),
                new Guarded("SettingsAdmin.testConnection", ADMINS, t -> t.s.settings().testConnection(t.settingsForm())),
                new Guarded("SettingsAdmin.pin", ADMINS, t -> t.s.settings().pin("10.0.0.9",
                        "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
                new Guarded("AuditTrail.find", ADMINS, t -> t.s.audit().find(null, null, null, null)),
                new Guarded("AuditTrail.verify", ADMINS, t -> t.s.audit().verify()),
                new Guarded("Diagnostics.report", SUPERVISORS, t -> t.s.diagnostics().report()),
                new Guarded("CallHistory.detail of another's call", SUPERVISORS,
                        t -> t.s.history().detail(t.s.othersCall())),
                new Guarded("CallHistory.saveNotes of another's call", SUPERVISORS,
                        t -> t.s.history().saveNotes(t.s.othersCall(), "nota")),
                new Guarded("CallHistory.detail of a call of no user", SUPERVISORS,
                        t -> t.s.history().detail(t.s.unownedCall())),
                new Guarded("CallHistory.saveOutcome of a call of no user", SUPERVISORS,
                        t -> t.s.history().saveOutcome(t.s.unownedCall(), Outcome.PRODUCTIVE)));
    }

    static Stream<Arguments> callsByRole() {
        return calls().flatMap(c -> EnumSet.allOf(Role.class).stream().map(r -> Arguments.of(c, r)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("callsByRole")
    void eachRoleIsAllowedOrRefusedInTheService(Guarded call, Role role) {
        ConsoleUser who = users.get(role);
        if (call.allowed().contains(role)) {
            assertThatCode(() -> f.session.callAs(who, () -> {
                call.call().accept(this);
                return null;
            })).as("%s may %s", role, call.name()).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> f.session.callAs(who, () -> {
                call.call().accept(this);
                return null;
            })).as("%s may not %s", role, call.name()).isInstanceOf(PermissionDenied.class)
                    // The history names the call's owner instead of the role: the visibility rule knows no roles.
                    .hasMessageContaining(call.name().startsWith("CallHistory") ? "seu perfil não permite"
                            : "Seu perfil (" + Permissions.roleName(role).in(br.com.jttelecom.console.i18n.Messages.portuguese()) + ") não permite");
        }
    }

    @ParameterizedTest(name = "{0} with nobody signed in")
    @MethodSource("calls")
    void nobodySignedInIsRefusedEverywhere(Guarded call) {
        if (call.name().startsWith("CallHistory")) {
            return; // the history's limit applies to agents; without a session the window shows no history at all
        }
        assertThatThrownBy(() -> call.call().accept(this)).isInstanceOf(PermissionDenied.class)
                .hasMessage("Entre com seu usuário para continuar.");
    }

    @ParameterizedTest(name = "a refused {0} changes nothing")
    @MethodSource("calls")
    void aRefusedCallSendsNothingToThePbx(Guarded call) {
        if (call.allowed().contains(Role.AGENT)) {
            return;
        }
        long before = sim.requests().stream().filter(r -> r.action().startsWith("inserir_")
                || r.action().startsWith("alterar_") || r.action().startsWith("deletar_")).count();
        long prerequisites = call.name().matches("(Directory|DidAdmin)\\.(update|delete).*") ? 1 : 0;
        assertThatThrownBy(() -> f.session.callAs(users.get(Role.AGENT), () -> {
            call.call().accept(this);
            return null;
        })).isInstanceOf(PermissionDenied.class);
        long after = sim.requests().stream().filter(r -> r.action().startsWith("inserir_")
                || r.action().startsWith("alterar_") || r.action().startsWith("deletar_")).count();
        assertThat(after - before).as("only the admin's prerequisite reached the PBX").isEqualTo(prerequisites);
    }
}
