#!/usr/bin/env bash
# Times `masthead list` against Hugo's `hugo list all` and plain `cat` (the floor) on synthetic
# reference-format folders of 10,000 and 100,000 articles, whole process, with peak RSS.
#
# Usage: bench/list-bench.sh [WORKDIR] [RUNS]
#   WORKDIR  where the folders are generated (default /tmp/masthead-bench); kept between runs
#   RUNS     timed runs per command, the median is reported (default 3)
# Needs: a built jar (mvn -B package -DskipTests), GNU time (/usr/bin/time), hugo (apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/masthead-bench}
RUNS=${2:-3}
JAR=target/masthead.jar
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
mvn -q -B -o test-compile
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
HUGO=$(command -v hugo || true)

for n in 10000 100000; do
    d=$WORK/a$n
    if [ ! -f "$d/.complete" ]; then
        rm -rf "$d"
        java -cp target/classes:target/test-classes org.masthead.bench.GenerateArticles "$d/content" "$n"
        printf 'baseURL = "https://example.org/"\ntitle = "bench"\n' > "$d/hugo.toml"
        touch "$d/.complete"
    fi
done

# Runs a command RUNS times; prints "best_s median_s cpu_s peak_rss_mb": best and median wall
# time, the CPU time (user + system) of the median run, and the highest peak RSS. The machine may be
# shared, so the best run is the fairest figure and CPU time shows the work done.
measure() {
    local rows=() rss=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$WORK/time.txt" -f "%e %U %S %M" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" || true
        read -r t u sy kb < <(tail -1 "$WORK/time.txt")
        rows+=("$t $(echo "$u + $sy" | bc)")
        (( kb > rss )) && rss=$kb
    done
    local best median
    best=$(printf '%s\n' "${rows[@]}" | sort -n | head -1 | cut -d' ' -f1)
    median=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
    echo "$best $median $(( rss / 1024 ))"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| articles | MB | command | best s | median s | CPU s | peak RSS MB |\n|---:|---:|---|---:|---:|---:|---:|\n'
for n in 10000 100000; do
    d=$WORK/a$n
    mb=$(du -sm --apparent-size "$d/content" | cut -f1)
    find "$d/content" -name '*.md' -print0 | xargs -0 cat > /dev/null   # warm the page cache for everyone
    read -r b s c m < <(measure sh -c "find '$d/content' -name '*.md' -print0 | xargs -0 cat")
    printf '| %d | %d | cat of every file | %s | %s | %s | %s |\n' "$n" "$mb" "$b" "$s" "$c" "$m"
    read -r b s c m < <(measure java -Xmx512m -jar "$JAR" list "$d/content")
    printf '| %d | %d | masthead list (text) | %s | %s | %s | %s |\n' "$n" "$mb" "$b" "$s" "$c" "$m"
    read -r b s c m < <(measure java -Xmx512m -jar "$JAR" list "$d/content" --format json)
    printf '| %d | %d | masthead list --format json | %s | %s | %s | %s |\n' "$n" "$mb" "$b" "$s" "$c" "$m"
    if [ -n "$HUGO" ]; then
        read -r b s c m < <(measure "$HUGO" list all --source "$d")
        printf '| %d | %d | hugo list all | %s | %s | %s | %s |\n' "$n" "$mb" "$b" "$s" "$c" "$m"
    else
        printf '| %d | %d | hugo list all | not installed | | | |\n' "$n" "$mb"
    fi
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows: $(java -Xmx512m -jar "$JAR" list "$WORK/a10000/content" | wc -l) (10k folder)," \
     "hugo $( [ -n "$HUGO" ] && "$HUGO" version | cut -d' ' -f1-2 ), $(java -version 2>&1 | head -1), $(nproc) cores"
