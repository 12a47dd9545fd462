package br.com.jttelecom.console.ui.stats;

/**
 * One card as shown: its title, its value, and the comparison with the previous period.
 *
 * @param key    the metric's key ({@code total}, {@code tma}, …): the card's id on screen
 * @param rising whether the figure went up ({@code null}: no comparison or no change)
 */
public record StatsCard(String key, String title, String value, String comparison, Boolean rising) {
}
