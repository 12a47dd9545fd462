package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.store.PauseReasonRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PauseReasonsTest {

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PauseReasons reasons;

    @BeforeEach
    void open() {
        f = new SecurityFixture(dir);
        reasons = new PauseReasons(new PauseReasonRepository(f.database.jdbi()), f.session, f.audit);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theFiveUsualReasonsAreSeeded() {
        f.signInAs(Role.AGENT);
        assertThat(reasons.activeNames()).as("in the admin's order").containsExactly("Almoço", "Café", "Banheiro", "Treinamento", "Feedback");
    }

    @Test
    void aSupervisorAddsAndRetiresAReason() {
        f.signInAs(Role.SUPERVISOR);
        reasons.add("Reunião");
        PauseReasons.Reason cafe = reasons.all().stream().filter(r -> r.name().equals("Café")).findFirst().orElseThrow();
        reasons.setActive(cafe, false);
        assertThat(reasons.activeNames()).contains("Reunião").doesNotContain("Café");
    }

    @Test
    void aDuplicateOrBlankReasonIsRefused() {
        f.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> reasons.add("café")).isInstanceOf(InvalidInput.class).hasMessageContaining("já existe");
        assertThatThrownBy(() -> reasons.add("  ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anAgentCannotChangeTheList() {
        f.signInAs(Role.AGENT);
        assertThatThrownBy(() -> reasons.add("Soneca")).isInstanceOf(PermissionDenied.class)
                .hasMessage("Seu perfil (Agente) não permite alterar os motivos de pausa.");
    }
}
