package br.com.jttelecom.console.pabx;

/** How the client authenticates ("modo de autenticação" in the settings): both styles exist in the field. */
public enum AuthMode {
    /** {@code usuario} and {@code token} headers, action as the last path segment of {@code …/suite/api}. */
    HEADERS,
    /** Older servers: POST to {@code …/pabx/api.php} with {@code {"autenticacao":{…},"acao":…}} in the body. */
    LEGACY_API_PHP
}
