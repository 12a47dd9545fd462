package br.com.jttelecom.console.service.accounts;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest {

    @TempDir
    Path dir;
    private SecurityFixture f;

    @BeforeEach
    void open() {
        f = new SecurityFixture(dir);
        f.signInAs(Role.ADMIN);
        f.audit.record("ramal.criar", "2001", AuditTrail.OK, null);
        f.audit.record("did.alterar", "1133334444", AuditTrail.FAILED, "Número inválido");
        f.audit.record("configuracoes.alterar", "pbx.url", AuditTrail.OK, null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long idOf(String action) {
        return f.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Long.class).one());
    }

    @Test
    void anUntouchedTrailVerifies() {
        AuditVerification v = f.audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.checkedRows()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRowEditedInTheDatabaseIsNamed() {
        long id = idOf("did.alterar");
        f.database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET result = 'OK' WHERE id = ?", id));

        AuditVerification v = f.audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenRowId()).hasValue(id);
        assertThat(v.problem().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("nº " + id).contains("alterado");
    }

    @Test
    void aRowDeletedFromTheMiddleIsDetected() {
        long id = idOf("did.alterar");
        f.database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE id = ?", id));

        AuditVerification v = f.audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenRowId()).hasValue(id + 1);
        assertThat(v.problem().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("apagado");
    }

    @Test
    void theNewestRowDeletedIsDetectedThroughTheHeadMarker() {
        long last = idOf("configuracoes.alterar");
        f.database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE id = ?", last));

        AuditVerification v = f.audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenRowId()).hasValue(last);
        assertThat(v.problem().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("último registro");
    }

    @Test
    void aRowInsertedWithAForgedHashIsDetected() {
        f.database.jdbi().useHandle(h -> h.execute("""
                INSERT INTO audit_log (at, actor, action, target, result, details, prev_hash, row_hash)
                VALUES (CURRENT_TIMESTAMP, 'admin', 'forjado', 'x', 'OK', NULL, ?, ?)""",
                "f".repeat(64), "e".repeat(64)));

        AuditVerification v = f.audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("Trilha adulterada");
    }

    @Test
    void filtersByUserActionAndPeriod() {
        f.clock.advance(Duration.ofDays(2));
        f.audit.record("ramal.excluir", "2001", AuditTrail.OK, null);

        assertThat(f.audit.find(null, "ramal.excluir", null, null)).hasSize(1);
        assertThat(f.audit.find("admin", null, f.clock.instant().minus(Duration.ofHours(1)), null))
                .extracting(r -> r.action()).containsExactly("ramal.excluir");
        assertThat(f.audit.find("agente", null, null, null)).isEmpty();
    }

    @Test
    void onlyAnAdminReadsOrVerifiesTheTrail() {
        f.accounts.signOut();
        f.signInAs(Role.SUPERVISOR);

        assertThatThrownBy(() -> f.audit.verify()).isInstanceOf(PermissionDenied.class)
                .hasMessage("Seu perfil (Supervisor) não permite ver a trilha de auditoria.");
        assertThatThrownBy(() -> f.audit.find(null, null, null, null)).isInstanceOf(PermissionDenied.class);
    }

    @Test
    void signInAndSignOutAreAudited() {
        f.accounts.signOut();
        java.util.List<String> rows = f.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT action || ':' || result FROM audit_log ORDER BY id").mapTo(String.class).list());
        assertThat(rows).contains("login:OK", "logout:OK");
    }
}
