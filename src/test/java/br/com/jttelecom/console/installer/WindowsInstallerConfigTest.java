package br.com.jttelecom.console.installer;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Windows installer cannot be built here (no Windows, no WiX): these checks read its
 * configuration instead, so a change that would break the tel:/callto: registration, the per-user
 * install or the Start-menu entry fails on Linux too.
 */
class WindowsInstallerConfigTest {

    private static final Path WINDOWS = JpackageArgs.INSTALLER.resolve("windows");
    private static final String COMMAND = "\"[INSTALLDIR]JT Console.exe\" \"%1\"";

    @Test
    void theMsiIsPerUserWithAStartMenuEntryAndAStableUpgradeCode() {
        JpackageArgs args = JpackageArgs.read("windows.args");
        assertThat(args.has("--win-per-user-install")).isTrue();
        assertThat(args.has("--win-menu")).isTrue();
        assertThat(args.value("--win-menu-group")).contains("JT Telecom");
        assertThat(args.has("--win-shortcut")).isTrue();
        assertThat(UUID.fromString(args.value("--win-upgrade-uuid").orElseThrow())).isNotNull();
        assertThat(args.value("--resource-dir")).contains("installer/windows");
        assertThat(Path.of(args.value("--icon").orElseThrow())).exists();
    }

    @Test
    void theLauncherTheRegistryCallsIsTheOneJpackageMakes() {
        // jpackage names the launcher after --name: "JT Console.exe" in the install folder.
        assertThat(JpackageArgs.read("app.args").value("--name")).contains("JT Console");
        assertThat(JpackageArgs.read("package.args").value("--name")).contains("JT Console");
    }

    @Test
    void telAndCalltoOpenTheConsoleWithTheLinkAsItsArgument() throws Exception {
        Document wxs = InstallerXml.parse(WINDOWS.resolve("main.wxs"));
        for (String scheme : List.of("tel", "callto")) {
            Element key = registryKey(wxs, "Software\\Classes\\" + scheme);
            assertThat(key.getAttribute("Root")).as("per-user install: the user's own classes").isEqualTo("HKCU");
            Map<String, Element> values = valuesByName(key);
            assertThat(values.get("URL Protocol")).as(scheme + ": URL Protocol marks a link scheme").isNotNull();
            assertThat(values.get("URL Protocol").getAttribute("Value")).isEmpty();
            Element command = values.get("shell\\open\\command");
            assertThat(command).as(scheme + ": shell\\open\\command").isNotNull();
            assertThat(command.getAttribute("Value")).isEqualTo(COMMAND);
            assertThat(values.get("").getAttribute("KeyPath")).isEqualTo("yes");
        }
    }

    @Test
    void theRegistryKeysAreInstalledWithTheProgram() throws Exception {
        Document wxs = InstallerXml.parse(WINDOWS.resolve("main.wxs"));
        Element feature = InstallerXml.elements(wxs, "Feature")
                .filter(f -> f.getAttribute("Id").equals("DefaultFeature")).findFirst().orElseThrow();
        assertThat(InstallerXml.elements(feature, "ComponentGroupRef").map(e -> e.getAttribute("Id")))
                .contains("Shortcuts", "Files", "FileAssociations", "JtUrlProtocols");
        // Defined in main.wxs itself: jpackage compiles no other .wxs from the resource dir.
        assertThat(InstallerXml.elements(wxs, "ComponentGroup").map(e -> e.getAttribute("Id"))).contains("JtUrlProtocols");
        try (Stream<Path> files = Files.list(WINDOWS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wxs")))
                    .as("jpackage would silently ignore any other .wxs").containsExactly("main.wxs");
        }
    }

    @Test
    void everyComponentHasItsOwnGuidAndAnHkcuKeyPath() throws Exception {
        Document wxs = InstallerXml.parse(WINDOWS.resolve("main.wxs"));
        List<Element> components = InstallerXml.elements(wxs, "Component").toList();
        assertThat(components).hasSize(3);
        List<String> guids = components.stream().map(c -> c.getAttribute("Guid").replaceAll("[{}]", "")).toList();
        guids.forEach(g -> assertThat(UUID.fromString(g)).isNotNull());
        assertThat(guids).doesNotHaveDuplicates();
        assertThat(InstallerXml.elements(wxs, "RegistryKey").map(k -> k.getAttribute("Root"))).containsOnly("HKCU");
        assertThat(InstallerXml.elements(wxs, "RegistryValue")
                .filter(v -> v.hasAttribute("Root")).map(v -> v.getAttribute("Root"))).containsOnly("HKCU");
    }

    @Test
    void windowsDefaultAppsOffersTheConsoleForBothSchemes() throws Exception {
        Document wxs = InstallerXml.parse(WINDOWS.resolve("main.wxs"));
        Element capabilities = registryKey(wxs, "Software\\JT Telecom\\JT Console\\Capabilities");
        Map<String, String> associations = InstallerXml.elements(capabilities, "RegistryValue")
                .filter(v -> v.getAttribute("Key").equals("URLAssociations"))
                .collect(Collectors.toMap(v -> v.getAttribute("Name"), v -> v.getAttribute("Value")));
        assertThat(associations).containsEntry("tel", "JTConsole.tel").containsEntry("callto", "JTConsole.tel");
        Element progId = registryKey(wxs, "Software\\Classes\\JTConsole.tel");
        assertThat(valuesByName(progId).get("shell\\open\\command").getAttribute("Value")).isEqualTo(COMMAND);
        assertThat(InstallerXml.elements(wxs, "RegistryValue")
                .filter(v -> v.getAttribute("Key").equals("Software\\RegisteredApplications"))
                .map(v -> v.getAttribute("Value"))).containsExactly("Software\\JT Telecom\\JT Console\\Capabilities");
    }

    private static Element registryKey(Document wxs, String key) {
        return InstallerXml.elements(wxs, "RegistryKey").filter(k -> k.getAttribute("Key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no RegistryKey " + key));
    }

    /** A key's values by sub-key, else by name ("" for the key's default value). */
    private static Map<String, Element> valuesByName(Element key) {
        return InstallerXml.elements(key, "RegistryValue").collect(Collectors.toMap(
                v -> v.hasAttribute("Key") ? v.getAttribute("Key") : v.getAttribute("Name"), v -> v, (a, b) -> a));
    }
}
