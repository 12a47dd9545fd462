package br.com.jttelecom.console.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.phone.BrazilianNumber.Kind;
import br.com.jttelecom.console.phone.InvalidPhoneNumber.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersParseTest {

    private final PhoneNumbers numbers = new PhoneNumbers(DialPlan.defaults());

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +55 48 99123-4567        | +5548991234567
            +5548991234567           | +5548991234567
            5548991234567            | +5548991234567
            55 48 99123 4567         | +5548991234567
            048991234567             | +5548991234567
            0 48 99123-4567          | +5548991234567
            (48) 99123-4567          | +5548991234567
            (048) 99123-4567         | +5548991234567
            +55 (048) 99123-4567     | +5548991234567
            48991234567              | +5548991234567
            48.99123.4567            | +5548991234567
            48/99123-4567            | +5548991234567
            '  48 99123 4567  '      | +5548991234567
            48 99123–4567            | +5548991234567
            991234567                | +5548991234567
            99123-4567               | +5548991234567
            0055 48 99123-4567       | +5548991234567
            0 21 48 99123-4567       | +5548991234567
            48 3512-4536             | +554835124536
            4835124536               | +554835124536
            3512-4536                | +554835124536
            554835124536             | +554835124536
            0 15 48 3512-4536        | +554835124536
            011987654321             | +5511987654321
            (11) 98765-4321          | +5511987654321
            +55 11 98765-4321        | +5511987654321
            5555991234567            | +5555991234567
            55991234567              | +5555991234567
            5535124536               | +555535124536
            +55 55 3512-4536         | +555535124536
            +1 650 253 0000          | +16502530000
            00 1 650-253-0000        | +16502530000
            +351 21 123 4567         | +351211234567
            """)
    void acceptsTheFormsTheFieldSees(String raw, String e164) {
        assertThat(numbers.parse(raw).e164()).isEqualTo(e164);
    }

    @Test
    void acceptsANonBreakingSpace() {
        assertThat(numbers.parse("48\u00a099123\u00a04567").e164()).isEqualTo("+5548991234567");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | EMPTY
            '   '                       | EMPTY
            '(  )      -    '           | EMPTY
            +                           | EMPTY
            abc                         | NOT_A_NUMBER
            48 9912x-4567               | NOT_A_NUMBER
            48+991234567                | NOT_A_NUMBER
            tel:48991234567             | NOT_A_NUMBER
            48 99123-4567 ramal 20      | NOT_A_NUMBER
            '48991234567; DROP TABLE'   | NOT_A_NUMBER
            ٤٨٩٩١٢٣٤٥٦٧                 | NOT_A_NUMBER
            190                         | TOO_SHORT
            123-4567                    | TOO_SHORT
            +55 48                      | TOO_SHORT
            004702000                   | TOO_SHORT
            489912345678                | TOO_LONG
            +55 48 99123-45678          | TOO_LONG
            0123456789012345678         | TOO_LONG
            +49 0201 00000000000        | TOO_LONG
            (20) 99123-4567             | BAD_DDD
            (10) 3512-4536              | BAD_DDD
            0 23 3512-4536              | BAD_DDD
            (48) 8912-3456              | BAD_SUBSCRIBER
            (48) 19123-4567             | BAD_SUBSCRIBER
            (48) 1512-4536              | BAD_SUBSCRIBER
            48 6512-4536                | BAD_SUBSCRIBER
            0800 123 4567               | SERVICE_NUMBER
            0300 123 4567               | SERVICE_NUMBER
            +999 1234 5678              | UNKNOWN_COUNTRY
            00 999 1234 5678            | UNKNOWN_COUNTRY
            +1 555 000 0000             | NOT_VALID
            """)
    void rejectsWithATypedReason(String raw, Reason reason) {
        assertThatThrownBy(() -> numbers.parse(raw))
                .isInstanceOfSatisfying(InvalidPhoneNumber.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void nullIsEmpty() {
        assertThatThrownBy(() -> numbers.parse(null))
                .isInstanceOfSatisfying(InvalidPhoneNumber.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void inputLongerThanAnyNumberIsTooLongEvenWhenMostlySpaces() {
        String raw = "48 " + " ".repeat(PhoneNumbers.MAX_INPUT_LENGTH) + "991234567";
        assertThatThrownBy(() -> numbers.parse(raw))
                .isInstanceOfSatisfying(InvalidPhoneNumber.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @Test
    void aMobileHasItsPartsAndTheBrazilianDisplayFormat() {
        BrazilianNumber n = numbers.parse("+55 48 99123-4567");
        assertThat(n.ddd()).isEqualTo("48");
        assertThat(n.subscriber()).isEqualTo("991234567");
        assertThat(n.kind()).isEqualTo(Kind.MOBILE);
        assertThat(n.isMobile()).isTrue();
        assertThat(n.countryCode()).isEqualTo(55);
        assertThat(n.display()).isEqualTo("(48) 99123-4567");
    }

    @Test
    void aLandlineIsDisplayedWithFourPlusFourDigits() {
        BrazilianNumber n = numbers.parse("4835124536");
        assertThat(n.kind()).isEqualTo(Kind.LANDLINE);
        assertThat(n.display()).isEqualTo("(48) 3512-4536");
    }

    @Test
    void aNumberWithoutDddTakesTheLocalDddOfThePlan() {
        PhoneNumbers saoPaulo = new PhoneNumbers(DialPlan.local("11"));
        assertThat(saoPaulo.parse("98765-4321").e164()).isEqualTo("+5511987654321");
    }

    @Test
    void aNumberAbroadIsInternationalWithItsOwnDisplay() {
        BrazilianNumber n = numbers.parse("+1 650 253 0000");
        assertThat(n.kind()).isEqualTo(Kind.INTERNATIONAL);
        assertThat(n.isBrazilian()).isFalse();
        assertThat(n.countryCode()).isEqualTo(1);
        assertThat(n.subscriber()).isEqualTo("6502530000");
        assertThat(n.display()).isEqualTo("+1 650-253-0000");
    }
}
