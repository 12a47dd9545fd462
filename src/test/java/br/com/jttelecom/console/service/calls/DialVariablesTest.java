package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.service.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialVariablesTest {

    @Test
    void keepsTheOrderAndTrimsTheValues() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("campanha", " vendas ");
        raw.put("canal", "site");
        assertThat(DialVariables.checked(raw)).containsExactly(Map.entry("campanha", "vendas"), Map.entry("canal", "site"));
        assertThat(DialVariables.checked(null)).isEmpty();
    }

    @Test
    void refusesBadNamesLongOrControlValuesAndTooMany() {
        assertThatThrownBy(() -> DialVariables.checked(Map.of("a b", "x"))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("Nome de variável inválido");
        assertThatThrownBy(() -> DialVariables.checked(Map.of("_x", "x"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> DialVariables.checked(Map.of("x".repeat(33), "x"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> DialVariables.checked(Map.of("nota", "a\u0000b"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("nota");
        assertThatThrownBy(() -> DialVariables.checked(Map.of("nota", "y".repeat(201)))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("200");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("v" + i, "x");
        }
        assertThatThrownBy(() -> DialVariables.checked(many)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("20");
        assertThat(DialVariables.checked(Map.of("nota", "y".repeat(200)))).hasSize(1);
    }
}
