package br.com.jttelecom.console.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A call in progress at the PBX ({@code listar_chamadas_online}) understood: whose extension, which customer,
 * and whether it is still waiting in the queue for an agent.
 *
 * @param extension the agent's extension, or {@code null} while queued (or when the PBX named none)
 * @param customer  the outside number (digits as the PBX wrote them), or {@code null}
 * @param started   when it started, or {@code null} when the PBX sent no date
 * @param elapsed   how long it has run, as the PBX counted at the poll ({@code duracao}), or {@code null}
 * @param operator  the operator's display name, or {@code null}
 * @param talking   answered and talking (not ringing nor queued)
 * @param queued    waiting in the queue for a free agent
 */
public record OnlineCall(String callId, String extension, String customer, Direction direction, Instant started,
                         Duration elapsed, String operator, boolean talking, boolean queued) {
}
