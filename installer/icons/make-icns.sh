#!/usr/bin/env bash
# macOS only (untested here, written for a Mac): builds jt-console.icns from the committed PNGs
# with Apple's `iconutil`. Run it once on a Mac and commit the .icns; installer/build.sh uses it
# when present.
set -euo pipefail
cd "$(dirname "$0")"
set_dir=jt-console.iconset
rm -rf "$set_dir" && mkdir "$set_dir"
cp jt-console-32.png "$set_dir/icon_16x16@2x.png"
cp jt-console-32.png "$set_dir/icon_32x32.png"
cp jt-console-64.png "$set_dir/icon_32x32@2x.png"
cp jt-console-128.png "$set_dir/icon_128x128.png"
cp jt-console-256.png "$set_dir/icon_128x128@2x.png"
cp jt-console-256.png "$set_dir/icon_256x256.png"
sips -z 16 16 jt-console-32.png --out "$set_dir/icon_16x16.png" >/dev/null
iconutil -c icns "$set_dir" -o jt-console.icns
rm -rf "$set_dir"
