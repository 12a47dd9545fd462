#!/usr/bin/env bash
# Builds the installer for this OS from target/: called by `mvn -Pinstaller package` (after the jar
# and target/installer/input/lib are in place), or by hand the same way.
#   installer/build.sh VERSION [TYPES]   VERSION e.g. 0.1.0-SNAPSHOT (jpackage gets 0.1.0: it wants numbers)
#                                        TYPES (Linux): auto (default: deb, plus rpm when rpmbuild
#                                        exists), deb, rpm or deb,rpm; Maven: -Dinstaller.types=...
# Steps (as AtlantaFX and Cryptomator do): jdeps lists the JDK modules, jlink makes a trimmed
# runtime, jpackage makes the native package from the argument files in installer/.
# On Linux with a JDK 25+, the app image is made first, trained once (installer/train-aot.sh) into
# an AOT cache that the launcher loads at every start, and each package is made from that image.
# JavaFX stays on the class path exactly as in `mvn verify`, so the installed app runs the same
# way the tests do; only JDK modules go into the runtime.
# Output: target/installer/*.deb and/or *.rpm on Linux, *.msi on Windows, *.dmg on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:?usage: installer/build.sh VERSION [TYPES]}"
TYPES="${2:-auto}"
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

JAVA_SPEC=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
rm -rf "$OUT/image" "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg

# Linux package types to build.
if [[ $OS == linux ]]; then
  case "$TYPES" in
    auto|"") types=(deb); if command -v rpmbuild >/dev/null; then types+=(rpm); fi ;;
    *) IFS=',' read -r -a types <<< "$TYPES" ;;
  esac
  for t in "${types[@]}"; do
    case "$t" in
      deb) command -v fakeroot >/dev/null || fail "fakeroot is needed for .deb (apt-get install fakeroot)" ;;
      rpm) command -v rpmbuild >/dev/null || fail "rpmbuild is needed for .rpm (apt-get install rpm)" ;;
      *) fail "unknown package type '$t' (deb, rpm)" ;;
    esac
  done
fi

# The AOT cache (JDK 25+, Linux packages): it holds the JDK's classes too, so the runtime's own
# class-data-sharing archive would only add size. Without it, that archive is what speeds the start.
aot=0
if [[ $OS == linux && "${JAVA_SPEC%%.*}" -ge 25 && "${INSTALLER_AOT:-1}" != 0 ]]; then aot=1; fi

# 2. The trimmed runtime. Only English and Portuguese locale data; no debug symbols, headers or man
#    pages. The jimage is left uncompressed: the package is compressed anyway, and an uncompressed
#    image loads classes faster. bin/java stays: the CDS step and the AOT cache's assembly run it.
cds=(--generate-cds-archive)
if [[ $aot == 1 ]]; then cds=(); fi
rm -rf "$OUT/runtime"
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,pt \
  --strip-debug --no-header-files --no-man-pages \
  "${cds[@]}" \
  --output "$OUT/runtime"

# 3. The packages. JDK 24+ warns at run time about sun.misc.Unsafe in libraries unless told.
more=()
if [[ "${JAVA_SPEC%%.*}" -ge 24 ]]; then more+=(--java-options --sun-misc-unsafe-memory-access=allow); fi
run_jpackage() {
  "$JDK/bin/jpackage" ${JPACKAGE_VERBOSE:+--verbose} "$@"
}
app_inputs=(--app-version "$APP_VERSION" --input "$INPUT" --main-jar jt-console.jar --runtime-image "$OUT/runtime")

if [[ $OS == linux ]]; then
  # The app image once; every package type is made from it, so all carry the same trained cache.
  run_jpackage --type app-image @installer/app.args "${more[@]}" "${app_inputs[@]}" \
    --icon installer/icons/jt-console-256.png --dest "$OUT/image"
  image=$(find "$OUT/image" -mindepth 1 -maxdepth 1 -type d | head -1)
  cfg=$(find "$image/lib/app" -maxdepth 1 -name '*.cfg' | head -1)
  [[ -f "$cfg" ]] && grep -qx '\[JavaOptions\]' "$cfg" || fail "no [JavaOptions] in the launcher's .cfg of $image"
  if [[ $aot == 1 ]]; then
    status=0
    bash installer/train-aot.sh "$image" "$image/lib/app/jt-console.aot" || status=$?
    if [[ $status == 0 ]]; then
      # The launcher reads its JVM options from this file; $APPDIR is the installed lib/app.
      sed -i 's/^\[JavaOptions\]$/[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR\/jt-console.aot/' "$cfg"
      grep -q 'AOTCache=' "$cfg" || fail "could not add -XX:AOTCache to $cfg"
    elif [[ $status == 3 ]]; then
      echo "installer: WARNING: packaging WITHOUT an AOT cache (and without a CDS archive): the installed console starts about twice as slowly" >&2
    else
      fail "the training run for the AOT cache failed (see above)"
    fi
  fi
  for t in "${types[@]}"; do
    run_jpackage --type "$t" --app-image "$image" @installer/package.args @installer/linux.args @installer/$t.args \
      --app-version "$APP_VERSION" --dest "$OUT"
  done
elif [[ $OS == macos ]]; then
  [[ -f installer/icons/jt-console.icns ]] || fail "run installer/icons/make-icns.sh on this Mac first"
  run_jpackage --type dmg @installer/app.args @installer/package.args @installer/macos.args "${more[@]}" "${app_inputs[@]}" --dest "$OUT"
else
  run_jpackage --type msi @installer/app.args @installer/package.args @installer/windows.args "${more[@]}" "${app_inputs[@]}" --dest "$OUT"
fi
ls -l "$OUT"/*.deb "$OUT"/*.rpm "$OUT"/*.msi "$OUT"/*.dmg 2>/dev/null || true
