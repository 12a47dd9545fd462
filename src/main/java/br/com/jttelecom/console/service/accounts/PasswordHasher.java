package br.com.jttelecom.console.service.accounts;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt per password, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the iteration count can grow later.
 * 210,000 iterations is OWASP's 2023 floor for this function.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Constant-time comparison; a malformed stored value never matches. */
    public boolean matches(char[] password, String stored) {
        Parsed p = parse(stored);
        if (p == null) {
            derive(password, new byte[16], ITERATIONS); // same cost as a real check: no timing hint
            return false;
        }
        return MessageDigest.isEqual(derive(password, p.salt(), p.iterations()), p.hash());
    }

    /** The iteration count of a stored hash (for tests and for re-hashing old ones). */
    public static int iterationsOf(String stored) {
        Parsed p = parse(stored);
        return p == null ? 0 : p.iterations();
    }

    public static String saltOf(String stored) {
        return stored.split("\\$")[2];
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 21 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return null;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new Parsed(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
