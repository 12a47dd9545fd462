#!/usr/bin/env bash
# Builds the installer for this OS from target/: called by `mvn -Pinstaller package` (after the jar
# and target/installer/input/lib are in place), or by hand the same way.
#   installer/build.sh VERSION          e.g. 0.1.0-SNAPSHOT (jpackage gets 0.1.0: it wants numbers)
# Steps (as AtlantaFX and Cryptomator do): jdeps lists the JDK modules, jlink makes a trimmed
# runtime, jpackage makes the native package from the argument files in installer/.
# JavaFX stays on the class path exactly as in `mvn verify`, so the installed app runs the same
# way the tests do; only JDK modules go into the runtime.
# Output: target/installer/*.deb (+ .rpm when rpmbuild exists), *.msi on Windows, *.dmg on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:?usage: installer/build.sh VERSION}"
APP_VERSION="${VERSION%%-*}"          # 0.1.0-SNAPSHOT -> 0.1.0
OUT=target/installer
INPUT=$OUT/input
JAR=target/jt-console-$VERSION.jar

fail() { echo "installer: $*" >&2; exit 1; }

jdk_ok() {  # a JDK 21+ that has jlink and jpackage
  local j=$1 v
  [[ -x "$j/bin/jlink" && ( -x "$j/bin/jpackage" || -x "$j/bin/jpackage.exe" ) ]] || return 1
  v=$("$j/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [[ -n "$v" && "${v%%.*}" -ge 21 ]]
}

find_jdk() {
  local c
  for c in "${INSTALLER_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home "/c/Program Files/Java"/* "/c/Program Files/Eclipse Adoptium"/*; do
    [[ -n "$c" && -d "$c" ]] && jdk_ok "$c" && { echo "$c"; return; }
  done
  fail "no JDK 21+ with jlink and jpackage found (set INSTALLER_JDK or JAVA_HOME)"
}

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac

JDK=$(find_jdk)
echo "installer: JDK $JDK, version $APP_VERSION, $OS"
[[ -f "$JAR" ]] || fail "$JAR is missing: run mvn -Pinstaller package"
[[ -d "$INPUT/lib" ]] || fail "$INPUT/lib is missing: run mvn -Pinstaller package"
cp "$JAR" "$INPUT/jt-console.jar"

# 1. JDK modules: what jdeps sees in the app and every library, plus installer/extra-modules.txt.
jars=("$INPUT/jt-console.jar" "$INPUT"/lib/*.jar)
# Modular jars (okhttp, jackson, JavaFX…) need the module path to resolve each other's requires.
seen=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 \
        --module-path "$INPUT/lib" --class-path "$INPUT/lib/*" "${jars[@]}" 2>/dev/null \
        | grep '^java\.base' | tail -1 | tr ',' '\n' || true)
[[ -n "$seen" ]] || fail "jdeps found no modules"
available=$("$JDK/bin/java" --list-modules | sed 's/@.*//')
extra=$(grep -v '^\s*#' installer/extra-modules.txt | grep -v '^\s*$' || true)
modules=$(printf '%s\n%s\n' "$seen" "$extra" | sort -u | grep -Fx -f <(echo "$available") | paste -sd, -)
echo "$modules" | tr ',' '\n' > "$OUT/modules.txt"
echo "installer: runtime modules: $modules"
if ! diff -q <(grep -v '^#' installer/jdk-modules.txt 2>/dev/null) "$OUT/modules.txt" >/dev/null; then
  echo "installer: note: the module list changed; commit $OUT/modules.txt as installer/jdk-modules.txt" >&2
fi

# 2. The trimmed runtime. Only English and Portuguese locale data; no debug symbols, headers or man
#    pages; with the JDK's class-data-sharing archive, which a jlinked image lacks otherwise and
#    which saves a few hundred milliseconds at every start. The jimage is left uncompressed:
#    the .deb is compressed anyway, and an uncompressed image loads classes faster. bin/java stays:
#    the CDS step runs it.
rm -rf "$OUT/runtime"
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,pt \
  --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive \
  --output "$OUT/runtime"

# 3. The package. JDK 24+ warns at run time about sun.misc.Unsafe in libraries unless told.
JAVA_SPEC=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
more=()
if [[ "${JAVA_SPEC%%.*}" -ge 24 ]]; then more+=(--java-options --sun-misc-unsafe-memory-access=allow); fi

package() {  # $1 = extra jpackage args
  "$JDK/bin/jpackage" ${JPACKAGE_VERBOSE:+--verbose} @installer/common.args @installer/$OS.args "$@" "${more[@]}" \
    --app-version "$APP_VERSION" --input "$INPUT" --main-jar jt-console.jar \
    --runtime-image "$OUT/runtime" --dest "$OUT"
}

rm -f "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg
if [[ $OS == linux ]]; then
  command -v fakeroot >/dev/null || fail "fakeroot is needed for .deb (apt-get install fakeroot)"
  package --type deb
  if command -v rpmbuild >/dev/null; then package --type rpm; fi
elif [[ $OS == macos ]]; then
  [[ -f installer/icons/jt-console.icns ]] || fail "run installer/icons/make-icns.sh on this Mac first"
  package --type dmg
else
  package --type msi
fi
ls -l "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg 2>/dev/null || true
