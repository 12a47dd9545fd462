package br.com.jttelecom.console.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo company: 12 extensions (201–212), 3 DIDs, 8 operators with Brazilian names (five
 * available, one paused for lunch, two logged out), the 200 demo leads as callers, and 90 days of
 * business-hours history (about 3,200 calls). The extensions sit in two area codes: the Florianópolis
 * office (DDD 48: 201–204, 209, 210) and the São Paulo one (DDD 11: 205–208, 211, 212).
 */
final class DemoCompany {

    static final int HISTORY_CALLS = 3_200;
    private static final List<String> OPERATORS = List.of("Mariana Costa", "Rafael Lima", "Juliana Alves",
            "Thiago Ribeiro", "Camila Nunes", "Leandro Rocha", "Patrícia Mendes", "Gustavo Freitas");
    private static final List<String> OTHER_EXTENSIONS = List.of("Recepção", "Financeiro", "Sala de reunião", "Diretoria");
    private static final List<String> DIDS = List.of("4835124536", "4830250100", "1140042000");

    private static final String SAO_PAULO_DDD = "11";

    private final SimState state;
    private final AccountSeeder seeder;
    private final CallEngine engine;
    private final Set<HistoryBehaviour> behaviours;

    DemoCompany(SimState state, AccountSeeder seeder, CallEngine engine, Set<HistoryBehaviour> behaviours) {
        this.state = state;
        this.seeder = seeder;
        this.engine = engine;
        this.behaviours = behaviours;
    }

    void seed(long seed) {
        for (int i = 0; i < OPERATORS.size(); i++) {
            String ramal = Integer.toString(201 + i);
            seeder.extension(ramal, "Atendimento - " + OPERATORS.get(i).split(" ")[0], areaCode(ramal));
            // 201 and 202 are the demo agent's and supervisor's: they start logged out, so the demo begins
            // where a shift does (the console takes whatever state the PBX holds for its operator).
            String status = i < 2 ? SimOperator.LOGGED_OUT : i == 5 ? SimOperator.PAUSED : SimOperator.AVAILABLE;
            SimOperator op = seeder.operator(OPERATORS.get(i), ramal, status);
            state.operators.update(op.id(), status, i == 5 ? "Almoço" : "");
        }
        for (int i = 0; i < OTHER_EXTENSIONS.size(); i++) {
            String ramal = Integer.toString(209 + i);
            seeder.extension(ramal, OTHER_EXTENSIONS.get(i), areaCode(ramal));
        }
        DIDS.forEach(seeder::did);
        if (state.callerPool.isEmpty()) {
            DemoLeads.generate(seed).forEach(l -> state.callerPool.add(l.digits()));
        }
        Instant now = state.clock.now();
        engine.file(new HistorySeeder(state, seed, behaviours)
                        .generate(HISTORY_CALLS, now.minus(Duration.ofDays(90)), now, true),
                behaviours.contains(HistoryBehaviour.LATE_CDRS));
    }

    private static String areaCode(String ramal) {
        int n = Integer.parseInt(ramal);
        return (n >= 205 && n <= 208) || n >= 211 ? SAO_PAULO_DDD : SimState.HOME_DDD;
    }
}
