package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PendingDialTest {

    private final PendingDial pending = new PendingDial(new PhoneNumbers(DialPlan.defaults()), Messages.portuguese());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+5548991234567|(48) 99123-4567|+5548991234567",
        "(48) 99123-4567|(48) 99123-4567|+5548991234567",
        "048991234567|(48) 99123-4567|+5548991234567",
        "0 21 48 99123-4567|(48) 99123-4567|+5548991234567",
        "+55 11 3456-7890|(11) 3456-7890|+551134567890",
    })
    void aValidNumberIsOfferedFormattedForTheAgent(String raw, String display, String e164) {
        PendingDial.Request request = pending.offer(raw);
        assertThat(request.valid()).isTrue();
        assertThat(request.display()).contains(display);
        assertThat(request.e164()).contains(e164);
        assertThat(request.problem()).isEmpty();
    }

    @Test
    void garbageComesWithASentenceAndNoNumber() {
        PendingDial.Request request = pending.offer("abc;rm -rf");
        assertThat(request.valid()).isFalse();
        assertThat(request.e164()).isEmpty();
        assertThat(request.problem()).contains("Isto não é um número de telefone: use só dígitos, espaços, pontos, traços e parênteses.");
        assertThat(request.raw()).isEqualTo("abc;rm -rf");
    }

    @Test
    void aNumberThatArrivesBeforeTheWindowListensIsDeliveredWhenItDoes() {
        pending.offer("+5548991234567");
        List<PendingDial.Request> seen = new ArrayList<>();
        pending.listen(seen::add);
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.display()).contains("(48) 99123-4567"));

        pending.offer("+5511987654321");
        assertThat(seen).hasSize(2);
    }

    @Test
    void onlyTheLatestWaitingNumberIsKept() {
        pending.offer("+5548991234567");
        pending.offer("+5511987654321");
        List<PendingDial.Request> seen = new ArrayList<>();
        pending.listen(seen::add);
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.e164()).contains("+5511987654321"));
    }
}
