package br.com.jttelecom.console.ui.stats;

import br.com.jttelecom.console.ui.stats.StatsCard.Goal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCardGoalTest {

    @Test
    void aFigureThatShouldFallIsGoodNewsWhenItFalls() {
        assertThat(Goal.LOWER.judge(false)).isTrue(); // fewer missed calls
        assertThat(Goal.LOWER.judge(true)).isFalse(); // a higher abandon rate
    }

    @Test
    void aFigureThatShouldRiseIsGoodNewsWhenItRises() {
        assertThat(Goal.HIGHER.judge(true)).isTrue();
        assertThat(Goal.HIGHER.judge(false)).isFalse();
    }

    @Test
    void noChangeOrANeutralFigureIsNeither() {
        assertThat(Goal.HIGHER.judge(null)).isNull();
        assertThat(Goal.NEITHER.judge(true)).isNull();
        assertThat(Goal.NEITHER.judge(false)).isNull();
    }
}
