package br.com.jttelecom.console.service.accounts;

/** A PBX operator id and the console user linked to it (Operadores → vincular), with the name people know. */
public record LinkedOperator(String operatorId, long userId, String name) {
}
