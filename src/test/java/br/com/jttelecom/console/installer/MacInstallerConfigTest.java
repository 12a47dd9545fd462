package br.com.jttelecom.console.installer;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The macOS bundle cannot be built here (no Mac): these checks read its Info.plist override, so
 * the tel:/callto: registration and jpackage's own keys cannot be lost by an edit made on Linux.
 */
class MacInstallerConfigTest {

    @Test
    void theBundleRegistersTelAndCalltoLinks() throws Exception {
        Map<String, Element> plist = topLevelDict();
        List<Element> urlTypes = InstallerXml.children(plist.get("CFBundleURLTypes"));
        assertThat(urlTypes).hasSize(1);
        Map<String, Element> type = dict(urlTypes.get(0));
        assertThat(type.get("CFBundleURLName").getTextContent()).isEqualTo("br.com.jttelecom.console.tel");
        assertThat(type.get("CFBundleTypeRole").getTextContent()).isEqualTo("Viewer");
        assertThat(InstallerXml.children(type.get("CFBundleURLSchemes")).stream().map(Element::getTextContent))
                .containsExactly("tel", "callto");
    }

    @Test
    void jpackageStillFillsInTheBundlesOwnValues() throws Exception {
        Map<String, Element> plist = topLevelDict();
        Map<String, String> tokens = Map.of(
                "CFBundleExecutable", "DEPLOY_LAUNCHER_NAME",
                "CFBundleIdentifier", "DEPLOY_BUNDLE_IDENTIFIER",
                "CFBundleIconFile", "DEPLOY_ICON_FILE",
                "CFBundleShortVersionString", "DEPLOY_BUNDLE_SHORT_VERSION",
                "CFBundleVersion", "DEPLOY_BUNDLE_CFBUNDLE_VERSION",
                "CFBundleName", "DEPLOY_BUNDLE_NAME");
        tokens.forEach((key, token) -> assertThat(plist.get(key)).as(key).isNotNull()
                .extracting(Element::getTextContent).isEqualTo(token));
        assertThat(plist.get("CFBundlePackageType").getTextContent()).isEqualTo("APPL");
    }

    @Test
    void theDmgTakesTheResourceDirAndAnIdentifier() {
        JpackageArgs args = JpackageArgs.read("macos.args");
        assertThat(args.value("--resource-dir")).contains("installer/macos");
        assertThat(args.value("--mac-package-identifier")).contains("br.com.jttelecom.console");
        assertThat(args.value("--icon")).contains("installer/icons/jt-console.icns");
    }

    private static Map<String, Element> topLevelDict() throws Exception {
        Document plist = InstallerXml.parse(JpackageArgs.INSTALLER.resolve("macos/Info.plist"));
        return dict(InstallerXml.children(plist.getDocumentElement()).get(0));
    }

    /** A plist dict: key elements followed by their values. */
    private static Map<String, Element> dict(Element dict) {
        assertThat(dict.getTagName()).isEqualTo("dict");
        List<Element> items = InstallerXml.children(dict);
        Map<String, Element> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            assertThat(items.get(i).getTagName()).isEqualTo("key");
            out.put(items.get(i).getTextContent(), items.get(i + 1));
        }
        return out;
    }
}
