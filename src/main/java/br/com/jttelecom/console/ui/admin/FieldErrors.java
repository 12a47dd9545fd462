package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.InvalidFields;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's per-field error sentences, one property per field, for the labels beside the fields: a refused
 * save shows every wrong field at once, in the page's language.
 */
final class FieldErrors {

    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();

    /** @param fields the names the service uses for them (the form record's component names) */
    FieldErrors(String... fields) {
        for (String f : fields) {
            byField.put(f, new ReadOnlyStringWrapper(""));
        }
    }

    /** "" while the field is right. */
    ReadOnlyStringProperty of(String field) {
        ReadOnlyStringWrapper w = byField.get(field);
        if (w == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return w.getReadOnlyProperty();
    }

    /**
     * Puts each problem beside its field.
     *
     * @return the sentences of problems this form has no field for (said with the page's message instead)
     */
    List<String> show(InvalidFields invalid, Messages messages) {
        clear();
        List<String> elsewhere = new ArrayList<>();
        invalid.problems().forEach((field, problem) -> {
            ReadOnlyStringWrapper w = byField.get(field);
            if (w == null) {
                elsewhere.add(problem.in(messages));
            } else {
                w.set(problem.in(messages));
            }
        });
        return elsewhere;
    }

    void clear() {
        byField.values().forEach(w -> w.set(""));
    }
}
