#!/usr/bin/env bash
# Load benchmark of `menagerie serve` with wrk (Debian package `wrk`): 60 s at 32 connections each on searches, case
# pages and POST /api/v1/check (real claim texts), reporting p50/p99, req/s, socket errors, timeouts (no answer within
# 2 s, wrk's default) and non-2xx answers with 503 (shed at capacity) counted apart from the rest.
#
#   bench/load.sh [--loaded] [--url BASE] [--out DIR] [--duration 60s] [--connections 32] [--port 7171] [-- ARGS...]
#
# By default it starts `./menagerie ARGS... serve --port PORT` (embedded back ends; pass `--workspace DIR` in ARGS, and
# cluster settings through the workspace's menagerie.properties or MENAGERIE_* environment variables) and stops it at
# the end; with --url it loads a server that is already running instead. It refuses to start while the 1-minute load
# average is 2 or more, since figures from a busy machine say little; --loaded runs anyway and says so in the results.
# Every request goes to 127.0.0.1 unless --url names another loopback address.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
loaded=0; url=""; out=""; duration=60s; conns=32; port=7171; threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --loaded) loaded=1 ;;
    --url) url="$2"; shift ;;
    --out) out="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --connections) conns="$2"; shift ;;
    --port) port="$2"; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
load1=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$load1" 'BEGIN { exit !(l >= 2) }'; then
  if [ "$loaded" = 0 ]; then
    echo "the 1-minute load average is $load1 (2 or more): figures would mostly measure the other work on this machine." >&2
    echo "Run on a quiet machine, or pass --loaded to measure anyway (the results then say so)." >&2
    exit 3
  fi
fi
out="${out:-$here/target/bench-load-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
results="$out/results.txt"
export BENCH_LUA="$here/bench"

server=""
if [ -z "$url" ]; then
  url="http://127.0.0.1:$port"
  # exec: $server is the JVM itself, so that the trap stops it.
  (cd "$here" && exec ./menagerie "$@" serve --port "$port" --check-limit 100000000) > "$out/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do curl -sf "$url/health" >/dev/null && break; kill -0 $server 2>/dev/null || break; sleep 1; done
fi
curl -sf "$url/health" > "$out/health.json" || { echo "the server at $url is not healthy; see $out/serve.log" >&2; exit 1; }

ids=$(curl -sf "$url/api/v1/cases?size=20&q=nato" | grep -o '"id":"[^"]*"' | head -20 | cut -d'"' -f4 | tr '\n' ' ')
case_paths=""; for id in $ids; do case_paths="$case_paths /en/cases/$id"; done
search_paths="/api/v1/cases?q=nato /en/cases?q=vaccine /cases?q=ucraina /api/v1/cases?q=election&verdict=FALSE /en/cases?q=biolabs+ukraine"

{
  date -u +"started %Y-%m-%dT%H:%M:%SZ on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "target $url; $conns connections, $duration per run, $threads wrk threads; cases: $(grep -o '"cases":[0-9]*' "$out/health.json" | cut -d: -f2)"
  echo "back ends: $(grep -o '"kind":"[^"]*"' "$out/health.json" | cut -d'"' -f4 | paste -sd' ' -) (store index queue)"
  if [ "$loaded" = 1 ]; then
    echo "LOADED MACHINE: started with --loaded at 1-minute load average $load1; figures are not from a quiet machine"
  fi
} | tee "$results"

run() { # name, then wrk arguments
  local name="$1"; shift
  echo "== $name (load average before: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$results"
  wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" > "$out/$name.txt" 2>&1 || true
  grep RESULT "$out/$name.txt" | sed "s/^RESULT/$name/" | tee -a "$results"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
}
PATHS="$search_paths" run search -s "$here/bench/paths.lua" "$url"
PATHS="${case_paths:-/en/cases}" run cases -s "$here/bench/paths.lua" "$url"
run check -s "$here/bench/check.lua" "$url/api/v1/check"
curl -sf "$url/metrics" > "$out/metrics.txt" || true
grep '^menagerie_http_shed_total' "$out/metrics.txt" | tee -a "$results" || true
echo "results in $results"
