#!/usr/bin/env bash
# CI check of the Linux .rpm, built on this Debian machine by `mvn -Pinstaller package` when
# rpmbuild exists: it cannot be installed here, so this reads it with `rpm -qp` instead: the
# launcher, the app, the trimmed runtime, the AOT cache when the build made one, the menu entry with
# its tel:/callto: handler, and the Fedora/RHEL names of the libraries it needs.
# Fails (non-zero) with an "installer FAILED" line when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "== installer (rpm): $*"; }
fail() { echo "!! installer FAILED: $*" >&2; exit 1; }

rpm=$(ls -t target/installer/jt-console-*.rpm 2>/dev/null | head -1 || true)
[ -n "$rpm" ] || fail "no .rpm in target/installer (is rpmbuild installed? apt-get install rpm)"
command -v rpm >/dev/null || fail "the rpm tool is needed to read $rpm"
step "package $rpm ($(du -h "$rpm" | cut -f1))"

files=$(rpm -qlp "$rpm" 2>/dev/null)
expect_file() {
  grep -qxF "$1" <<< "$files" || fail "$rpm lacks $1"
}
expect_file "/opt/jt-console/bin/JT Console"
expect_file "/opt/jt-console/lib/app/jt-console.jar"
expect_file "/opt/jt-console/lib/app/JT Console.cfg"
expect_file "/opt/jt-console/lib/runtime/lib/server/libjvm.so"
desktop=$(grep '\.desktop$' <<< "$files" | head -1)
[ -n "$desktop" ] || fail "$rpm has no .desktop menu entry"

# The package's own files, unpacked in a temporary folder (never installed).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# rpm2archive (part of rpm) turns the payload into a tar: no cpio needed.
rpm2archive - < "$rpm" | tar -xzf - -C "$work"
grep -q '^MimeType=.*x-scheme-handler/tel;' "$work$desktop" || fail "$desktop does not declare the tel: handler"
grep -q 'x-scheme-handler/callto;' "$work$desktop" || fail "$desktop does not declare the callto: handler"
grep -q '^Exec=.* %u$' "$work$desktop" || fail "$desktop does not pass the link to the console (%u)"

if grep -q 'AOTCache=' "$work/opt/jt-console/lib/app/JT Console.cfg"; then
  expect_file "/opt/jt-console/lib/app/jt-console.aot"
  step "AOT cache included"
else
  step "no AOT cache in this build (JDK < 25 or no Xvfb when it was built)"
fi

requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
for dep in gtk3 mesa-libGL fontconfig alsa-lib; do
  grep -qw "$dep" <<< "$requires" || fail "$rpm does not require $dep"
done
step "$(wc -l <<< "$files") files, requires gtk3, mesa-libGL, fontconfig, alsa-lib; menu entry handles tel: and callto: ok"
