package br.com.jttelecom.console.service.sync;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerNumbersTest {

    private final CustomerNumbers numbers = new CustomerNumbers(new PhoneNumbers(DialPlan.local("48")));

    @Test
    void theFormsThePbxWritesBecomeE164() {
        assertThat(numbers.stored("047969093960")).isEqualTo("+5547969093960");
        assertThat(numbers.stored("4134327021")).isEqualTo("+554134327021");
        assertThat(numbers.stored("47997008385 (DID: 4835124536)")).isEqualTo("+5547997008385");
        // Local numbers without their DDD take the dial plan's.
        assertThat(numbers.stored("991234567")).isEqualTo("+5548991234567");
    }

    @Test
    void whatIsNotACustomerNumberIsKeptAsThePbxWroteIt() {
        assertThat(numbers.stored("202")).isEqualTo("202");
        assertThat(numbers.stored("odin-202")).isEqualTo("odin-202");
        assertThat(numbers.stored("anonymous")).isEqualTo("anonymous");
        assertThat(numbers.stored("DID -> FILA")).isEqualTo("DID -> FILA");
        assertThat(numbers.stored((String) null)).isNull();
    }

    @Test
    void aCallAlreadyInE164IsLeftAsItIs() {
        Call dialled = LeadsFixture.call("x", "+5511987654321", CallStatus.COMPLETED, Instant.EPOCH, 10);
        assertThat(numbers.stored(dialled)).isSameAs(dialled);
        Call synced = LeadsFixture.call("y", "011987654321", CallStatus.COMPLETED, Instant.EPOCH, 10);
        assertThat(numbers.stored(synced).phoneNumber()).isEqualTo("+5511987654321");
        assertThat(numbers.stored(synced).externalCallId()).isEqualTo("y");
    }

    @Test
    void answersStayRightPastWhatItRemembers() {
        for (int i = 0; i <= CustomerNumbers.REMEMBERED; i++) {
            numbers.stored("0119" + (80_000_000 + i));
        }
        assertThat(numbers.stored("047969093960")).isEqualTo("+5547969093960");
        assertThat(numbers.stored("011980000000")).isEqualTo("+5511980000000");
    }

    @Test
    void aNumberWithoutDddTakesTheExtensionsThenTheDidsThenThePlans() {
        assertThat(numbers.stored("991234567", "11")).isEqualTo("+5511991234567");
        assertThat(numbers.stored("997008385 (DID: 2135124536)", "11")).isEqualTo("+5511997008385");
        assertThat(numbers.stored("997008385 (DID: 2135124536)")).isEqualTo("+5521997008385");
        assertThat(numbers.stored("011991234567", "21")).isEqualTo("+5511991234567");
        assertThat(numbers.stored("991234567", "00")).isEqualTo("+5548991234567"); // not an area code: the plan's
    }
}
