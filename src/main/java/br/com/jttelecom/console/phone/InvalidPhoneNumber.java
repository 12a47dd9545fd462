package br.com.jttelecom.console.phone;

import br.com.jttelecom.console.i18n.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * A number the console will not dial, with the reason and a Portuguese sentence for the person.
 * The message is the sentence itself (never the raw input), so it can be shown as is.
 */
public final class InvalidPhoneNumber extends IllegalArgumentException implements br.com.jttelecom.console.i18n.Localized {

    /** Why a number was refused; each has a text under {@code phone.invalid.<reason in lower case>}. */
    public enum Reason {
        /** Nothing typed, or only spaces and separators. */
        EMPTY,
        /** Letters or symbols that no phone number has. */
        NOT_A_NUMBER,
        /** Fewer digits than a subscriber number. */
        TOO_SHORT,
        /** More digits than country + DDD + number. */
        TOO_LONG,
        /** A two-digit area code that does not exist in Brazil. */
        BAD_DDD,
        /** The part after the DDD cannot be a Brazilian landline (8 digits, 2–5) or mobile (9 digits, 9…). */
        BAD_SUBSCRIBER,
        /** 0800/0300/0500/0900 and similar service numbers, which the console does not dial yet. */
        SERVICE_NUMBER,
        /** A {@code +} or international prefix followed by a country code that does not exist. */
        UNKNOWN_COUNTRY,
        /** libphonenumber rejects the number for its country. */
        NOT_VALID;

        public String messageKey() {
            return "phone.invalid." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public InvalidPhoneNumber(Reason reason) {
        super(Messages.portuguese().get(Objects.requireNonNull(reason).messageKey()));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * No stack trace: this is an answer about the input, caught where it is asked for, and the history
     * sync asks it of every extension and anonymous caller it reads (filling a trace was most of the cost).
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The sentence for the person in the given language (the exception message is pt-BR). */
    public String localizedMessage(Messages messages) {
        return messages.get(reason.messageKey());
    }

    @Override
    public String in(Messages messages) {
        return localizedMessage(messages);
    }
}
