package br.com.jttelecom.console.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The pages of the navigation. Only pages that work are listed: a page joins this enum in the
 * same change that makes it work.
 */
public enum NavPage {
    CONNECTION("nav.connection", Material2AL.CLOUD_QUEUE),
    HISTORY("nav.history", Material2AL.HISTORY);

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
