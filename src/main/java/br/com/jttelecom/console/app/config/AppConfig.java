package br.com.jttelecom.console.app.config;

import java.nio.file.Path;

/**
 * The configuration the console runs with, after precedence was applied.
 *
 * @param demo true when the console runs on the embedded simulator (forced, or no credentials anywhere)
 */
public record AppConfig(
        Path dataDir,
        String lang,
        String pabxBaseUrl,
        String pabxUser,
        String pabxToken,
        boolean demo) {

    public static final String DEFAULT_BASE_URL = "https://emnuvem.meupabxip.com.br/suite/api";

    /** Never shows the token: this record ends up in logs and error reports. */
    @Override
    public String toString() {
        return "AppConfig[dataDir=" + dataDir + ", lang=" + lang + ", pabxBaseUrl=" + pabxBaseUrl
                + ", pabxUser=" + pabxUser + ", pabxToken=" + (pabxToken == null ? "null" : "***")
                + ", demo=" + demo + "]";
    }
}
