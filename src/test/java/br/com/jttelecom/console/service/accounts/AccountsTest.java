package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTest {

    @TempDir
    Path dir;
    private SecurityFixture f;

    @BeforeEach
    void open() {
        f = new SecurityFixture(dir);
        f.accounts.seedDemoUsers();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithAtLeast210kIterationsAndAFreshSaltEach() {
        String agent = f.users.byLogin("agente").orElseThrow().passwordHash();
        String admin = f.users.byLogin("admin").orElseThrow().passwordHash();

        assertThat(agent).startsWith("pbkdf2-sha256$").doesNotContain(DemoAccounts.AGENT);
        assertThat(PasswordHasher.iterationsOf(agent)).isGreaterThanOrEqualTo(210_000);
        assertThat(PasswordHasher.saltOf(agent)).isNotEqualTo(PasswordHasher.saltOf(admin));
    }

    @Test
    void theRightPasswordSignsInAndSetsTheSession() {
        SignInResult r = f.accounts.signIn("Agente ", DemoAccounts.AGENT.toCharArray());
        assertThat(r.succeeded()).isTrue();
        assertThat(f.session.user()).map(ConsoleUser::role).hasValue(Role.AGENT);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        SignInResult r = f.accounts.signIn("agente", "errada".toCharArray());
        assertThat(r.succeeded()).isFalse();
        assertThat(r.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).isEqualTo("Usuário ou senha incorretos.");
        assertThat(f.accounts.signIn("ninguem", "x".toCharArray()).message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).isEqualTo("Usuário ou senha incorretos.");
        assertThat(f.session.user()).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilThePeriodPasses() {
        for (int i = 0; i < 5; i++) {
            f.accounts.signIn("agente", "errada".toCharArray());
        }
        SignInResult locked = f.accounts.signIn("agente", DemoAccounts.AGENT.toCharArray());
        assertThat(locked.succeeded()).isFalse();
        assertThat(locked.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).startsWith("Conta bloqueada");

        f.clock.advance(Accounts.LOCK_OUT.plus(Duration.ofSeconds(1)));
        assertThat(f.accounts.signIn("agente", DemoAccounts.AGENT.toCharArray()).succeeded()).isTrue();
    }

    @Test
    void failedSignInsAreAuditedWithoutThePassword() {
        f.accounts.signIn("agente", "segredo-digitado".toCharArray());
        java.util.List<String> rows = f.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT CONCAT(actor, action, target, result, COALESCE(details, '')) FROM audit_log")
                .mapTo(String.class).list());
        String all = String.join("|", rows);
        assertThat(all).contains("FALHOU").doesNotContain("segredo-digitado");
    }

    @Test
    void anAdminCreatesAUserInATeamAndResetsTheirPassword() {
        f.signInAs(Role.ADMIN);
        ConsoleUser bia = f.accounts.create("bia", "Bia Souza", Role.AGENT, "Suporte", "senha-boa".toCharArray());
        assertThat(bia.teamId()).isNotNull();

        f.accounts.resetPassword(bia.id(), "outra-senha".toCharArray());
        f.accounts.signOut();
        assertThat(f.accounts.signIn("bia", "outra-senha".toCharArray()).succeeded()).isTrue();
    }

    @Test
    void aDisabledUserCannotSignIn() {
        f.signInAs(Role.ADMIN);
        ConsoleUser agent = f.accounts.list().stream().filter(u -> u.login().equals("agente")).findFirst().orElseThrow();
        f.accounts.update(agent.id(), agent.displayName(), Role.AGENT, "Vendas", false);
        f.accounts.signOut();
        assertThat(f.accounts.signIn("agente", DemoAccounts.AGENT.toCharArray()).succeeded()).isFalse();
    }

    @Test
    void theFirstAdminIsOnlySeededIntoAnEmptyDatabase() {
        assertThat(f.accounts.seedFirstAdmin("senha-inicial-1".toCharArray())).isFalse(); // demo users exist
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingIsStored() {
        f.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> f.accounts.create("bia", "Bia", Role.AGENT, null, "123".toCharArray()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("ao menos 6");
        assertThat(f.users.byLogin("bia")).isEmpty();
    }
}
