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

/**
 * Both bundles carry the same keys, once each; every key the code or FXML asks for exists and every key is asked
 * for; FXML has no literal text, and the Java code no Portuguese sentence (an accented literal), outside the
 * few places listed below with the reason each is data rather than text for a screen.
 */
class LocalizationConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    /** FXML attributes a person reads. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("text", "promptText", "title", "headerText",
            "contentText", "accessibleText", "accessibleHelp");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.get\\(\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    /**
     * Accented literals that are not text for a screen. The simulator ({@code sim/}) is the PBX and speaks the
     * PBX's Portuguese; what is listed here is read from the PBX, is demo data, or is written to the audit trail,
     * which is kept in pt-BR whatever the reader's language (a record, not a screen).
     */
    private static final Set<String> NOT_SCREEN_TEXT = Set.of(
            // PBX wire values the console reads
            "não", "saída",
            // demo data
            "Sérgio Supervisor", "contas de demonstração",
            // audit trail details (pt-BR records)
            "usuário inexistente ou desativado", " (padrão das configurações, sem vínculo)", "sem confirmação do PABX",
            "encontrada no PABX depois da resposta perdida", "não apareceu no PABX", "usuário ", " s; resultado obrigatório: ",
            "padrão das configurações, sem vínculo", "token (valor não registrado; ", "chaveiro do sistema",
            "arquivo só do usuário", "configurações", "período ", "anônimo",
            // the extension's PBX fields as the PBX names them, in "Todos os campos do PABX"
            "não encaminha", "número externo");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Counted nouns: a number written straight before one of them must pick the singular for 1 ("1 linha"). */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\d+\\} (leads|chamadas|linhas|registros|segundos|calls|rows|records|seconds)\\b");
    /** Counts that are never 1, each with why. */
    private static final Set<String> NEVER_ONE = Set.of(
            "leads.countOf", // "{0} de {1} leads": said only when the total is above the rows shown (at least 2)
            "leads.countFirst", // the table's limit, 200
            "admin.wrapup.secondsRange", "admin.wrapup.error.seconds"); // the top of a range, 3600

    /** Seen in a real window: "1 linhas aceitas", "Importar 1 leads", "1 registros", "1 linhas exportadas". */
    @Test
    void aCountBeforeANounSaysTheSingularForOne() throws IOException {
        for (String name : List.of("messages_pt_BR.properties", "messages_en.properties")) {
            Properties p = bundle(name);
            assertThat(p.stringPropertyNames().stream().filter(k -> !NEVER_ONE.contains(k))
                    .filter(k -> BARE_COUNT.matcher(p.getProperty(k).replaceAll("\\{\\d+,choice,([^{}]|\\{[^{}]*\\})*\\}", ""))
                            .find()))
                    .as(name + ": write these counts with {n,choice,1#…|1<…}").isEmpty();
        }
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

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (String name : List.of("messages_pt_BR.properties", "messages_en.properties")) {
            List<String> keys = Files.readAllLines(RESOURCES.resolve("i18n").resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(" ") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
            Set<String> seen = new TreeSet<>();
            List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
            assertThat(twice).as(name).isEmpty();
        }
    }

    /**
     * A key no code or FXML names, either whole ({@code "leads.card.never"}) or by a prefix the code completes
     * ({@code "call.status." + status}), is dead text that nobody keeps translated.
     */
    @Test
    void everyKeyIsAskedForSomewhere() throws IOException {
        StringBuilder code = new StringBuilder();
        for (Path root : List.of(SOURCES, RESOURCES.resolve("fxml"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java") || x.toString().endsWith(".fxml")).toList()) {
                    code.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        String all = code.toString();
        Set<String> literals = new TreeSet<>();
        Matcher m = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]*)+)\"|%([a-z][A-Za-z0-9_.]+)").matcher(all);
        while (m.find()) {
            literals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".")).toList();
        List<String> unused = bundle("messages_pt_BR.properties").stringPropertyNames().stream().sorted()
                .filter(k -> !literals.contains(k) && prefixes.stream().noneMatch(k::startsWith)).toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void theJavaCodeHoldsNoPortugueseSentence() throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
        Pattern accented = Pattern.compile("[À-ÿ]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/sim/")).toList()) {
                String text = Files.readString(java, StandardCharsets.UTF_8)
                        .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    if (accented.matcher(m.group(1)).find() && !NOT_SCREEN_TEXT.contains(m.group(1))) {
                        found.add(java.getFileName() + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("sentences for a person belong in the bundles").isEmpty();
    }

    /**
     * The UI printed getMessage() in 26 places, so the English desk read the Portuguese the error was made with.
     * One translator turns a failure into a sentence (ErrorSentences); the others read a message for a log line
     * or to recognise a media error, never to show it.
     */
    @Test
    void onlyTheErrorTranslatorTurnsAFailureIntoScreenText() throws IOException {
        Set<String> allowed = Set.of("ErrorSentences.java", // the one translator
                "PlaybackProblem.java", // matches the media error code, shows its own sentence
                "DesktopTray.java"); // a log line
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("br/com/jttelecom/console/ui"))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(java, StandardCharsets.UTF_8);
                if (text.contains(".getMessage()") && !allowed.contains(java.getFileName().toString())) {
                    found.add(java.getFileName().toString());
                }
            }
        }
        assertThat(found).as("show a failure with ErrorSentences.of/detail").isEmpty();
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
