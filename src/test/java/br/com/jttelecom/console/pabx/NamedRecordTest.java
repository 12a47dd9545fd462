package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.wire.NamedRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Found against the simulator: every small-list record also carries its account's {@code cliente_id}. */
class NamedRecordTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();

    @Test
    void theRecordsOwnIdWinsOverTheAccountIdThatFollowsIt() throws Exception {
        NamedRecord r = MAPPER.readValue("{\"tronco_id\":\"2\",\"cliente_id\":\"12\",\"nome\":\"Contingência\"}",
                NamedRecord.class);
        assertThat(r.id()).isEqualTo("2");
        assertThat(r.nome()).isEqualTo("Contingência");
    }

    @Test
    void theAccountIdIsNeverTakenForTheRecordsId() throws Exception {
        NamedRecord r = MAPPER.readValue("{\"cliente_id\":\"12\",\"nome\":\"Só a conta\"}", NamedRecord.class);
        assertThat(r.id()).isNull();
    }
}
