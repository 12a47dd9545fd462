package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.service.calls.InboundRing;
import br.com.jttelecom.console.service.calls.TrackedCall;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The panel's asks for a caller's lead card: open the card of a known caller, or the new-lead form with an
 * unknown caller's number. The panel does not own leads; whoever does listens to the two requests.
 */
final class LeadCardRequests {

    private final UnaryOperator<String> displayNumber;
    private final ReadOnlyObjectWrapper<String> createLeadRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> openLeadRequest = new ReadOnlyObjectWrapper<>();

    LeadCardRequests(UnaryOperator<String> displayNumber) {
        this.displayNumber = displayNumber;
    }

    /** "criar lead" for an unknown caller's number (pop-up or panel). */
    void requestCreateLead(String number) {
        createLeadRequest.set(null); // the same number twice is still two requests
        createLeadRequest.set(number == null ? "" : number);
    }

    /** "abrir ficha" of a known caller (pop-up or panel). */
    void requestOpenLead(long leadId) {
        openLeadRequest.set(null);
        openLeadRequest.set(leadId);
    }

    /** The screen-pop's answer: the caller's card when the number is a lead's, else a new lead with it. */
    void openCard(InboundRing ring) {
        if (ring.knownLead()) {
            requestOpenLead(ring.leadId());
        } else {
            requestCreateLead(ring.displayNumber());
        }
    }

    /** The card of whoever is on {@code call}; a new lead when the number is unknown. Nothing without a call. */
    void openCaller(TrackedCall call) {
        if (call == null) {
            return;
        }
        if (call.leadId() != null) {
            requestOpenLead(call.leadId());
        } else if (call.number() != null) {
            requestCreateLead(displayNumber.apply(call.number()));
        }
    }

    ReadOnlyObjectProperty<String> createLeadRequestProperty() { return createLeadRequest.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Long> openLeadRequestProperty() { return openLeadRequest.getReadOnlyProperty(); }
}
