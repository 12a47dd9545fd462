package br.com.jttelecom.console.store;

import java.time.Instant;

/** A console account as stored ({@code app_user} joined with {@code user_security}). */
public record UserRow(long id, String login, String displayName, String role, String passwordHash, boolean active,
                      Long teamId, int failedAttempts, Instant lockedUntil) {
}
