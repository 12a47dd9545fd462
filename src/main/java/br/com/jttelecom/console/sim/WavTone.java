package br.com.jttelecom.console.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A real, playable recording: a 440 Hz tone as 8 kHz mono 16-bit PCM in a RIFF/WAVE container. */
final class WavTone {

    static final int SAMPLE_RATE = 8000;

    private WavTone() {
    }

    static byte[] tone(double seconds, double frequency) {
        int samples = (int) (SAMPLE_RATE * seconds);
        int dataBytes = samples * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        b.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1);                 // PCM
        b.putShort((short) 1);                 // mono
        b.putInt(SAMPLE_RATE);
        b.putInt(SAMPLE_RATE * 2);             // byte rate
        b.putShort((short) 2);                 // block align
        b.putShort((short) 16);                // bits per sample
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            double v = Math.sin(2 * Math.PI * frequency * i / SAMPLE_RATE) * 0.3;
            b.putShort((short) (v * Short.MAX_VALUE));
        }
        return b.array();
    }
}
