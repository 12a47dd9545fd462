package br.com.jttelecom.console.service.operator;

import br.com.jttelecom.console.model.OperatorState;
import java.util.Locale;

/**
 * The PBX's operator status text as a console state. The spellings are assumed ({@code deslogado},
 * {@code disponivel}, {@code pausado} in the simulator): words are matched loosely, and an unknown text counts as
 * logged in and free, the state the PBX lists most.
 */
public final class OperatorStates {

    private OperatorStates() {
    }

    public static OperatorState fromPbx(String status) {
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (s.contains("paus") || s.contains("interval")) {
            return OperatorState.PAUSED;
        }
        if (s.isEmpty() || s.contains("deslog") || s.contains("offline") || s.contains("indispon") || s.equals("0")) {
            return OperatorState.LOGGED_OUT;
        }
        return OperatorState.AVAILABLE;
    }
}
