#!/usr/bin/env bash
# Checks the packaged launcher: with no display at all it must answer --version with the pom's
# version (so the runtime image holds every module the command line needs). Also prints the sizes
# that docs/benchmarks.md records.
#
#   packaging/check-image.sh [APP_IMAGE]      (default target/installer/Masthead)
set -euo pipefail
cd "$(dirname "$0")/.."

image=${1:-target/installer/Masthead}
launcher=$image/bin/Masthead
if [[ ! -x $launcher ]]; then
  echo "check-image: no launcher at $launcher; build it with: mvn -P installer package -DskipTests" >&2
  exit 2
fi

# The project's own version is the first two-space-indented <version> of the pom (no parent).
expected="Masthead $(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
actual=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 "$launcher" --version 2>&1) || {
  echo "check-image: $launcher --version failed: $actual" >&2
  exit 1
}
if [[ $actual != "$expected" ]]; then
  echo "check-image: $launcher --version said '$actual', expected '$expected'" >&2
  exit 1
fi

echo "check-image: $launcher --version: $actual (no display)"
echo "check-image: runtime $(du -sh "$image/lib/runtime" | cut -f1), app image $(du -sh "$image" | cut -f1)"
