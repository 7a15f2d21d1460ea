#!/usr/bin/env bash
# Time from launch to the first painted window that lists the folder's articles.
#
#   DISPLAY=:98 packaging/measure-startup.sh RUNS COMMAND [ARGS...]
#
# Polls the X server: first for a window named "...Masthead", then for dark (text) pixels in
# the first row of its article list. The app itself is not instrumented, so the figure is what a
# user sees. Needs an X display (Xvfb is fine), xdotool and ImageMagick's import. Prints each
# run and the medians in seconds: wall-clock time, and the CPU time (user + system, all threads)
# the process had used by then, which shifts much less when other work shares the machine.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 RUNS COMMAND [ARGS...]" >&2
  exit 2
fi
runs=$1
shift
: "${DISPLAY:?set DISPLAY to an X server, e.g. Xvfb :98}"

# The first list row sits about 85 px below the window's top-left corner (filter field and
# column header above it); 190x12 px of it hold the first title's text once the index is read.
row_crop=190x12+5+84
timeout_ns=$((60 * 1000000000))

once() {
  local start now window darkest pid cpu_ticks
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  while :; do
    now=$(date +%s%N)
    if ((now - start > timeout_ns)); then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      echo "timed out" >&2
      return 1
    fi
    window=$(xdotool search --onlyvisible --name 'Masthead$' 2>/dev/null | head -1 || true)
    if [[ -n $window ]]; then
      darkest=$(import -window "$window" -crop "$row_crop" +repage -format '%[fx:minima]' info: 2>/dev/null || echo 1)
      if awk -v d="$darkest" 'BEGIN { exit !(d < 0.5) }'; then
        cpu_ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
        break
      fi
    fi
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  awk -v ns=$((now - start)) -v ticks="$cpu_ticks" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f %.2f\n", ns / 1e9, ticks / hz }'
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

walls=()
cpus=()
for ((i = 1; i <= runs; i++)); do
  read -r wall cpu < <(once "$@") || continue
  echo "run $i: wall $wall s, cpu $cpu s"
  walls+=("$wall")
  cpus+=("$cpu")
  sleep 1
done
echo "median of ${#walls[@]}: wall $(printf '%s\n' "${walls[@]}" | median) s, cpu $(printf '%s\n' "${cpus[@]}" | median) s"
