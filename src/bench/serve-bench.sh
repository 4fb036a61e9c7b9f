#!/usr/bin/env bash
# Serving benchmark: wrk against `serve` on a graph made by `crmgraph bench`.
#   src/bench/serve-bench.sh /tmp/b100        (the --work folder of `bench --cards 100000`)
# Needs wrk, curl and python3. Prints start-up, quiz warm-up, then wrk runs: cold (every request a
# page not asked for before) and warm (500 pages asked again and again), for concept pages, search
# and quiz items.
set -euo pipefail
work=${1:?usage: serve-bench.sh WORK_DIR_OF_BENCH}
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../../target/crmgraph.jar}
port=${PORT:-7070}
corpus=$(ls -d "$work"/corpus-* | head -n 1)
tmp=$(mktemp -d)
trap 'kill $(cat "$tmp/pid" 2>/dev/null) 2>/dev/null || true; cp "$tmp/serve.log" "${SERVE_LOG:-/dev/null}" 2>/dev/null; rm -rf "$tmp"' EXIT

java -jar "$jar" export --data "$work/data" --out "$tmp/graph.json" > /dev/null
python3 - "$tmp" <<'PY'
import json, random, sys, urllib.parse
tmp = sys.argv[1]
concepts = json.load(open(f"{tmp}/graph.json"))["concepts"]
random.seed(7)
ids = [c["id"] for c in concepts]
random.shuffle(ids)
queries = set()
for c in concepts:  # what a student types: the name with its last word cut short
    words = c["name"].lower().split()
    last = words[-1][:max(3, len(words[-1]) - 2)]
    queries.add(" ".join(words[:-1] + [last]))
queries = sorted(queries)
random.shuffle(queries)
def write(name, paths):
    open(f"{tmp}/{name}", "w").write("\n".join(paths) + "\n")
write("concepts", ["/concepts/" + i for i in ids])
write("concepts-warm", ["/concepts/" + i for i in ids[:500]])
write("search", ["/?q=" + urllib.parse.quote_plus(q) for q in queries])
write("search-warm", ["/?q=" + urllib.parse.quote_plus(q) for q in queries[:500]])
write("quiz", ["/api/quiz/items?limit=10&concept=" + i for i in ids])
PY

start=$(date +%s.%N)
java ${JAVA_OPTS:--Xmx2g} -jar "$jar" serve --notes "$corpus" --data "$work/data" --port "$port" > "$tmp/serve.log" 2>&1 &
echo $! > "$tmp/pid"
until grep -q "is serving" "$tmp/serve.log"; do sleep 0.2; done
echo "start-up: $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s"
ready=$(date +%s.%N)
# Until the first items are made the quiz answers 503 with Retry-After.
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/quiz/items?limit=1")" = 200 ]; do sleep 1; done
echo "quiz items ready after a further $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $ready }") s"
sleep 10

run() {
  echo "== $1"
  PATHS="$tmp/$2" wrk -t2 -c32 -d"$3" --latency -s "$here/rotate.lua" "http://127.0.0.1:$port" \
    | grep -E "Requests/sec|  (50|90|99)%|requests in|Socket errors"
}
warm() { PATHS="$tmp/$1" wrk -t2 -c32 -d5s -s "$here/rotate.lua" "http://127.0.0.1:$port" > /dev/null; }
run "concept page, cold" concepts 8s
warm concepts-warm
run "concept page, warm (500 pages)" concepts-warm 20s
run "search, cold" search 10s
warm search-warm
run "search, warm (500 searches)" search-warm 20s
run "quiz items for a concept" quiz 20s
