package br.com.jttelecom.console.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SecretParametersTest {

    @Test
    void redactRemovesSecretsAtAnyDepthAndKeepsTheRest() throws Exception {
        ObjectNode params = (ObjectNode) SimClient.JSON.readTree("""
                {"usuario":"u","token":"t","acao":"inserir_did","autenticacao":{"usuario":"u","token":"t"},
                 "dados":{"numero":"4830250100","registro_senha":"x","senha_sip":"y","lista":[{"senha_web":"z","ok":1}]}}""");

        ObjectNode clean = SecretParameters.redact(params);

        assertThat(clean.toString()).isEqualTo(
                "{\"acao\":\"inserir_did\",\"dados\":{\"numero\":\"4830250100\",\"lista\":[{\"ok\":1}]}}");
        assertThat(params.has("token")).as("the original is untouched").isTrue();
    }

    @Test
    void credentialsNeverPrintTheToken() {
        Credentials c = new Credentials("demo", "0b7c5d2e-1f00-4a4a-9c9c-123456789abc");

        assertThat(c.toString()).doesNotContain("1f00-4a4a").contains("demo");
        assertThat(c.maskedToken()).isEqualTo("0b7c…****");
    }
}
