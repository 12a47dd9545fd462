package br.com.jttelecom.console.ui;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's stylesheet parses cleanly and uses the theme's colours only, so both themes apply. */
class StylesheetTest {

    private static final URL CSS = StylesheetTest.class.getResource("/ui/console.css");

    @Test
    void parsesWithoutErrors() throws IOException {
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(CSS);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }

    @Test
    void hasNoLiteralColours() throws IOException {
        String text = new String(CSS.openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(").matcher(text).find())
                .as("use AtlantaFX looked-up colours (-color-…) instead of literals").isFalse();
    }
}
