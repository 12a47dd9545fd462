package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadImportTest {

    private static final String SEMICOLONS = """
            Nome;Empresa;Telefone;E-mail
            João Conceição;Padaria São Jorge;(11) 98765-4321;joao@padaria.com.br
            ;Sem Nome Ltda;(21) 99888-7777;
            Márcia Gonçalves;"Açougue Boi; Bom";48 3333-4444;
            Zé Ruim;Acme;(11) 1234;
            """;

    @TempDir
    Path dir;

    private LeadsFixture s;

    @BeforeEach
    void open() {
        s = new LeadsFixture(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void utf8FileWithSemicolonsPreviewsAcceptedAndRejectedRowsWithReasons() {
        ImportPreview p = s.imports.preview(SEMICOLONS.getBytes(StandardCharsets.UTF_8));
        assertThat(p.charset()).isEqualTo("UTF-8");
        assertThat(p.separator()).isEqualTo(';');
        assertThat(p.accepted()).extracting(a -> a.lead().name()).containsExactly("João Conceição", "Márcia Gonçalves");
        assertThat(p.accepted().get(1).lead().company()).isEqualTo("Açougue Boi; Bom");
        assertThat(p.rejected()).extracting(ImportPreview.Rejected::line).containsExactly(3, 5);
        assertThat(p.rejected().get(0).reason()).isEqualTo("Informe o nome do lead.");
        assertThat(p.rejected().get(1).reason()).startsWith("Telefone (11) 1234: Número curto demais");
        assertThat(s.leadRepository.count()).as("a preview stores nothing").isZero();
    }

    @Test
    void latin1FileKeepsItsAccents() {
        ImportPreview p = s.imports.preview(SEMICOLONS.getBytes(Charset.forName("ISO-8859-1")));
        assertThat(p.charset()).isEqualTo("windows-1252");
        assertThat(p.accepted()).extracting(a -> a.lead().name()).containsExactly("João Conceição", "Márcia Gonçalves");
        assertThat(p.accepted().get(0).lead().company()).isEqualTo("Padaria São Jorge");
    }

    @Test
    void commaSeparatedFileWithBomAndEnglishHeaders() {
        String csv = "\uFEFFname,company,phone,phone 2,email\r\n"
                + "Ângela Ribeiro,\"Ribeiro, Filhos & Cia\",(21) 99888-7777,(21) 3222-1111,angela@rf.com.br\r\n";
        ImportPreview p = s.imports.preview(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.separator()).isEqualTo(',');
        Lead lead = p.accepted().get(0).lead();
        assertThat(lead.name()).isEqualTo("Ângela Ribeiro");
        assertThat(lead.company()).isEqualTo("Ribeiro, Filhos & Cia");
        assertThat(lead.phones()).containsExactly("+5521998887777", "+552132221111");
        assertThat(lead.email()).isEqualTo("angela@rf.com.br");
    }

    @Test
    void importStoresTheAcceptedRowsFindableBySearch() {
        ImportPreview p = s.imports.preview(SEMICOLONS.getBytes(StandardCharsets.UTF_8));
        assertThat(s.imports.importAccepted(p)).isEqualTo(2);
        assertThat(s.leads.search("marcia", 10)).extracting(r -> r.lead().name()).containsExactly("Márcia Gonçalves");
    }

    @Test
    void aFailureDuringImportLeavesNoLeadOfTheFile() {
        ImportPreview p = s.imports.preview(SEMICOLONS.getBytes(StandardCharsets.UTF_8));
        // A name longer than the column (255) makes the second insert fail after the first succeeded.
        Lead tooLong = Lead.draft("x".repeat(300), null, List.of("+5511987650000"), null);
        ImportPreview failing = new ImportPreview(p.charset(), p.separator(),
                List.of(p.accepted().get(0), new ImportPreview.Accepted(9, tooLong)), List.of());

        assertThatThrownBy(() -> s.imports.importAccepted(failing)).isInstanceOf(RuntimeException.class);
        assertThat(s.leadRepository.count()).isZero();
        assertThat(s.leads.search("joao", 10)).isEmpty();
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWithAMessage() {
        assertThatThrownBy(() -> s.imports.preview("empresa;telefone\nAcme;11987654321\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidImportFile.class)
                .hasMessageContaining("coluna de nome");
    }
}
