package br.com.jttelecom.console.api;

import br.com.jttelecom.console.service.accounts.ConsoleUser;
import io.javalin.http.Context;

/** A request's signed-in user, as the auth filter found it. */
final class Caller {

    private static final String ATTRIBUTE = "jt.caller";

    private Caller() {
    }

    static void set(Context ctx, ConsoleUser user) {
        ctx.attribute(ATTRIBUTE, user);
    }

    static ConsoleUser of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
