#!/usr/bin/env bash
# Serving benchmark: wrk against `serve` on a graph made by `crmgraph bench`.
#   src/bench/serve-bench.sh /tmp/b100        (the --work folder of `bench --cards 100000`)
# Needs wrk, curl and python3. Prints start-up and quiz warm-up, then wrk runs at 32 connections:
# concept pages in the first seconds of load (the JIT still compiling), then, after 50 s of warm-up
# at 4 connections (pages, quiz items, searches for other names), every concept page, 500 pages
# again and again, searches nobody made before, 500 searches again and again, quiz items, and
# how two random concepts are connected (after 30 s of other pairs at 4 connections: its first 10 s at
# 32 connections, then new pairs again once it has settled).
# JAVA_OPTS (default -Xmx2g) go to the server; SERVE_LOG=FILE keeps its log; READY_ONLY=yes stops after
# the readiness figures (start-up, quiz items ready, and both counted from the process start), after
# SETTLE seconds more (default 0: the first start on a graph stores its quiz items in that time).
set -euo pipefail
work=${1:?usage: serve-bench.sh WORK_DIR_OF_BENCH}
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../../target/crmgraph.jar}
port=${PORT:-7070}
corpus=$(ls -d "$work"/corpus-* | head -n 1)
tmp=$(mktemp -d)
# Stopping waits for the server to be gone: its last act is to write the class archive the next
# start reads, and a next run started at once would find none.
stop() {
  local pid
  pid=$(cat "$tmp/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
trap 'stop; cp "$tmp/serve.log" "${SERVE_LOG:-/dev/null}" 2>/dev/null; rm -rf "$tmp"' EXIT

# The request lists are made from an export of the graph, which a readiness-only run does not need.
if [ "${READY_ONLY:-no}" != yes ]; then
java -jar "$jar" export --data "$work/data" --out "$tmp/graph.json" > /dev/null
python3 - "$tmp" <<'PY'
import json, random, sys, urllib.parse
tmp = sys.argv[1]
concepts = json.load(open(f"{tmp}/graph.json"))["concepts"]
random.seed(7)
ids = [c["id"] for c in concepts]
random.shuffle(ids)
def typed(names):
    """What students type on their way to these names: the name with its last word cut short, at
    every length from three letters (distinct searches, so a cold run never comes round to cached
    answers)."""
    out = set()
    for name in names:
        words = name.lower().split()
        for n in range(3, max(4, len(words[-1]))):
            out.add(" ".join(words[:-1] + [words[-1][:n]]))
    out = sorted(out)
    random.shuffle(out)
    return out
names = sorted({c["name"] for c in concepts})
random.shuffle(names)
half = len(names) // 2
queries_jit = typed(names[half:])
queries = [q for q in typed(names[:half]) if q not in set(queries_jit)]
def write(name, paths):
    open(f"{tmp}/{name}", "w").write("\n".join(paths) + "\n")
write("concepts", ["/concepts/" + i for i in ids])
write("concepts-warm", ["/concepts/" + i for i in ids[:500]])
write("search-jit", ["/?q=" + urllib.parse.quote_plus(q) for q in queries_jit])
write("search", ["/?q=" + urllib.parse.quote_plus(q) for q in queries])
write("search-warm", ["/?q=" + urllib.parse.quote_plus(q) for q in queries[:500]])
write("quiz", ["/api/quiz/items?limit=10&concept=" + i for i in ids])
pairs = [(random.choice(ids), random.choice(ids)) for _ in range(60000)]
write("connect-warm", [f"/api/connect?from={a}&to={b}" for a, b in pairs[:20000]])
write("connect", [f"/api/connect?from={a}&to={b}" for a, b in pairs[20000:40000]])
write("connect-settled", [f"/api/connect?from={a}&to={b}" for a, b in pairs[40000:]])
PY
fi

start=$(date +%s.%N)
java ${JAVA_OPTS:--Xmx2g} -jar "$jar" serve --notes "$corpus" --data "$work/data" --port "$port" > "$tmp/serve.log" 2>&1 &
echo $! > "$tmp/pid"
until grep -qs "is serving" "$tmp/serve.log"; do sleep 0.2; done
echo "start-up: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
ready=$(date +%s.%N)
# Until the first items are made the quiz answers 503 with Retry-After.
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/quiz/items?limit=1")" = 200 ]; do sleep 0.2; done
now=$(date +%s.%N)
echo "quiz items ready after a further $(awk "BEGIN { printf \"%.1f\", $now - $ready }") s"
echo "first quiz item served $(awk "BEGIN { printf \"%.1f\", $now - $start }") s after the process started"
if [ "${READY_ONLY:-no}" = yes ]; then sleep "${SETTLE:-0}"; exit 0; fi
sleep 10

run() {
  echo "== $1"
  wc -l < "$tmp/$2" | xargs printf '   (%s different paths)\n'
  PATHS="$tmp/$2" wrk -t2 -c32 -d"$3" --latency -s "$here/rotate.lua" "http://127.0.0.1:$port" \
    | grep -E "Requests/sec|  (50|90|99)%|requests in|Socket errors"
}
warm() { PATHS="$tmp/$1" wrk -t2 -c"${3:-4}" -d"$2" -s "$here/rotate.lua" "http://127.0.0.1:$port" > /dev/null; }
run "concept page, first 8 s of load (JIT compiling)" concepts 8s
# The JIT's compiler threads get an equal share of the CPU with every busy request thread: at 32
# connections on two cores compiling the hot paths took minutes (the server then served 1,300 cached
# pages a second instead of 15,000). Warming up at 4 connections leaves the compiler a fair share.
# These searches are for the other half of the names.
warm concepts 20s
warm search-jit 20s
warm quiz 10s
run "concept page, every page" concepts 10s
run "concept page, 500 pages again and again" concepts-warm 10s
run "search, nobody searched this before" search 10s
run "search, 500 searches again and again" search-warm 10s
run "quiz items for a concept" quiz 10s
# The search runs Neo4j code no other request runs: measured after 10 s of it, three runs in a row
# went p99 143, 132, 105 ms as the JIT compiled it. 30 s gives it the warm-up pages and searches get.
warm connect-warm 30s
run "how two random concepts are connected (/api/connect), new pairs, first 10 s at 32 connections" connect 10s
# Still warming then: after the 32 connections' first 10 s, the next runs went 444 → 749 → 916 and
# 542 → 801 → 1,187 requests a second; so new pairs are measured again after 20 s more of them.
warm connect-warm 20s 32
run "how two random concepts are connected (/api/connect), new pairs, settled" connect-settled 10s
