package br.com.jttelecom.console.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The API's bearer tokens: HS256 with the install's own secret, 8 hours. Only the user id is
 * trusted from a token; the role is read again from the accounts on every request, so a
 * demoted or deactivated user loses access at once. Tokens are never logged.
 */
public final class JwtTokens {

    public static final Duration LIFETIME = Duration.ofHours(8);
    private static final String ISSUER = "jt-console";

    private final Algorithm algorithm;
    private final Clock clock;

    public JwtTokens(byte[] secret, Clock clock) {
        this.algorithm = Algorithm.HMAC256(secret);
        this.clock = clock;
    }

    public String issue(long userId, String login) {
        Instant now = clock.instant();
        return JWT.create().withIssuer(ISSUER).withSubject(Long.toString(userId)).withClaim("login", login)
                .withIssuedAt(now).withExpiresAt(now.plus(LIFETIME)).sign(algorithm);
    }

    /**
     * The user id of a valid token; empty for an expired, forged, unsigned or malformed one, and for one
     * without an expiry, an issue time or our issuer, or one made to last longer than {@link #LIFETIME}
     * (only the key could make those, but a leaked key must not give a token that never ends).
     */
    public Optional<Long> verify(String token) {
        try {
            JWTVerifier verifier = ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(algorithm)
                    .withIssuer(ISSUER).withClaimPresence("exp").withClaimPresence("iat")
                    .withClaimPresence("sub")).build(clock);
            DecodedJWT jwt = verifier.verify(token);
            if (Duration.between(jwt.getIssuedAtAsInstant(), jwt.getExpiresAtAsInstant()).compareTo(LIFETIME) > 0) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(jwt.getSubject()));
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public Instant expiryOf(Instant issuedAt) {
        return issuedAt.plus(LIFETIME);
    }
}
