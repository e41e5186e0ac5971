#!/usr/bin/env bash
# Load benchmark of a running `menagerie serve` on 127.0.0.1 with wrk (Debian package `wrk`).
#
#   bench/load.sh [OUTDIR]
#
# Environment: WORKSPACE (default: a fresh one under OUTDIR), PORT (7171), DURATION (60s), CONNECTIONS (32),
# THREADS (2), SOAK (600, seconds of the soak; 0 skips it), SHARED (../shared), VECTORS (false: keyword search only,
# so that a fresh workspace needs no hours of embedding on a small machine; true for hybrid search),
# IMPORT (1: import the whole shared catalog into a fresh workspace first).
# Every request goes to 127.0.0.1 only. Results: OUTDIR/results.txt (one RESULT line per run) and OUTDIR/soak.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/target/bench-load-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
port="${PORT:-7171}"
duration="${DURATION:-60s}"
conns="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
soak="${SOAK:-600}"
shared="${SHARED:-$here/../shared}"
ws="${WORKSPACE:-$out/workspace}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

jar="$here/target/menagerie.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
menagerie() { java -Xmx2g -jar "$jar" --workspace "$ws" "$@"; }

if [ "${IMPORT:-1}" = 1 ] && [ ! -e "$ws/store/catalog.mv.db" ]; then
  mkdir -p "$ws"
  printf 'demo=false\nsearch.vectors=%s\n' "${VECTORS:-false}" > "$ws/menagerie.properties"
  c="$shared/data/catalog"
  for spec in "euvsdisinfo $c/euvsdisinfo-2015-2017.csv" "euvsdisinfo $c/euvsdisinfo-cases-2015-2021.csv" \
      "snopes $c/snopes-vclaims.jsonl" "liar $c/liar/train.tsv" "liar $c/liar/valid.tsv" "liar $c/liar/test.tsv" \
      "rofact $c/rofact/train_data.tsv" "rofact $c/rofact/val_data.tsv"; do
    set -- $spec
    echo "import $1 $2" >&2
    menagerie import "$1" "$2" > "$out/import-$(basename "$2").log" 2>&1
  done
  menagerie reindex > "$out/reindex.log" 2>&1
fi

# java itself in the background (not a shell function), so that $server is the JVM and the trap stops it.
java -Xmx2g -jar "$jar" --workspace "$ws" serve --port "$port" --check-limit 100000000 > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 180); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
curl -sf "$base/health" > "$out/health.json" || { echo "the server did not come up; see $out/serve.log" >&2; exit 1; }

ids=$(curl -sf "$base/api/v1/cases?size=20&q=nato" | grep -o '"id":"[^"]*"' | head -20 | cut -d'"' -f4 | tr '\n' ' ')
case_paths=""; for id in $ids; do case_paths="$case_paths /en/cases/$id"; done
search_paths="/api/v1/cases?q=nato /en/cases?q=vaccine /cases?q=ucraina /api/v1/cases?q=election&verdict=FALSE /en/cases?q=biolabs+ukraine"

run() { # name, then wrk arguments
  local name="$1"; shift
  echo "== $name (load average: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/results.txt"
  wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" | tee "$out/$name.txt" | grep RESULT | sed "s/^/$name /" | tee -a "$out/results.txt"
}
date -u +"started %Y-%m-%dT%H:%M:%SZ on $(nproc) cores" >> "$out/results.txt"
PATHS="$search_paths" run search -s "$here/bench/paths.lua" "$base"
PATHS="${case_paths:-/en/cases}" run cases -s "$here/bench/paths.lua" "$base"
run check -s "$here/bench/check.lua" "$base/api/v1/check"

if [ "$soak" -gt 0 ]; then
  # Mixed traffic for SOAK seconds; RSS (from /proc) and heap (from /metrics) every 30 s. No growth trend is the target.
  echo -e "seconds\trss_kb\theap_used_bytes\tload1" > "$out/soak.tsv"
  PATHS="$search_paths $case_paths" wrk -t"$threads" -c"$conns" -d"${soak}s" -s "$here/bench/paths.lua" "$base" > "$out/soak-wrk.txt" &
  soaker=$!
  jvm=$server
  for ((t = 0; t <= soak; t += 30)); do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$jvm/status 2>/dev/null || echo NA)
    heap=$(curl -sf "$base/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"\}/ {print $2}')
    echo -e "$t\t$rss\t$heap\t$(cut -d' ' -f1 /proc/loadavg)" >> "$out/soak.tsv"
    sleep 30
  done
  wait $soaker || true
  grep RESULT "$out/soak-wrk.txt" | sed 's/^/soak /' >> "$out/results.txt"
fi
curl -sf "$base/metrics" > "$out/metrics.txt" || true
echo "results in $out/results.txt"
cat "$out/results.txt"
