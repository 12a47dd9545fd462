package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each role against each protected call, checked in the service (no UI involved). */
class PermissionsByRoleTest {

    @TempDir
    Path dir;
    private SecurityFixture f;

    @BeforeEach
    void open() {
        f = new SecurityFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "AGENT,      CHANGE_EXTENSIONS, false",
            "AGENT,      CHANGE_DIDS,       false",
            "AGENT,      CHANGE_USERS,      false",
            "AGENT,      CHANGE_SETTINGS,   false",
            "AGENT,      VIEW_AUDIT,        false",
            "AGENT,      VIEW_LIVE_BOARD,   false",
            "SUPERVISOR, VIEW_LIVE_BOARD,   true",
            "ADMIN,      VIEW_LIVE_BOARD,   true",
            "SUPERVISOR, CHANGE_EXTENSIONS, true",
            "SUPERVISOR, CHANGE_DIDS,       true",
            "SUPERVISOR, CHANGE_USERS,      false",
            "SUPERVISOR, CHANGE_SETTINGS,   false",
            "SUPERVISOR, VIEW_AUDIT,        false",
            "ADMIN,      CHANGE_EXTENSIONS, true",
            "ADMIN,      CHANGE_DIDS,       true",
            "ADMIN,      CHANGE_USERS,      true",
            "ADMIN,      CHANGE_SETTINGS,   true",
            "ADMIN,      VIEW_AUDIT,        true"
    })
    void eachRoleIsAllowedOrRefusedWithAPortugueseSentence(Role role, Permission permission, boolean allowed) {
        f.signInAs(role);
        if (allowed) {
            assertThat(Permissions.require(f.session, permission).role()).isEqualTo(role);
        } else {
            assertThatThrownBy(() -> Permissions.require(f.session, permission))
                    .isInstanceOf(PermissionDenied.class)
                    .hasMessageStartingWith("Seu perfil (" + Permissions.roleName(role).in(br.com.jttelecom.console.i18n.Messages.portuguese()) + ") não permite ")
                    .hasMessageEndingWith(permission.description().in(br.com.jttelecom.console.i18n.Messages.portuguese()) + ".");
        }
    }

    /** The same refusal reads in English on an English console: role, verb and all. */
    @org.junit.jupiter.api.Test
    void aRefusalSaysItselfInThePersonsLanguage() {
        f.signInAs(Role.AGENT);
        assertThatThrownBy(() -> Permissions.require(f.session, Permission.CHANGE_EXTENSIONS))
                .isInstanceOfSatisfying(PermissionDenied.class, e -> assertThat(
                        e.in(new br.com.jttelecom.console.i18n.Messages(java.util.Locale.ENGLISH)))
                        .isEqualTo("Your role (Agent) does not allow you to change extensions."));
    }

    @ParameterizedTest(name = "{0} sees {1}'s calls → {2}")
    @CsvSource({
            "AGENT,      agente,     true",
            "AGENT,      supervisor, false",
            "AGENT,      admin,      false",
            "SUPERVISOR, agente,     true",
            "SUPERVISOR, admin,      false",
            "ADMIN,      agente,     true",
            "ADMIN,      supervisor, true"
    })
    void callsRecordingsAndStatsOfOthersFollowTheTeam(Role viewer, String owner, boolean allowed) {
        f.signInAs(viewer);
        ConsoleUser ownerUser = Accounts.toUser(f.users.byLogin(owner).orElseThrow());
        if (allowed) {
            Permissions.requireActivityOf(f.session, ownerUser);
        } else {
            assertThatThrownBy(() -> Permissions.requireActivityOf(f.session, ownerUser))
                    .isInstanceOf(PermissionDenied.class)
                    .hasMessageContaining("não permite ver chamadas, gravações ou estatísticas de");
        }
    }

    @ParameterizedTest(name = "{0} creates a user → {1}")
    @CsvSource({"AGENT, false", "SUPERVISOR, false", "ADMIN, true"})
    void onlyAnAdminCreatesUsers(Role role, boolean allowed) {
        f.signInAs(role);
        if (allowed) {
            assertThat(f.accounts.create("novo", "Novo", Role.AGENT, null, "senha-boa".toCharArray()).login())
                    .isEqualTo("novo");
        } else {
            assertThatThrownBy(() -> f.accounts.create("novo", "Novo", Role.AGENT, null, "senha-boa".toCharArray()))
                    .isInstanceOf(PermissionDenied.class);
            assertThat(f.users.byLogin("novo")).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> Permissions.require(f.session, Permission.CHANGE_DIDS))
                .isInstanceOf(PermissionDenied.class).hasMessage("Entre com seu usuário para continuar.");
    }
}
