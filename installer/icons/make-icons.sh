#!/usr/bin/env bash
# Draws the JT Console icon set with ImageMagick (`convert`): a blue rounded square with a white
# handset and "JT". Run it again after changing the drawing; the outputs are committed so the
# installer build needs no ImageMagick.
#   jt-console-{256,128,64,48,32}.png  Linux (jpackage --icon takes the 256 one) and the sources of the rest
#   jt-console.ico                     Windows (all sizes in one file)
# macOS wants an .icns: on a Mac, run `installer/icons/make-icns.sh` (uses `iconutil`).
set -euo pipefail
cd "$(dirname "$0")"

FONT=DejaVu-Sans-Bold
convert -size 1024x1024 xc:none \
  -fill '#0b5cad' -draw 'roundrectangle 32,32 992,992 200,200' \
  -fill '#1f7ae0' -draw 'roundrectangle 32,32 992,560 200,200' \
  -fill '#1f7ae0' -draw 'rectangle 32,360 992,560' \
  -fill white -font "$FONT" -pointsize 420 -gravity center -annotate +0+150 'JT' \
  -stroke white -strokewidth 70 -fill none \
  -draw 'path "M 300,330 Q 512,150 724,330"' \
  -stroke none -fill white \
  -draw 'roundrectangle 230,300 380,400 40,40' \
  -draw 'roundrectangle 644,300 794,400 40,40' \
  master.png

for s in 256 128 64 48 32; do
  convert master.png -resize "${s}x${s}" -strip "jt-console-$s.png"
done
convert jt-console-256.png jt-console-128.png jt-console-64.png jt-console-48.png jt-console-32.png jt-console.ico
rm master.png
