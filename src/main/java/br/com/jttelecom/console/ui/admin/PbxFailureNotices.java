package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.service.InvalidInput;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The notification half of an admin page's failure: what the PBX refused (or, failing, did not do) is also a
 * notification, with the sentence the page shows; the person's own typing is said on the page only.
 */
final class PbxFailureNotices {

    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();

    /** {@code sentence} is what the page shows for {@code e}. */
    void failed(Throwable e, String sentence) {
        if (!(e instanceof InvalidInput)) {
            failure.set(null); // the same sentence twice is two notifications
            failure.set(sentence);
        }
    }

    /** The sentence of the last PBX refusal or failure; null between. */
    ReadOnlyObjectProperty<String> property() {
        return failure.getReadOnlyProperty();
    }
}
