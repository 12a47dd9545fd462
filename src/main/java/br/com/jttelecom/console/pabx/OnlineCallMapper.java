package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.OnlineCall;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import java.util.Locale;

/**
 * Reads one {@code listar_chamadas_online} record (field names assumed, see the spec) into an {@link OnlineCall}:
 * the extension from {@code ramal}, else from whichever side is {@code tenant-ext}; a destination
 * {@code "DID -> FILA"} or a state with "fila" means the caller is still waiting in the queue.
 */
public final class OnlineCallMapper {

    private OnlineCallMapper() {
    }

    public static OnlineCall toOnlineCall(OnlineCallRecord r) {
        Party from = Party.parse(r.origem() != null ? r.origem() : r.numero());
        Party to = Party.parse(r.destino());
        String state = r.state() == null ? "" : r.state().toLowerCase(Locale.ROOT);
        boolean queued = to.kind() == Party.Kind.QUEUE || state.contains("fila");
        String extension = PbxValues.blankToNull(r.ramal());
        if (extension == null) {
            extension = from.isExtension() ? from.number() : to.isExtension() ? to.number() : null;
        }
        Direction direction = from.isExtension() && to.isExtension() ? Direction.INTERNAL
                : from.isExtension() ? Direction.OUTBOUND : Direction.INBOUND;
        String customer = from.kind() == Party.Kind.EXTERNAL ? from.number()
                : to.kind() == Party.Kind.EXTERNAL ? to.number() : null;
        boolean talking = !queued && (state.contains("conversa") || state.contains("atendid") || state.contains("falando"));
        return new OnlineCall(PbxValues.blankToNull(r.chamadaId()), queued ? null : extension, customer, direction,
                PbxValues.dateTime(r.data()), PbxValues.duration(r.elapsed()), PbxValues.blankToNull(r.operador()),
                talking, queued);
    }
}
