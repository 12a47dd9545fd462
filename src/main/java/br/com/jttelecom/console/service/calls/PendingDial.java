package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.InvalidPhoneNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A number that arrived from outside (a {@code tel:} link, {@code --dial}, another launch of the
 * console) and waits for the agent. It is only ever offered: nothing here dials. Requests that
 * arrive before the window listens are kept (the last one wins) and delivered when it does.
 */
public final class PendingDial {

    /**
     * One number to offer the agent.
     *
     * @param raw     the text as received
     * @param display the number formatted for people ({@code (48) 99123-4567}), when valid
     * @param e164    the number in E.164 ({@code +5548991234567}), when valid
     * @param problem the sentence saying why the number cannot be used, when invalid
     */
    public record Request(String raw, Optional<String> display, Optional<String> e164, Optional<String> problem) {
        public boolean valid() {
            return e164.isPresent();
        }
    }

    private final PhoneNumbers phoneNumbers;
    private final Messages messages;
    private Consumer<Request> listener;
    private Request waiting;

    public PendingDial(PhoneNumbers phoneNumbers, Messages messages) {
        this.phoneNumbers = Objects.requireNonNull(phoneNumbers);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Parses the number and hands it to the listener, or keeps it until there is one. */
    public Request offer(String raw) {
        Request request = parse(raw);
        Consumer<Request> target;
        synchronized (this) {
            target = listener;
            if (target == null) {
                waiting = request;
            }
        }
        if (target != null) {
            target.accept(request);
        }
        return request;
    }

    /** Sets who is told about numbers; a request that was waiting is delivered right away. */
    public void listen(Consumer<Request> newListener) {
        Request pending;
        synchronized (this) {
            listener = newListener;
            pending = waiting;
            waiting = null;
        }
        if (pending != null && newListener != null) {
            newListener.accept(pending);
        }
    }

    Request parse(String raw) {
        try {
            BrazilianNumber number = phoneNumbers.parse(raw);
            return new Request(raw, Optional.of(number.display()), Optional.of(number.e164()), Optional.empty());
        } catch (InvalidPhoneNumber e) {
            return new Request(raw, Optional.empty(), Optional.empty(), Optional.of(e.localizedMessage(messages)));
        }
    }
}
