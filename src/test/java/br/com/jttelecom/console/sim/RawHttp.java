package br.com.jttelecom.console.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/** HTTP/1.1 over a socket, for what HTTP libraries refuse to send (a JSON body on GET). */
final class RawHttp {

    private RawHttp() {
    }

    static SimClient.Reply send(PbxSimulator sim, String method, String path, String body, boolean auth) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(sim.port()).append("\r\n")
                .append("Connection: close\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(bytes.length).append("\r\n");
        if (auth) {
            head.append("usuario: ").append(sim.user()).append("\r\n").append("token: ").append(sim.token()).append("\r\n");
        }
        head.append("\r\n");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), sim.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            int status = Integer.parseInt(text.substring(9, 12));
            return new SimClient.Reply(status, Headers.of(), text.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
