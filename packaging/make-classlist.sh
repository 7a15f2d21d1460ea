#!/usr/bin/env bash
# Regenerates packaging/cds/masthead.classlist, the classes Masthead loads from launch until the
# first article of samples/ is shown in the editor and preview. The Linux installer turns this list
# into a class data sharing archive (lib/app/masthead.jsa), which cuts the CPU time to the first
# painted window by about a fifth. A stale list still works (classes no longer there are skipped,
# new ones load as usual), so rerun this only after large UI changes.
#
#   Xvfb :98 -screen 0 1600x1000x24 &
#   mvn -P installer package -DskipTests
#   DISPLAY=:98 packaging/make-classlist.sh
#
# Needs an X display, xdotool and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DISPLAY:?set DISPLAY to an X server, e.g. Xvfb :98}"

image=${1:-target/installer/Masthead}
out=packaging/cds/masthead.classlist
prefs=$(mktemp -d)
trap 'rm -rf "$prefs" "$out.tmp"' EXIT

# The image's own runtime, so the list names exactly the JDK classes the archive can hold; a
# throwaway preferences folder, so the training run neither reads nor changes the user's.
"$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$out.tmp" \
  -Djava.util.prefs.userRoot="$prefs" \
  -cp "$image/lib/app/masthead.jar" org.masthead.App open samples >/dev/null 2>&1 &
pid=$!

window=
for _ in $(seq 600); do
  window=$(xdotool search --onlyvisible --name 'Masthead$' 2>/dev/null | head -1 || true)
  if [[ -n $window ]]; then
    darkest=$(import -window "$window" -crop 190x12+5+84 +repage -format '%[fx:minima]' info: 2>/dev/null || echo 1)
    awk -v d="$darkest" 'BEGIN { exit !(d < 0.5) }' && break
  fi
  sleep 0.1
done
if [[ -z $window ]]; then
  kill "$pid" 2>/dev/null || true
  echo "make-classlist: the window never showed the article list" >&2
  exit 1
fi

# Open the first article so the editor, form and preview classes are listed too.
xdotool mousemove --window "$window" 100 90 click 1
sleep 8
xdotool key --window "$window" ctrl+q 2>/dev/null || true
for _ in $(seq 100); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

mv "$out.tmp" "$out"
echo "wrote $out: $(grep -vc '^#' "$out") entries"
