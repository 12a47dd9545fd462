package br.com.jttelecom.console.ui.stats;

/**
 * One card as shown: its title, its value, and the comparison with the previous period.
 *
 * @param key    the metric's key ({@code total}, {@code tma}, …): the card's id on screen
 * @param rising whether the figure went up ({@code null}: no comparison or no change)
 * @param better whether that change is good news — fewer missed calls are, more are not ({@code null}: no
 *               change, or a figure that is neither, like the number of calls): the comparison's colour
 */
public record StatsCard(String key, String title, String value, String comparison, Boolean rising, Boolean better) {

    /** Which way a figure should go. */
    public enum Goal {
        HIGHER, LOWER, NEITHER;

        Boolean judge(Boolean rising) {
            return rising == null || this == NEITHER ? null : rising == (this == HIGHER);
        }
    }
}
