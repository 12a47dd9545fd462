package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.store.AuditLogRepository;
import br.com.jttelecom.console.store.AuditRow;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dial whose answer was lost is written as pending, then as what it came to once the PBX shows it or not. */
class LostDialAuditTest {

    @TempDir
    Path dir;
    CallsFixture f;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** The results of the dial rows, oldest first. */
    private java.util.List<String> results() {
        return new AuditLogRepository(f.db.jdbi()).all().stream().filter(r -> r.action().equals("chamada.discar"))
                .map(AuditRow::result).toList();
    }

    @Test
    void aLostDialFoundOnThePbxIsWrittenAsWentThrough() {
        f.sim.faults().add(Fault.resetAfterRequest().onlyFor("discar_numero"));
        DialResult r = f.clickToCall.dialNumber("11987654321").join();
        assertThat(r.kind()).isEqualTo(DialResult.Kind.UNCONFIRMED);

        f.advance(Duration.ofSeconds(1));
        f.advance(Duration.ofSeconds(3));

        assertThat(results())
                .containsExactly(AuditTrail.PENDING, AuditTrail.OK);
    }

    @Test
    void aLostDialThatNeverShowsUpIsWrittenAsFailed() {
        f.sim.faults().connectionReset();
        DialResult r = f.clickToCall.dialNumber("11987654321").join();
        assertThat(r.kind()).isEqualTo(DialResult.Kind.UNCONFIRMED);
        f.sim.faults().clear();

        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));

        assertThat(results())
                .containsExactly(AuditTrail.PENDING, AuditTrail.FAILED);
    }
}
