package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo company: 12 extensions (201–212), 3 DIDs, 8 operators with Brazilian names (five
 * available, one paused for lunch, two logged out), the 200 demo leads as callers, and 90 days of
 * business-hours history (about 3,200 calls).
 */
final class DemoCompany {

    static final int HISTORY_CALLS = 3_200;
    private static final List<String> OPERATORS = List.of("Mariana Costa", "Rafael Lima", "Juliana Alves",
            "Thiago Ribeiro", "Camila Nunes", "Leandro Rocha", "Patrícia Mendes", "Gustavo Freitas");
    private static final List<String> OTHER_EXTENSIONS = List.of("Recepção", "Financeiro", "Sala de reunião", "Diretoria");
    private static final List<String> DIDS = List.of("4835124536", "4830250100", "1140042000");

    private final SimState state;
    private final AccountSeeder seeder;

    DemoCompany(SimState state, AccountSeeder seeder) {
        this.state = state;
        this.seeder = seeder;
    }

    void seed(long seed) {
        for (int i = 0; i < OPERATORS.size(); i++) {
            String ramal = Integer.toString(201 + i);
            seeder.extension(ramal, "Atendimento - " + OPERATORS.get(i).split(" ")[0]);
            // 201 and 202 are the demo agent's and supervisor's: they start logged out, so the demo begins
            // where a shift does (the console takes whatever state the PBX holds for its operator).
            String status = i < 2 ? SimOperator.LOGGED_OUT : i == 5 ? SimOperator.PAUSED : SimOperator.AVAILABLE;
            SimOperator op = seeder.operator(OPERATORS.get(i), ramal, status);
            state.operators.update(op.id(), status, i == 5 ? "Almoço" : "");
        }
        for (int i = 0; i < OTHER_EXTENSIONS.size(); i++) {
            seeder.extension(Integer.toString(209 + i), OTHER_EXTENSIONS.get(i));
        }
        DIDS.forEach(seeder::did);
        if (state.callerPool.isEmpty()) {
            DemoLeads.generate(seed).forEach(l -> state.callerPool.add(l.digits()));
        }
        Instant now = state.clock.now();
        new HistorySeeder(state, seed).seed(HISTORY_CALLS, now.minus(Duration.ofDays(90)), now, true);
    }
}
