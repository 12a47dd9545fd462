package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The agent's workspace: search-as-you-type over 100,000 leads in an H2 file database. Each
 * query is what the leads table runs on a keystroke (the first 100 matches by name, with owner,
 * phones and last call), for prefixes of first names, surnames, companies and phone digits, one to
 * six characters long. Prints {@code lead_search_p95_ms}. Run through {@code bench/run workspace}.
 */
public final class WorkspaceBench {

    static final int LEADS = 100_000;
    static final int PAGE = 100;

    private static final String[] FIRST = {"Ana", "Bruno", "Carla", "Daniel", "Eduarda", "Felipe", "Gabriela", "Heitor",
            "Isabela", "João", "Karina", "Lucas", "Mariana", "Nícolas", "Otávio", "Patrícia", "Rafael", "Sabrina",
            "Tiago", "Úrsula", "Vinícius", "Wagner", "Yasmin", "Zeca", "Ângela", "Márcia", "Conceição", "Luíza"};
    private static final String[] LAST = {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
            "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Melo", "Barbosa",
            "Cardoso", "Teixeira", "Nogueira", "Gonçalves", "Moreira", "Mendes", "Freitas", "Rocha", "Dias"};
    private static final String[] BUSINESS = {"Padaria", "Construtora", "Distribuidora", "Auto Peças", "Clínica",
            "Mercado", "Farmácia", "Escritório", "Transportadora", "Imobiliária", "Açougue", "Ótica"};
    private static final String[] BUSINESS_NAME = {"Aurora", "Boa Vista", "Central", "Estrela", "Horizonte",
            "Ipê", "Jardim", "Litoral", "Nova Era", "Paraíso", "Primavera", "São Jorge", "Serra Azul", "Vitória"};
    private static final String[] DDD = {"11", "21", "31", "41", "47", "48", "51", "61", "71", "81", "85", "19"};

    private WorkspaceBench() {
    }

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        // -Dbench.dir=FOLDER keeps the loaded database between runs (loading is the slow part).
        String keep = System.getProperty("bench.dir");
        Path dir = keep == null ? Files.createTempDirectory("workspace-bench") : Path.of(keep);
        Random random = new Random(42);
        try (Database db = Database.openFolder(dir)) {
            LeadRepository leads = new LeadRepository(db.jdbi());
            List<Lead> all = generate(random);
            long loadStart = System.nanoTime();
            if (leads.count() != LEADS) {
                for (int i = 0; i < all.size(); i += 5000) {
                    leads.insertAll(all.subList(i, Math.min(all.size(), i + 5000)));
                }
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            if (System.getProperty("bench.explain") != null) {
                Explain.print(db, typedPrefixes(all, new Random(7), 60));
            }

            List<String> typed = typedPrefixes(all, new Random(7), queries);
            long sink = 0;
            for (int i = 0; i < Math.min(1500, typed.size()); i++) {
                sink += leads.search(typed.get(i), PAGE).size();
            }
            double[] ms = new double[typed.size()];
            for (int i = 0; i < typed.size(); i++) {
                long t = System.nanoTime();
                sink += leads.search(typed.get(i), PAGE).size();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "lead_search_p95_ms %.2f ms%n", ms[(int) Math.ceil(ms.length * 0.95) - 1]);
            System.out.printf(Locale.ROOT, "lead_search_p50_ms %.2f ms%n", ms[ms.length / 2]);
            System.out.printf(Locale.ROOT, "lead_search_max_ms %.2f ms%n", ms[ms.length - 1]);
            System.out.printf(Locale.ROOT, "leads %d, queries %d, load %.1f s (%d rows returned)%n",
                    leads.count(), ms.length, loadSeconds, sink);
        } finally {
            if (keep != null) {
                return;
            }
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<Lead> generate(Random r) {
        List<Lead> out = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            String name = pick(r, FIRST) + " " + pick(r, LAST) + (r.nextBoolean() ? " " + pick(r, LAST) : "");
            String company = r.nextInt(4) == 0 ? null : pick(r, BUSINESS) + " " + pick(r, BUSINESS_NAME);
            String ddd = pick(r, DDD);
            List<String> phones = new ArrayList<>();
            phones.add("+55" + ddd + "9" + (10_000_000 + r.nextInt(90_000_000)));
            if (r.nextInt(3) == 0) {
                phones.add("+55" + ddd + (2 + r.nextInt(4)) + (1_000_000 + r.nextInt(9_000_000)));
            }
            out.add(Lead.draft(name, company, phones, null));
        }
        return out;
    }

    /** What agents type: the first 1–6 characters of a word of some lead, or of its phone as dialled. */
    static List<String> typedPrefixes(List<Lead> leads, Random r, int count) {
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            Lead lead = leads.get(r.nextInt(leads.size()));
            String source = switch (r.nextInt(4)) {
                case 0 -> lead.name().split(" ")[0];
                case 1 -> lead.name().split(" ")[1];
                case 2 -> lead.company() == null ? lead.name() : lead.company();
                default -> lead.phones().get(0).substring(3 + (r.nextBoolean() ? 0 : 2));
            };
            String word = source.toLowerCase(Locale.ROOT);
            for (int len = 1; len <= Math.min(6, word.length()) && out.size() < count; len++) {
                out.add(word.substring(0, len));
            }
        }
        return out;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
