package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.leads.LeadImport;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LeadImportViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.portuguese();
    private Database db;
    private LeadRepository repository;
    private LeadImportViewModel vm;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir.resolve("db"));
        repository = new LeadRepository(db.jdbi());
        PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
        vm = new LeadImportViewModel(new LeadImport(new LeadValidator(phones, messages), repository, messages), messages,
                new InlineTaskRunner(), n -> phones.parse(n).display());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void previewThenConfirmStoresOnlyTheAcceptedRows() throws Exception {
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "nome;telefone\nJoão;(11) 98765-4321\n;(11) 98765-0000\nAna;123\n", Charset.forName("ISO-8859-1"));
        vm.load(csv);
        assertThat(vm.summaryProperty().get()).isEqualTo("Arquivo em windows-1252, separador \";\": 1 linha aceita, 2 rejeitadas.");
        assertThat(vm.rejected()).extracting(r -> r.line()).containsExactly(3, 4);
        assertThat(vm.phones(vm.accepted().get(0))).as("as the lead list shows it").isEqualTo("(11) 98765-4321");
        assertThat(vm.confirmTextProperty().get()).isEqualTo("Importar 1 lead");
        assertThat(repository.count()).isZero();

        List<Integer> done = new ArrayList<>();
        vm.confirm(done::add);
        assertThat(done).containsExactly(1);
        assertThat(repository.count()).isEqualTo(1);
        assertThat(vm.canConfirmProperty().get()).isFalse();
    }

    @Test
    void aFileWithoutTheNameColumnShowsWhyAndCannotBeConfirmed() throws Exception {
        Path csv = dir.resolve("sem-nome.csv");
        Files.writeString(csv, "empresa,telefone\nAcme,11987654321\n");
        vm.load(csv);
        assertThat(vm.errorProperty().get()).contains("coluna de nome");
        assertThat(vm.canConfirmProperty().get()).isFalse();
    }
}
