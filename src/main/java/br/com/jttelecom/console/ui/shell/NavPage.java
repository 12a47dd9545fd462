package br.com.jttelecom.console.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The pages of the navigation. Only pages that work are listed: a page joins this enum in the
 * same change that makes it work.
 */
public enum NavPage {
    /** The agent's home: the first page. */
    LEADS("nav.leads", Material2AL.CONTACT_PHONE),
    CALLBACKS("nav.callbacks", Material2AL.ALARM),
    HISTORY("nav.history", Material2AL.HISTORY),
    STATS("nav.stats", Material2AL.INSERT_CHART),
    CONNECTION("nav.connection", Material2AL.CLOUD_QUEUE);

    private final String textKey;
    private final Ikon icon;

    NavPage(String textKey, Ikon icon) {
        this.textKey = textKey;
        this.icon = icon;
    }

    public String textKey() {
        return textKey;
    }

    public Ikon icon() {
        return icon;
    }
}
