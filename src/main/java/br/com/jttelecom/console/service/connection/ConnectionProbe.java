package br.com.jttelecom.console.service.connection;

/** One cheap round trip to the PBX. Blocking: callers run it off the JavaFX thread. */
@FunctionalInterface
public interface ConnectionProbe {

    ConnectionCheck check();
}
