#!/usr/bin/env bash
# Redraws the Masthead icon in every format the installers need. The icons are committed, so this
# only runs when the design changes. Needs ImageMagick (convert) and icnsutils (png2icns):
#   apt-get install -y imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A bold white "M" above a thin rule (a newspaper masthead) on a blue rounded square.
convert -size 1024x1024 xc:none \
  -fill '#1d4e89' -draw 'roundrectangle 48,48 975,975 190,190' \
  -fill white -font DejaVu-Sans-Bold -pointsize 640 -gravity center -annotate +0-40 'M' \
  -fill '#f2b134' -draw 'roundrectangle 230,790 793,840 25,25' \
  "$work/master.png"

convert "$work/master.png" -resize 512x512 -depth 8 -strip masthead.png

for size in 16 32 48 64 128 256; do
  convert "$work/master.png" -resize ${size}x${size} "$work/icon-$size.png"
done
convert "$work"/icon-{16,32,48,64,128,256}.png masthead.ico

# png2icns takes only the sizes Apple defines; each becomes one entry of the .icns.
for size in 16 32 128 256 512; do
  convert "$work/master.png" -resize ${size}x${size} "$work/mac-$size.png"
done
png2icns masthead.icns "$work"/mac-{16,32,128,256,512}.png >/dev/null
