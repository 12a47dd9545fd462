package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.store.ExtensionLinkRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PBX's extensions and which console user dials from each. Changes go to the PBX first; the
 * local link is only written once the PBX said yes, so a rejection leaves nothing half-applied.
 */
public final class Directory {

    private final PabxClient pabx;
    private final ExtensionLinkRepository links;
    private final Session session;
    private final AuditTrail audit;
    private final AreaCodes areaCodes;

    public Directory(PabxClient pabx, ExtensionLinkRepository links, Session session, AuditTrail audit) {
        this(pabx, links, session, audit, AreaCodes.none());
    }

    /** @param areaCodes the extensions' DDDs, brought up to date by every listing here */
    public Directory(PabxClient pabx, ExtensionLinkRepository links, Session session, AuditTrail audit,
                     AreaCodes areaCodes) {
        this.pabx = Objects.requireNonNull(pabx);
        this.links = Objects.requireNonNull(links);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
        this.areaCodes = Objects.requireNonNull(areaCodes);
    }

    /** The extension a console user dials from (click-to-call uses it). */
    public Optional<String> extensionOf(long userId) {
        return links.extensionOf(userId);
    }

    /** extension number → linked console user id */
    public Map<String, Long> links() {
        return links.all();
    }

    public List<Extension> listExtensions() {
        session.requireUser();
        List<Extension> extensions = pabx.listExtensions().stream().map(DirectoryMapper::toExtension).toList();
        areaCodes.update(extensions);
        return extensions;
    }


    /** Every listed field but the passwords, for the details pane. */
    public List<ExtensionFields> listExtensionFields() {
        session.requireUser();
        return pabx.listExtensions().stream().map(ExtensionFields::of).toList();
    }

    /**
     * The PBX's dialling plans ({@code listar_planos_discagem}), for the extension form. The PBX keeps no
     * such list for extension groups or types: those stay typed ids.
     */
    public List<PbxOption> dialPlans() {
        session.requireUser();
        return pabx.listDialPlans().stream()
                .filter(p -> p.id() != null && !p.id().isBlank())
                .map(p -> new PbxOption(p.id().trim(), firstNonBlank(p.nome(), p.descricao())))
                .toList();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b == null ? "" : b.trim();
    }

    /** @return the PBX's id of the new extension */
    public String createExtension(ExtensionForm form, Long linkUserId) {
        Permissions.require(session, Permission.CHANGE_EXTENSIONS);
        ExtensionData data = form.toData(true);
        String id = audited("ramal.criar", form.number(), () -> pabx.insertExtension(data));
        if (linkUserId != null) {
            links.link(linkUserId, data.numero());
        }
        return id;
    }

    public void updateExtension(String pbxId, ExtensionForm form, Long linkUserId) {
        updateExtension(pbxId, null, form, linkUserId);
    }

    /**
     * @param previousNumber the number before this edit (null if unknown): a renumbered extension's old
     *                       link goes with it, so nobody keeps dialling from a number that is gone
     */
    public void updateExtension(String pbxId, String previousNumber, ExtensionForm form, Long linkUserId) {
        Permissions.require(session, Permission.CHANGE_EXTENSIONS);
        ExtensionData data = form.toData(false).withRamalId(pbxId);
        audited("ramal.alterar", form.number(), () -> pabx.alterExtension(data));
        if (previousNumber != null && !previousNumber.equals(data.numero())) {
            links.unlinkExtension(previousNumber);
        }
        if (linkUserId != null) {
            links.link(linkUserId, data.numero());
        } else {
            links.unlinkExtension(data.numero());
        }
    }

    public void deleteExtension(String pbxId, String number) {
        Permissions.require(session, Permission.CHANGE_EXTENSIONS);
        audited("ramal.excluir", number, () -> pabx.deleteExtension(pbxId));
        links.unlinkExtension(number);
    }

    /** Links without touching the PBX (the Operadores/Ramais pages' "vincular"). */
    public void link(long userId, String extension) {
        Permissions.require(session, Permission.LINK_OPERATORS);
        links.link(userId, extension);
        audit.record("ramal.vincular", extension, AuditTrail.OK, "usuário " + userId);
    }

    private <T> T audited(String action, String target, java.util.function.Supplier<T> call) {
        try {
            T result = call.get();
            audit.record(action, target, AuditTrail.OK, null);
            return result;
        } catch (PabxException e) {
            // userMessage() is the PBX's own sentence or our pt-BR one; neither holds the token.
            audit.record(action, target, AuditTrail.FAILED, e.userMessage());
            throw e;
        }
    }
}
