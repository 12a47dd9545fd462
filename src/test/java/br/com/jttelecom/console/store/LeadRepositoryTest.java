package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadSummary;
import br.com.jttelecom.console.testsupport.StoreFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LeadRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private LeadRepository leads;

    @BeforeEach
    void open() {
        db = StoreFixture.open(dir);
        leads = new LeadRepository(db.jdbi());
        leads.insert(Lead.draft("João da Silva", "Padaria São Jorge", List.of("+5511987654321"), "joao@exemplo.com.br"));
        leads.insert(Lead.draft("Maria Souza", "Acme Ltda", List.of("+5548991234567", "+554833334444"), null));
        leads.insert(Lead.draft("Ângela Martins", null, List.of("+5521998887777"), null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "jo, João da Silva",
            "joao, João da Silva",
            "SILVA, João da Silva",
            "angela, Ângela Martins",
            "ânge, Ângela Martins",
            "sao jorge, João da Silva",
            "acme, Maria Souza",
            "98765, João da Silva",
            "11 98765, João da Silva",
            "(48) 3333-4444, Maria Souza",
            "5521, Ângela Martins",
    })
    void searchFindsByWordPrefixOfNameCompanyOrPhoneDigits(String typed, String expected) {
        assertThat(names(leads.search(typed, 50))).containsExactly(expected);
    }

    @Test
    void everyTypedWordMustMatch() {
        assertThat(names(leads.search("maria silva", 50))).isEmpty();
    }

    @Test
    void emptySearchListsLeadsByNameIgnoringAccents() {
        assertThat(names(leads.search("", 50))).containsExactly("Ângela Martins", "João da Silva", "Maria Souza");
    }

    @Test
    void likeWildcardsAreNotWildcards() {
        assertThat(names(leads.search("sil%", 50))).containsExactly("João da Silva");
        assertThat(leads.search("_aria", 50)).isEmpty();
    }

    @Test
    void storedLeadKeepsAllItsPhonesInOrder() {
        Lead maria = leads.search("maria", 1).get(0).lead();
        assertThat(leads.findById(maria.id()).orElseThrow().phones()).containsExactly("+5548991234567", "+554833334444");
    }

    @Test
    void updateReplacesPhonesAndSearchTerms() {
        Lead maria = leads.search("maria", 1).get(0).lead();
        leads.update(new Lead(maria.id(), "Maria Oliveira", "Beta SA", List.of("+5531988776655"), null, maria.stage(),
                null, null, null, null));
        assertThat(leads.search("souza", 10)).isEmpty();
        assertThat(leads.search("acme", 10)).isEmpty();
        assertThat(names(leads.search("oliveira", 10))).containsExactly("Maria Oliveira");
        assertThat(names(leads.search("31988", 10))).containsExactly("Maria Oliveira");
        assertThat(leads.findIdsByPhone("+5548991234567")).isEmpty();
    }

    @Test
    void aBroadPrefixStillReturnsTheFirstLeadsByNameWithEveryWordChecked() {
        leads = new LeadRepository(db.jdbi(), java.time.Clock.systemUTC(), 20);
        List<Lead> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String company = i % 2 == 0 ? "Acme" : "Beta";
            many.add(Lead.draft(String.format("Ana %05d", i), company, List.of("+55119" + (10_000_000 + i)), null));
        }
        leads.insertAll(many);

        List<String> found = names(leads.search("an", 5));
        assertThat(found).containsExactly("Ana 00000", "Ana 00001", "Ana 00002", "Ana 00003", "Ana 00004");
        assertThat(names(leads.search("an beta", 3))).containsExactly("Ana 00001", "Ana 00003", "Ana 00005");
    }

    private static List<String> names(List<LeadSummary> rows) {
        return rows.stream().map(r -> r.lead().name()).toList();
    }
}
