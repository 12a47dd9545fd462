package br.com.jttelecom.console.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FromPbxTest {

    private final PhoneNumbers numbers = new PhoneNumbers(DialPlan.defaults());

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            011987654321                   | +5511987654321
            47997008385                    | +5547997008385
            4835124536                     | +554835124536
            35124536                       | +554835124536
            5548991234567                  | +5548991234567
            47997008385 (DID: 4835124536)  | +5547997008385
            47997008385 (did:4835124536)   | +5547997008385
            """)
    void readsTheNumbersThePbxWrites(String pbxText, String e164) {
        assertThat(numbers.fromPbx(pbxText)).hasValueSatisfying(n -> assertThat(n.e164()).isEqualTo(e164));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "odin-202", "202", "1001", "DID -> FILA", "anonymous", "Anônimo", "08001234567"})
    void isEmptyForExtensionsQueuesAndOtherNonCustomerText(String pbxText) {
        assertThat(numbers.fromPbx(pbxText)).isEmpty();
    }
}
