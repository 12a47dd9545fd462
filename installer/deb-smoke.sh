#!/usr/bin/env bash
# CI check of the Linux package: installs target/installer/jt-console_*.deb with apt-get as a user
# would, runs the installed launcher with --version and --self-test, then purges the package.
# Fails (non-zero) with a clear line when the package does not install, start or uninstall.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
step() { echo "== installer: $*"; }
fail() { echo "!! installer FAILED: $*" >&2; exit 1; }

deb=$(ls -t target/installer/jt-console_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || fail "no .deb in target/installer (did mvn -Pinstaller package run?)"
step "package $deb ($(du -h "$deb" | cut -f1))"

installed=0
cleanup() {
  if [ "$installed" = 1 ]; then $SUDO dpkg --purge jt-console >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# As the README tells users: apt-get installs the local file and fetches what it depends on from the
# distribution (dpkg -i would stop at a missing dependency such as xdg-utils). The package lists are
# refreshed, once, only when they are too old to resolve those dependencies.
install_deb() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(realpath "$deb")" >/dev/null; }
if ! install_deb; then
  step "refreshing the package lists to resolve the package's dependencies"
  $SUDO apt-get update -qq && install_deb || fail "apt-get install $deb"
fi
installed=1
launcher=$(dpkg -L jt-console | grep '/bin/' | grep -v '/runtime/' | head -1)
[ -x "$launcher" ] || fail "no launcher among the package's files"
desktop=$(dpkg -L jt-console | grep '\.desktop$' | head -1)
grep -q 'x-scheme-handler/tel' "$desktop" || fail "$desktop does not declare the tel: handler"
step "launcher $launcher"

version=$(cd / && "$launcher" --version) || fail "the installed launcher did not answer --version"
echo "$version"
echo "$version" | grep -q '^JT Console [0-9]' || fail "unexpected --version output: $version"

# The AOT cache was trained in the build's app image; installed elsewhere it must still be used.
# -XX:AOTMode=on makes the JVM refuse to start rather than silently run without it.
cfg=$(dpkg -L jt-console | grep '/lib/app/.*\.cfg$' | head -1)
if grep -q 'AOTCache=' "$cfg"; then
  (cd / && JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version >/dev/null 2>&1) \
    || fail "the installed console cannot use its AOT cache (run it with JAVA_TOOL_OPTIONS=-XX:AOTMode=on to see why)"
  step "AOT cache $(dpkg -L jt-console | grep '\.aot$') is used"
else
  step "no AOT cache in this package (JDK < 25 or no Xvfb when it was built)"
fi

selftest=$(cd / && timeout 120 "$launcher" --self-test 2>&1) || { echo "$selftest" >&2; fail "the installed console failed --self-test"; }
echo "$selftest"
echo "$selftest" | grep -qx 'self-test ok' || fail "--self-test did not say ok"

$SUDO dpkg --purge jt-console >/dev/null || fail "dpkg --purge jt-console"
installed=0
[ ! -e "$launcher" ] || fail "$launcher is still there after dpkg -r"
step "installed, started (--version, --self-test) and removed: ok"
