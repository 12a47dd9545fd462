package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads any JSON value into a String, because the PBX sends ids, flags and codes as strings or numbers
 * at will, and {@code link_gravacao} as a string or a list: numbers and booleans become their text, a
 * list becomes its first non-empty scalar, an object becomes {@code null} (it is skipped, not an error).
 */
public final class LenientStringDeserializer extends StdScalarDeserializer<String> {

    public LenientStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getText();
        }
        if (t == JsonToken.START_ARRAY) {
            return firstNonEmpty(p);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
            p.skipChildren();
            return null;
        }
        return null;
    }

    private static String firstNonEmpty(JsonParser p) throws IOException {
        String found = null;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                p.skipChildren();
            } else if (found == null && t != JsonToken.VALUE_NULL) {
                String s = p.getText();
                if (s != null && !s.isBlank()) {
                    found = s;
                }
            }
        }
        return found;
    }

    @Override
    public String getNullValue(DeserializationContext ctxt) {
        return null;
    }
}
