package br.com.jttelecom.console.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The answers of the faults whose body misbehaves over time: one that never ends, one that drips a byte at a
 * time, one that runs to hundreds of megabytes. Each starts as a real list answer, so only its length or its
 * pace is wrong, and each stops as soon as the client goes away (the write fails).
 */
final class FaultBodies {

    private static final byte[] LIST_START = ("{\"http_response_code\": 200, \"mensagem\": \"Consulta realizada com "
            + "sucesso.\", \"qtd_total_resultados\": \"1000\", \"dados\": [").getBytes(StandardCharsets.UTF_8);
    /** One history record as the PBX writes it: the unit a huge body repeats. */
    private static final String RECORD = "{\"chamada_id\":\"1787312345.4821\",\"data\":\"21/08/2026 13:28:27\","
            + "\"cliente_nome\":\"demo\",\"origem\":\"demo-201\",\"destino\":\"011987654321\",\"operador\":\"Mariana Costa\","
            + "\"status\":\"1\",\"duracao\":\"00:01:06\",\"duracao_real\":\"00:01:06,412\",\"motivo_deligamento\":\"\","
            + "\"link_gravacao\":\"\",\"sip_code\":\"200\"}";
    private static final int BLOCK = 64 * 1024;

    private FaultBodies() {
    }

    /** Headers and the start of a list, then nothing until the faults are cleared or the simulator closes. */
    static void neverEnding(HttpExchange ex, Faults faults) throws IOException {
        startList(ex);
        try {
            faults.stall();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Headers and the start of a list, then one space (valid JSON padding) every {@code intervalMillis} until
     * the faults are cleared: every byte arrives well inside a read timeout, so only a call timeout ends it.
     */
    static void slowDrip(HttpExchange ex, Faults faults, long intervalMillis) throws IOException {
        long since = faults.generation();
        OutputStream out = startList(ex);
        try {
            while (faults.hold(since, intervalMillis)) {
                out.write(' ');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A list of history records that runs on, chunked (no Content-Length to refuse early), for {@code bytes}
     * bytes, then closes validly: only a client that counts what it reads can refuse it.
     */
    static void huge(HttpExchange ex, long bytes) throws IOException {
        OutputStream out = startList(ex);
        byte[] block = block();
        long sent = LIST_START.length;
        while (sent + block.length < bytes) {
            out.write(block);
            sent += block.length;
        }
        out.write((RECORD + "]}").getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    private static OutputStream startList(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", ResponseWriter.JSON_TYPE);
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(LIST_START);
        out.flush();
        return out;
    }

    /** Whole records, each followed by a comma, filling about {@link #BLOCK} bytes. */
    private static byte[] block() {
        String one = RECORD + ",";
        return one.repeat(Math.max(1, BLOCK / one.length())).getBytes(StandardCharsets.UTF_8);
    }
}
