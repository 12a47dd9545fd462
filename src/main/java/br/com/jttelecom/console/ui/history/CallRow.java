package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;

/** One line of a history table, every cell already as text in the user's language. */
public record CallRow(
        Long id,
        String dateTime,
        Direction direction,
        String directionText,
        String number,
        String lead,
        String agent,
        String extension,
        CallStatus status,
        String statusText,
        String duration,
        String outcome,
        boolean hasRecording) {
}
