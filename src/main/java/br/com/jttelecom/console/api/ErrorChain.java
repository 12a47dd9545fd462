package br.com.jttelecom.console.api;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception as its classes and the first frame of ours, for a log line: never its message, which
 * may hold the SQL and its arguments (a customer's number, a note) or a secret from a header.
 */
final class ErrorChain {

    private ErrorChain() {
    }

    static String of(Throwable e) {
        List<String> names = new ArrayList<>();
        String where = null;
        for (Throwable t = e; t != null && names.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                name += "[" + sql.getSQLState() + "]";
            }
            names.add(name);
            if (where == null) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    if (frame.getClassName().startsWith("br.com.jttelecom")) {
                        where = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                                + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                        break;
                    }
                }
            }
        }
        return String.join(" <- ", names) + (where == null ? "" : " em " + where);
    }
}
