package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.service.directory.ForwardRule;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One forwarding rule's two form fields (type and destination), three of them per extension. */
public final class ForwardFields {

    /** "" keeps the PBX's rule; 0 none, 1 extension, 8 external number, 9 voicemail. */
    public static final String[] TYPES = {"", "0", "1", "8", "9"};

    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty destination = new SimpleStringProperty("");

    public StringProperty typeProperty() { return type; }
    public StringProperty destinationProperty() { return destination; }

    ForwardRule toRule() {
        return new ForwardRule(type.get() == null ? "" : type.get(), destination.get());
    }

    void fill(ForwardRule rule) {
        ForwardRule r = rule == null ? ForwardRule.KEEP : rule;
        type.set(r.type() == null ? "" : r.type());
        destination.set(r.destination() == null ? "" : r.destination());
    }
}
