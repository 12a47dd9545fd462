package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.model.Did;
import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.model.Operator;
import br.com.jttelecom.console.pabx.wire.DidRecord;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.Numbers;
import br.com.jttelecom.console.pabx.wire.PersonRecord;

/** Wire records of the directory → small model records, leaving every secret behind. */
public final class DirectoryMapper {

    private DirectoryMapper() {
    }

    public static Extension toExtension(ExtensionRecord r) {
        return new Extension(r.ramalId(), r.numero(), r.nome(), r.usuarioAutenticacao(), r.callerIdExterno(),
                r.codigoArea(), Numbers.flag(r.gravarChamadas()), Numbers.flag(r.bloquearRamal()));
    }

    public static Did toDid(DidRecord r) {
        return new Did(r.didId(), r.numero(), r.apontarPara(), r.destino(), Numbers.flag(r.gravarChamadas()),
                PbxValues.integer(r.maximoChamadasSimultaneas()));
    }

    public static Operator toOperator(PersonRecord r) {
        return new Operator(r.id(), r.nome(), r.ramal(), r.status(), PbxValues.blankToNull(r.motivoPausa()),
                "1".equals(PbxValues.blankToNull(r.emChamada())));
    }
}
