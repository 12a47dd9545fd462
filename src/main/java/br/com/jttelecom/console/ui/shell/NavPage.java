package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.model.Role;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The pages of the navigation. Only pages that work are listed: a page joins this enum in the
 * same change that makes it work. Hiding a page from a role is a comfort; the services refuse
 * the calls anyway.
 */
public enum NavPage {
    /** The agent's home: the first page. */
    LEADS("nav.leads", Material2AL.CONTACT_PHONE, Role.AGENT),
    CALLBACKS("nav.callbacks", Material2AL.ALARM, Role.AGENT),
    HISTORY("nav.history", Material2AL.HISTORY, Role.AGENT),
    /** Calls no lead claims, to link or turn into leads. */
    UNIDENTIFIED("nav.unidentified", Material2MZ.PERSON_SEARCH, Role.AGENT),
    STATS("nav.stats", Material2AL.INSERT_CHART, Role.AGENT),
    BOARD("nav.board", Material2MZ.VIEW_QUILT, Role.SUPERVISOR),
    CONNECTION("nav.connection", Material2AL.CLOUD_QUEUE, Role.AGENT),
    DIAGNOSTICS("nav.diagnostics", Material2AL.INSIGHTS, Role.SUPERVISOR),
    EXTENSIONS("nav.extensions", Material2AL.DIALPAD, Role.ADMIN),
    DIDS("nav.dids", Material2MZ.PHONE_FORWARDED, Role.ADMIN),
    OPERATORS("nav.operators", Material2MZ.SUPPORT_AGENT, Role.ADMIN),
    PAUSE_REASONS("nav.pauseReasons", Material2MZ.PAUSE_CIRCLE_OUTLINE, Role.ADMIN),
    /** The call outcomes agents pick and the wrap-up rules. */
    DISPOSITIONS("nav.dispositions", Material2AL.ASSIGNMENT_TURNED_IN, Role.ADMIN),
    USERS("nav.users", Material2MZ.PEOPLE, Role.ADMIN),
    AUDIT("nav.audit", Material2MZ.VERIFIED_USER, Role.ADMIN),
    SETTINGS("nav.settings", Material2MZ.SETTINGS, Role.ADMIN);

    private final String textKey;
    private final Ikon icon;
    private final Role minimumRole;

    NavPage(String textKey, Ikon icon, Role minimumRole) {
        this.textKey = textKey;
        this.icon = icon;
        this.minimumRole = minimumRole;
    }

    public String textKey() {
        return textKey;
    }

    public Ikon icon() {
        return icon;
    }

    /** Roles are ordered agent &lt; supervisor &lt; admin. */
    public boolean visibleTo(Role role) {
        return role.ordinal() >= minimumRole.ordinal();
    }
}
