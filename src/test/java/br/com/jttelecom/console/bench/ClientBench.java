package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The PBX client's hot path on one core: parse 1000-record history pages (as the PBX sends them, quirks
 * included) and map every record to a {@link Call}. Prints {@code parse_rec_per_s} and {@code page_alloc_mb}.
 * Run through {@code bench/run client}.
 */
public final class ClientBench {

    static final int PAGE = 1000;

    private ClientBench() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        ObjectMapper mapper = WireJson.newMapper();
        JavaType type = mapper.getTypeFactory().constructParametricType(Envelope.class, HistoryRecord.class);
        HistoryMapper historyMapper = new HistoryMapper();
        byte[][] pages = new byte[8][];
        for (int p = 0; p < pages.length; p++) {
            pages[p] = page(p).getBytes(StandardCharsets.UTF_8);
        }

        long sink = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; System.nanoTime() < warmEnd; i++) {
            sink += parseAndMap(mapper, type, historyMapper, pages[i % pages.length]);
        }

        long records = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            records += parseAndMap(mapper, type, historyMapper, pages[i++ % pages.length]);
        }
        double perSecond = records / ((System.nanoTime() - start) / 1e9);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        int samples = 20;
        long before = threads.getThreadAllocatedBytes(tid);
        for (int s = 0; s < samples; s++) {
            sink += parseAndMap(mapper, type, historyMapper, pages[s % pages.length]);
        }
        double perPageMb = (threads.getThreadAllocatedBytes(tid) - before) / (double) samples / (1024 * 1024);

        System.out.printf(Locale.ROOT, "parse_rec_per_s %.0f rec/s%n", perSecond);
        System.out.printf(Locale.ROOT, "page_alloc_mb %.2f MB%n", perPageMb);
        System.out.printf(Locale.ROOT, "page_bytes %d B%n", pages[0].length);
        if (sink == 42) {
            System.out.println(); // keeps the JIT from dropping the work
        }
    }

    static long parseAndMap(ObjectMapper mapper, JavaType type, HistoryMapper historyMapper, byte[] page)
            throws java.io.IOException {
        Envelope<HistoryRecord> env = mapper.readValue(page, type);
        long n = 0;
        for (HistoryRecord r : env.records()) {
            Call c = historyMapper.toCall(r);
            n += c.status().ordinal() >= 0 ? 1 : 0;
        }
        return n;
    }

    /** A realistic page: the three shapes of the fixture, with varying ids, times and quirks. */
    static String page(int seed) {
        StringBuilder b = new StringBuilder(PAGE * 600);
        b.append("{\"http_response_code\": 200, \"mensagem\": \"Consulta realizada com sucesso.\", ")
                .append("\"qtd_total_resultados\": 18730, \"qtd_resultados_retornados\": ").append(PAGE)
                .append(", \"dados\": [");
        for (int i = 0; i < PAGE; i++) {
            int n = seed * PAGE + i;
            String id = "17873" + String.format(Locale.ROOT, "%05d", n) + "." + (4800 + i);
            String date = String.format(Locale.ROOT, "%02d/08/2026 %02d:%02d:%02d", 1 + n % 28, 8 + n % 10, n % 60,
                    (n * 7) % 60);
            if (i > 0) {
                b.append(',');
            }
            switch (n % 3) {
                case 0 -> b.append("{\"chamada_id\": \"").append(id).append("\", \"data\": \"").append(date)
                        .append("\", \"cliente_nome\": \"Loja Exemplo\", \"origem\": \"loja-").append(200 + n % 50)
                        .append("\", \"destino\": \"0119").append(87650000 + n).append("\", \"operador\": \"Mariana Costa\",")
                        .append(" \"status\": \"1\", \"duracao\": \"00:01:06\", \"duracao_real\": \"00:00:58,412\",")
                        .append(" \"tempo_espera_total_filas\": \"00:00:00\", \"tempo_operador_total_filas\": \"00:00:58\",")
                        .append(" \"motivo_deligamento\": \"OK\", \"sip_code\": \"200\", \"link_gravacao\":")
                        .append(" \"https://pabx.example.com.br/suite/gravacoes/").append(id).append(".wav\"}");
                case 1 -> b.append("{\"chamada_id\": \"").append(id).append("\", \"data\": \"").append(date)
                        .append("\", \"cliente_nome\": \"Loja Exemplo\", \"origem\": \"4799").append(7000000 + n)
                        .append(" (DID: 4835124536)\", \"destino\": \"loja-203\", \"operador\": \"Rafael Lima\",")
                        .append(" \"status\": \"0\", \"duracao\": \"00:00:21\", \"duracao_real\": \"00:00:00,000\",")
                        .append(" \"tempo_espera_total_filas\": \"21\", \"tempo_operador_total_filas\": \"00:00:00\",")
                        .append(" \"motivo_deligamento\": \"\", \"sip_code\": 487, \"link_gravacao\": \"\"}");
                default -> b.append("{\"chamada_id\": \"").append(id).append("\", \"data\": \"").append(date)
                        .append("\", \"cliente_nome\": \"Loja Exemplo\", \"origem\": \"4899").append(1000000 + n)
                        .append(" (DID: 4835124536)\", \"destino\": \"DID -> FILA\", \"operador\": \"\", \"status\": \"0\",")
                        .append(" \"duracao\": \"00:00:45\", \"duracao_real\": \"00:00:00,000\",")
                        .append(" \"tempo_espera_total_filas\": \"00:00:45\", \"tempo_operador_total_filas\": \"00:00:00\",")
                        .append(" \"motivo_deligamento\": \"\", \"sip_code\": \"\", \"link_gravacao\":")
                        .append(" [\"https://pabx.example.com.br/suite/gravacoes/").append(id).append(".wav\"],")
                        .append(" \"transcricao\": \"\", \"resumo\": \"\"}");
            }
        }
        return b.append("]}").toString();
    }
}
