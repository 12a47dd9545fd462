package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.service.CsvText;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.SearchText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports leads from a CSV file in two steps: {@link #preview} reads and validates every row
 * without storing anything; {@link #importAccepted} stores the accepted rows in one transaction,
 * so a failure leaves no lead of the file behind.
 */
public final class LeadImport {

    enum Column {
        NAME(Set.of("nome", "name", "contato", "cliente", "nome completo")),
        COMPANY(Set.of("empresa", "company", "organizacao", "razao social")),
        PHONE(Set.of("telefone", "phone", "celular", "fone", "tel", "whatsapp", "telefone 2", "telefone2",
                "celular 2", "mobile", "phone 2")),
        EMAIL(Set.of("email", "e mail", "mail")),
        STAGE(Set.of("etapa", "estagio", "stage", "fase")),
        NOTES(Set.of("observacoes", "observacao", "obs", "notas", "notes", "anotacoes"));

        private final Set<String> headers;

        Column(Set<String> headers) {
            this.headers = headers;
        }

        static Column of(String header) {
            String h = SearchText.normalise(header);
            for (Column c : values()) {
                if (c.headers.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final LeadValidator validator;
    private final LeadRepository leads;
    private final Messages messages;
    private final LeadAuthors authors;

    public LeadImport(LeadValidator validator, LeadRepository leads, Messages messages) {
        this(validator, leads, messages, LeadAuthors.none());
    }

    /** @param authors gives the imported leads the importing person as owner and writes the import to the audit trail */
    public LeadImport(LeadValidator validator, LeadRepository leads, Messages messages, LeadAuthors authors) {
        this.validator = validator;
        this.leads = leads;
        this.messages = messages;
        this.authors = java.util.Objects.requireNonNull(authors, "authors");
    }

    /**
     * Reads the file: which rows would be imported and which not, and why.
     *
     * @throws InvalidImportFile when the file has no rows or no name column
     */
    public ImportPreview preview(byte[] fileContent) {
        CsvText.Decoded decoded = CsvText.decode(fileContent);
        char separator = CsvText.separator(decoded.text());
        List<CsvText.Row> rows = CsvText.rows(decoded.text(), separator);
        if (rows.isEmpty()) {
            throw new InvalidImportFile("leads.import.error.empty");
        }
        Map<Column, List<Integer>> columns = columns(rows.get(0));
        if (!columns.containsKey(Column.NAME)) {
            throw new InvalidImportFile("leads.import.error.noName");
        }
        if (!columns.containsKey(Column.PHONE)) {
            throw new InvalidImportFile("leads.import.error.noPhone");
        }
        List<ImportPreview.Accepted> accepted = new ArrayList<>();
        List<ImportPreview.Rejected> rejected = new ArrayList<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            try {
                accepted.add(new ImportPreview.Accepted(row.line(), validator.validate(form(row, columns))));
            } catch (InvalidLead e) {
                rejected.add(new ImportPreview.Rejected(row.line(), String.join(String.valueOf(separator), row.fields()),
                        String.join(" ", new EnumMap<>(e.problems()).values())));
            }
        }
        return new ImportPreview(decoded.charset().name(), separator, accepted, rejected);
    }

    /** Stores every accepted row of the preview in one transaction; returns how many leads were stored. */
    public int importAccepted(ImportPreview preview) {
        return importAccepted(preview, null);
    }

    /** {@link #importAccepted(ImportPreview)}, naming the file in the audit trail. */
    public int importAccepted(ImportPreview preview, String fileName) {
        List<Lead> toStore = preview.accepted().stream().map(ImportPreview.Accepted::lead).map(authors::owned).toList();
        int stored = leads.insertAll(toStore).size();
        authors.imported(fileName, stored);
        return stored;
    }

    private static Map<Column, List<Integer>> columns(CsvText.Row header) {
        Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.fields().size(); i++) {
            Column c = Column.of(header.fields().get(i));
            if (c != null) {
                columns.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        return columns;
    }

    private static LeadForm form(CsvText.Row row, Map<Column, List<Integer>> columns) {
        List<String> phones = new ArrayList<>();
        for (int i : columns.get(Column.PHONE)) {
            if (!row.field(i).isEmpty()) {
                phones.add(row.field(i));
            }
        }
        String stage = first(row, columns, Column.STAGE);
        return new LeadForm(null, first(row, columns, Column.NAME), first(row, columns, Column.COMPANY),
                String.join("\n", phones), first(row, columns, Column.EMAIL), LeadStage.fromCode(stage), null, null,
                first(row, columns, Column.NOTES));
    }

    private static String first(CsvText.Row row, Map<Column, List<Integer>> columns, Column c) {
        List<Integer> at = columns.get(c);
        return at == null ? "" : row.field(at.get(0));
    }
}
