package br.com.jttelecom.console.phone;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.InvalidPhoneNumber.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvalidPhoneNumberMessagesTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAPortugueseSentenceAsTheExceptionMessage(Reason reason) {
        InvalidPhoneNumber e = new InvalidPhoneNumber(reason);
        assertThat(e.getMessage())
                .isEqualTo(Messages.portuguese().bundle().getString(reason.messageKey()))
                .isNotBlank()
                .endsWith(".");
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAnEnglishSentenceToo(Reason reason) {
        Messages english = Messages.forLanguage("en");
        String text = new InvalidPhoneNumber(reason).localizedMessage(english);
        assertThat(text).isNotEqualTo(reason.messageKey()).isNotEqualTo(new InvalidPhoneNumber(reason).getMessage());
    }
}
