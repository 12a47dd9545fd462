package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Did;
import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.DidData;
import br.com.jttelecom.console.pabx.wire.DidRecord;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The account's DIDs: listed with where each routes to, changed on the PBX with checks and audit. */
public final class DidAdmin {

    /**
     * A DID, a readable route ("Ramal 2001 — Recepção", "Fila 1", "URA 2") and its values as the edit
     * form starts with them (no registration password: it is never read back).
     */
    public record Routed(Did did, String route, DidForm current) {
    }

    private final PabxClient pabx;
    private final Session session;
    private final AuditTrail audit;

    public DidAdmin(PabxClient pabx, Session session, AuditTrail audit) {
        this.pabx = Objects.requireNonNull(pabx);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
    }

    public List<Routed> list() {
        session.requireUser();
        Map<String, String> names = pabx.listExtensions().stream().map(DirectoryMapper::toExtension)
                .collect(Collectors.toMap(Extension::number, Extension::name, (a, b) -> a));
        return pabx.listDids().stream().map(r -> {
            Did d = DirectoryMapper.toDid(r);
            return new Routed(d, route(d, names::get), form(r));
        }).toList();
    }

    private static DidForm form(DidRecord r) {
        return new DidForm(r.numero(), r.apontarPara(), r.destino(), "1".equals(r.gravarChamadas()),
                r.maximoChamadasSimultaneas(), "1".equals(r.habilitarRegistro()), r.registroDominio(),
                r.registroUsuario(), null, "1".equals(r.habilitarHorarioFuncionamento()), r.horarioFuncionamentoInicio(),
                r.horarioFuncionamentoFim(), join(r.horarioFuncionamentoDiasSemana()),
                join(r.horarioFuncionamentoListaFeriados()));
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    static String route(Did did, Function<String, String> extensionName) {
        String kind = did.pointsTo() == null ? "" : did.pointsTo();
        String dest = did.destination() == null ? "" : did.destination();
        return switch (kind) {
            case "ramal" -> {
                String name = extensionName.apply(dest);
                yield "Ramal " + dest + (name == null ? "" : " — " + name);
            }
            case "fila" -> "Fila " + dest;
            case "ura" -> "URA " + dest;
            default -> (kind + " " + dest).trim();
        };
    }

    public String create(DidForm form) {
        Permissions.require(session, Permission.CHANGE_DIDS);
        DidData data = form.toData(true);
        return audited("did.criar", data.numero(), () -> pabx.insertDid(data));
    }

    public void update(String pbxId, DidForm form) {
        Permissions.require(session, Permission.CHANGE_DIDS);
        DidData data = form.toData(false).withDidId(pbxId);
        audited("did.alterar", data.numero(), () -> pabx.alterDid(data));
    }

    public void delete(String pbxId, String number) {
        Permissions.require(session, Permission.CHANGE_DIDS);
        audited("did.excluir", number, () -> pabx.deleteDid(pbxId));
    }

    private <T> T audited(String action, String target, Supplier<T> call) {
        try {
            T result = call.get();
            audit.record(action, target, AuditTrail.OK, null);
            return result;
        } catch (PabxException e) {
            audit.record(action, target, AuditTrail.FAILED, e.userMessage());
            throw e;
        }
    }
}
