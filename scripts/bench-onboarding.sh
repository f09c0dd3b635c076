#!/usr/bin/env bash
# Onboarding speed benchmark: POST /api/v1/customers (create + screen + decide) driven by wrk over loopback.
#
# Starts the service the way `tollgate demo` does — a fresh embedded PostgreSQL in a temporary directory, the real
# lists from ../shared/data, a provider with a fixed integration key generated here — then runs wrk with
# scripts/bench-onboarding.lua (distinct, realistic customers; one in five an organisation with beneficial owners):
# a warm-up run, then the measured run (or --rounds of them, back to back, to see whether the cost of a create grows
# with the database). Prints throughput, latency percentiles and the load average before and after,
# then stops the service and deletes the temporary directory. Traffic goes to 127.0.0.1 only; every run is bounded
# by its duration.
#
#   scripts/bench-onboarding.sh [--duration 30s] [--warmup 120s] [--connections 8] [--threads 2] [--port 18080] [--rounds 1]
#
# Needs wrk (Debian: apt-get install wrk). Targets: p99 <= 50 ms and >= 300 requests/s on 2 cores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=30s
warmup=120s
connections=8
threads=2
port=18080
rounds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench-onboarding: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench-onboarding: wrk not found (apt-get install wrk)" >&2; exit 3; }
[ -d "$root/../shared/data" ] || { echo "bench-onboarding: ../shared/data not found beside the repository" >&2; exit 3; }

work="$(mktemp -d "${TMPDIR:-/tmp}/tollgate-bench.XXXXXX")"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# a key of the Tollgate shape (tg_ + 43 URL-safe base64 characters), registered by the demo setup
key="tg_$(head -c32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"

echo "== starting the service on 127.0.0.1:$port (embedded database in a temporary directory)"
(cd "$root" && exec ./tollgate demo --data-dir "$work" --port "$port" --api-key "$key") >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  grep -q 'Tollgate demo ready' "$work/service.log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { echo "bench-onboarding: the service stopped:" >&2; tail -n 40 "$work/service.log" >&2; exit 1; }
  sleep 1
done
grep -q 'Tollgate demo ready' "$work/service.log" || { echo "bench-onboarding: the service did not start in 15 minutes" >&2; exit 1; }
grep -E 'ready in|Customers:' "$work/service.log" | head -n 1

# CPU seconds used so far by the service and everything it started (the embedded PostgreSQL and its backends):
# the CPU cost per request does not depend on how busy the machine is, the wall-clock numbers do
tree_cpu() {
  local pids="$1" all="" next
  while [ -n "$pids" ]; do
    all="$all $pids"
    next=""
    for p in $pids; do next="$next $(cat /proc/"$p"/task/*/children 2>/dev/null)"; done
    pids="$(echo $next)"
  done
  local ticks=0 t
  for p in $all; do
    t=$(awk '{print $14 + $15}' /proc/"$p"/stat 2>/dev/null || echo 0)
    ticks=$((ticks + t))
  done
  echo "$ticks $(getconf CLK_TCK)" | awk '{printf "%.2f", $1 / $2}'
}

url="http://127.0.0.1:$port/api/v1/customers"
lua="$root/scripts/bench-onboarding.lua"
echo "== warm-up: $warmup, $connections connections, $threads threads"
wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$lua" "$url" -- "$key" 0 "$threads" | grep -E '^(requests|latency|  Non-2xx)' || true
postmaster=$(head -n 1 "$work/pgdata/postmaster.pid")
pgport=$(sed -n 4p "$work/pgdata/postmaster.pid")
# how many customers the database holds (does the cost of a create grow with it?); needs psql, else "n/a"
customers() {
  if command -v psql >/dev/null; then
    psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -Atc 'SELECT count(*) FROM customer' 2>/dev/null || echo n/a
  else
    echo n/a
  fi
}
for round in $(seq 1 "$rounds"); do
  label="measured run"
  [ "$rounds" -gt 1 ] && label="measured run $round of $rounds"
  echo "== load before the $label: $(uptime | sed 's/.*load average/load average/')"
  echo "== $label: $duration, $connections connections, $threads threads, POST $url"
  echo "== customers in the database: $(customers)"
  cpu_before=$(tree_cpu "$pid $postmaster")
  # each round starts at its own customer number, so its names are new (they repeat after 288,000)
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$lua" "$url" \
    -- "$key" $((100000 + (round - 1) * 40000)) "$threads" | tee "$work/wrk.txt"
  cpu_after=$(tree_cpu "$pid $postmaster")
  echo "== load after: $(uptime | sed 's/.*load average/load average/')"
  requests=$(awk '/^requests:/ {print $2}' "$work/wrk.txt")
  awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN {
    cpu = b - a; ms = n > 0 ? 1000 * cpu / n : 0
    printf "== CPU of the service and its database during the run: %.1f s for %d requests = %.2f ms per request", cpu, n, ms
    if (ms > 0) printf " (%.0f requests per CPU-second)", 1000 / ms
    printf "\n" }'
done
