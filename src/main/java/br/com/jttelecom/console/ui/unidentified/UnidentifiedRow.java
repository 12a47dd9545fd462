package br.com.jttelecom.console.ui.unidentified;

/**
 * One unidentified call, every cell as text.
 *
 * @param number     the stored number (E.164, or the PBX's text), what linking uses
 * @param fromNumber how many unidentified calls the number has ("3 ligações"): what linking will attach
 */
public record UnidentifiedRow(long callId, String number, String displayNumber, String dateTime, String direction,
                              String status, String agent, String fromNumber) {
}
