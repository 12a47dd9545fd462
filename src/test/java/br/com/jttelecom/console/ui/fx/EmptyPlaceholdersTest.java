package br.com.jttelecom.console.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tables and lists of a page not yet shown (no skins: tab and split contents are not children yet). */
class EmptyPlaceholdersTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyTableAndListWithoutASentenceGetsOneWhereverItSitsAndOwnSentencesStay() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> inTab = new TableView<>();
            ListView<String> inSplit = new ListView<>();
            TableView<String> inScrollAndTitled = new TableView<>();
            TableView<String> ownSentence = new TableView<>();
            Label mine = new Label("Nenhum retorno pendente.");
            ownSentence.setPlaceholder(mine);
            TabPane page = new TabPane(
                    new Tab("a", new VBox(inTab)),
                    new Tab("b", new SplitPane(new BorderPane(inSplit), new ScrollPane(new TitledPane("t", inScrollAndTitled)))),
                    new Tab("c", ownSentence));

            int set = EmptyPlaceholders.fillIn(page, () -> new Label("vazio"));

            assertThat(set).isEqualTo(3);
            assertThat(((Label) inTab.getPlaceholder()).getText()).isEqualTo("vazio");
            assertThat(((Label) inSplit.getPlaceholder()).getText()).isEqualTo("vazio");
            assertThat(((Label) inScrollAndTitled.getPlaceholder()).getText()).isEqualTo("vazio");
            assertThat(ownSentence.getPlaceholder()).isSameAs(mine);
        }).get();
    }
}
