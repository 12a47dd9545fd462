package br.com.jttelecom.console.logging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "token: 3f2a9c1e-77aa-4b1c-9f00-1234567890ab|token: ***",
        "Token=abc123&usuario=loja|Token=***&usuario=loja",
        "`{\"autenticacao\":{\"usuario\":\"u\",\"token\":\"abc-123\"}}`|`{\"autenticacao\":{\"usuario\":\"u\",\"token\":\"***\"}}`",
        "autenticacao_token=xyz987|autenticacao_token=***",
        "Authorization: Bearer eyJhbGciOi.J9.sig|Authorization: Bearer ***",
        "authorization=Basic dXNlcjpwYXNz|authorization=Basic ***",
        "`\"senha_sip\": \"p4ss\", \"senha_web\":\"w3b\"`|`\"senha_sip\": \"***\", \"senha_web\":\"***\"`",
        "nothing secret here: ramal 202|nothing secret here: ramal 202",
    })
    void masksTheValueOfEverySecretKey(String in, String expected) {
        assertThat(SecretMasker.mask(in)).isEqualTo(expected);
    }
}
