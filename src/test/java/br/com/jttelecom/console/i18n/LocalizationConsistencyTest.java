package br.com.jttelecom.console.i18n;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles carry the same keys, every key the code or FXML asks for exists, and FXML has no literal text. */
class LocalizationConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    /** FXML attributes a person reads. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("text", "promptText", "title", "headerText",
            "contentText", "accessibleText", "accessibleHelp");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.get\\(\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> pt = new TreeSet<>(bundle("messages_pt_BR.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(pt).isNotEmpty();
        assertThat(en).containsExactlyElementsOf(pt);
    }

    @Test
    void noBundleValueIsEmpty() throws IOException {
        for (String name : List.of("messages_pt_BR.properties", "messages_en.properties")) {
            Properties p = bundle(name);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(name + " " + k).isNotBlank());
        }
    }

    @Test
    void fxmlFilesCarryNoLiteralTextAndOnlyKnownKeys() throws Exception {
        Set<String> keys = bundle("messages_pt_BR.properties").stringPropertyNames();
        List<String> problems = new ArrayList<>();
        List<Path> fxmls;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("fxml"))) {
            fxmls = files.filter(f -> f.toString().endsWith(".fxml")).toList();
        }
        assertThat(fxmls).isNotEmpty();
        for (Path fxml : fxmls) {
            try (InputStream in = Files.newInputStream(fxml)) {
                Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
                collect(root, fxml, keys, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeAsksForExists() throws IOException {
        Set<String> keys = bundle("messages_pt_BR.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(java, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!keys.contains(m.group(1)) && !m.group(1).startsWith("ui.") && !m.group(1).startsWith("pabx.auth")) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void collect(Node node, Path file, Set<String> keys, List<String> problems) {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if (TEXT_ATTRIBUTES.contains(a.getNodeName())) {
                    check(a.getNodeValue(), file, element.getTagName() + "@" + a.getNodeName(), keys, problems);
                }
            }
            if (TEXT_ATTRIBUTES.contains(element.getTagName()) && !element.getTextContent().isBlank()) {
                check(element.getTextContent().strip(), file, element.getTagName(), keys, problems);
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), file, keys, problems);
        }
    }

    private static void check(String value, Path file, String where, Set<String> keys, List<String> problems) {
        if (value.isEmpty() || value.startsWith("$")) {
            return;
        }
        if (!value.startsWith("%")) {
            problems.add(file.getFileName() + " " + where + ": literal text \"" + value + "\"");
        } else if (!keys.contains(value.substring(1))) {
            problems.add(file.getFileName() + " " + where + ": unknown key " + value);
        }
    }
}
