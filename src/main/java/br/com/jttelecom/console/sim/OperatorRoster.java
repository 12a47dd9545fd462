package br.com.jttelecom.console.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The people who log in to the queues, and their login/pause state. */
final class OperatorRoster {

    private final ConcurrentSkipListMap<Integer, SimOperator> operators = new ConcurrentSkipListMap<>();

    SimOperator add(String nome, String ramal, String status) {
        int id = operators.isEmpty() ? 1 : operators.lastKey() + 1;
        SimOperator op = new SimOperator(id, nome, ramal, status, "");
        operators.put(id, op);
        return op;
    }

    Optional<SimOperator> get(int id) {
        return Optional.ofNullable(operators.get(id));
    }

    List<SimOperator> all() {
        return new ArrayList<>(operators.values());
    }

    Optional<SimOperator> byRamal(String ramal) {
        return operators.values().stream().filter(o -> o.ramal().equals(ramal)).findFirst();
    }

    /** Moves an operator to a new state; 404 when the id is unknown. */
    SimOperator update(int id, String status, String motivo) {
        SimOperator updated = operators.computeIfPresent(id, (k, op) -> op.withStatus(status, motivo));
        if (updated == null) {
            throw SimError.notFound("Operador não encontrado.");
        }
        return updated;
    }
}
