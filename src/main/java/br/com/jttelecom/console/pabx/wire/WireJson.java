package br.com.jttelecom.console.pabx.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/** The one Jackson configuration for the PBX wire format: a tolerant reader, a compact writer. */
public final class WireJson {

    private WireJson() {
    }

    /** A new mapper configured for the PBX; build one and share it (it is thread-safe). */
    public static ObjectMapper newMapper() {
        SimpleModule lenient = new SimpleModule("pabx-lenient");
        lenient.addDeserializer(String.class, new LenientStringDeserializer());
        return JsonMapper.builder()
                .addModule(lenient)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }
}
