package br.com.jttelecom.console.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNumbersPropertiesTest {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private final PhoneNumbers numbers = new PhoneNumbers(DialPlan.defaults());

    @Property(tries = 2000)
    void anyTextGivesAValidE164OrInvalidPhoneNumber(@ForAll String raw) {
        assertE164OrInvalid(raw);
    }

    @Property(tries = 3000)
    void anyPhoneLookingTextGivesAValidE164OrInvalidPhoneNumber(@ForAll("phoneLike") String raw) {
        assertE164OrInvalid(raw);
    }

    /** Whatever the text was, once it parses its own E.164, display and dial forms give back the same number. */
    @Property(tries = 3000)
    void everyNumberThatParsesRoundTripsThroughItsFormats(@ForAll("phoneLike") String raw) {
        BrazilianNumber x;
        try {
            x = numbers.parse(raw);
        } catch (InvalidPhoneNumber rejected) {
            return;
        }
        assertThat(numbers.parse(x.e164())).isEqualTo(x);
        assertThat(numbers.parse(x.display())).isEqualTo(x);
        assertThat(numbers.parse(numbers.dialString(x))).isEqualTo(x);
    }

    @Property(tries = 1000)
    void fromPbxNeverThrowsWhateverThePbxWrites(@ForAll String pbxText) {
        numbers.fromPbx(pbxText).ifPresent(n -> assertThat(n.e164()).matches(E164));
    }

    @Property(tries = 1000)
    void parsingTheDisplayFormGivesTheSameNumber(@ForAll("brazilianNumbers") String national) {
        BrazilianNumber x = numbers.parse(national);
        assertThat(numbers.parse(x.display())).isEqualTo(x);
    }

    @Property(tries = 1000)
    void parsingTheE164FormGivesTheSameNumber(@ForAll("brazilianNumbers") String national) {
        BrazilianNumber x = numbers.parse(national);
        assertThat(x.e164()).isEqualTo("+55" + national);
        assertThat(numbers.parse(x.e164())).isEqualTo(x);
    }

    @Property(tries = 1000)
    void theDialStringParsesBackToTheSameNumberUnderAnyPlan(
            @ForAll("brazilianNumbers") String national, @ForAll("plans") DialPlan plan) {
        PhoneNumbers withPlan = new PhoneNumbers(plan);
        BrazilianNumber x = withPlan.parse(national);
        String dial = withPlan.dialString(x);
        assertThat(dial).matches("\\d+");
        assertThat(withPlan.parse(dial)).isEqualTo(x);
    }

    @Property(tries = 200)
    void numbersAbroadRoundTripThroughE164DisplayAndDialString(@ForAll("numbersAbroad") String e164) {
        BrazilianNumber x = numbers.parse(e164);
        assertThat(x.e164()).isEqualTo(e164);
        assertThat(numbers.parse(x.display())).isEqualTo(x);
        assertThat(numbers.parse(numbers.dialString(x))).isEqualTo(x);
    }

    private void assertE164OrInvalid(String raw) {
        try {
            assertThat(numbers.parse(raw).e164()).matches(E164);
        } catch (InvalidPhoneNumber expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.getMessage()).isNotBlank().doesNotStartWith("phone.");
        }
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.strings().withChars("0123456789 +-.()/").ofMinLength(0).ofMaxLength(24);
    }

    /** DDD + subscriber for every DDD: 9 + 8 digits (mobile) or [2-5] + 7 digits (landline). */
    @Provide
    Arbitrary<String> brazilianNumbers() {
        Arbitrary<String> ddd = Arbitraries.of(Ddd.all());
        Arbitrary<String> mobile = Arbitraries.strings().numeric().ofLength(8).map(s -> "9" + s);
        Arbitrary<String> landline = Combinators.combine(
                        Arbitraries.of("2", "3", "4", "5"), Arbitraries.strings().numeric().ofLength(7))
                .as(String::concat);
        return Combinators.combine(ddd, Arbitraries.oneOf(mobile, landline)).as(String::concat);
    }

    @Provide
    Arbitrary<DialPlan> plans() {
        return Combinators.combine(
                        Arbitraries.of(Ddd.all()),
                        Arbitraries.of(true, false),
                        Arbitraries.of("0", "012", "015", "021", "041"),
                        Arbitraries.of("00", "0021"))
                .as(DialPlan::new);
    }

    @Provide
    Arbitrary<String> numbersAbroad() {
        return Arbitraries.of("+16502530000", "+442070313000", "+351211234567", "+390612345678",
                "+5491123456789", "+59899123456", "+34912345678", "+4930123456");
    }
}
