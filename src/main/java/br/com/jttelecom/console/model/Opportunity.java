package br.com.jttelecom.console.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deal being worked with a lead.
 *
 * @param id       {@code null} until stored
 * @param amount   in reais, or {@code null} when not estimated yet
 * @param closedAt when it was won or lost, or {@code null} while open
 */
public record Opportunity(
        Long id,
        long leadId,
        String title,
        LeadStage stage,
        BigDecimal amount,
        Long ownerUserId,
        Instant createdAt,
        Instant closedAt) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
