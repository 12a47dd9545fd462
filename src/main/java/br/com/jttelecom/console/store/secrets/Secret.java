package br.com.jttelecom.console.store.secrets;

/**
 * A secret the console keeps: where it lives as a file when no keyring is usable, and the environment
 * variable that overrides whatever is stored.
 *
 * @param name     the keyring entry's name (the data folder is appended, see {@link SecretVault})
 * @param fileName the owner-only file in the data folder
 * @param envVar   the environment variable that wins over the keyring and the file
 */
public record Secret(String name, String fileName, String envVar) {

    /** The PBX API token (the original module's variable name). */
    public static final Secret PBX_TOKEN = new Secret("pbx-token", TokenFile.FILE_NAME, "JTTELECOM_PABX_AUTH_TOKEN");

    /** The key that signs the local API's JWTs: one per install, kept like the PBX token. */
    public static final Secret API_SIGNING_KEY = new Secret("api-signing-key", "api-signing.key", "JTCONSOLE_API_SIGNING_KEY");
}
