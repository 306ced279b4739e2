#!/usr/bin/env bash
# Runs every benchmark in one go and writes results/latest.md + latest.png (about 30 minutes on 2 cores, idle).
#   benchmarks/run.sh               build (benchmarks and what it needs, never install), checks, JMH, report
#   SKIP_BUILD=1 benchmarks/run.sh  reuse the last build
#   MVN_ARGS='-o -Dmaven.repo.local=...' benchmarks/run.sh  extra Maven options for the build
#   ONLY='Paging|GetResponse' benchmarks/run.sh   only the benchmark classes matching (the report shows what ran)
#   PROFILE=1 benchmarks/run.sh     also record JFR profiles (locks and parks over 1 ms, allocation, CPU) with
#                                   JMH's stack profiler, of the 8-thread producers and the paging consumer, and
#                                   summarise them (results/profile-*.txt; the .jfr files stay in results/, ignored)
#   JMH_ARGS='-f 1 -i 3' benchmarks/run.sh  extra JMH options (they override the annotations)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/results
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests
fi
# the run takes a while: the forks load a copy of this build, so building the project meanwhile changes nothing here
SNAPSHOT="$(mktemp -d)"
trap 'rm -rf "$SNAPSHOT"' EXIT
cp -r benchmarks/target/classes "$SNAPSHOT/classes"
CP="$SNAPSHOT/classes"
IFS=: read -r -a DEPS < benchmarks/target/classpath.txt || true # no newline at its end
for jar in "${DEPS[@]}"; do
  if [[ "$jar" == "$PWD"/* ]]; then # a module of this build: copied, the rest comes from the Maven repository
    cp "$jar" "$SNAPSHOT/" && jar="$SNAPSHOT/$(basename "$jar")"
  fi
  CP="$CP:$jar"
done
# without nodelay the JDK HttpServer stub adds ~40 ms of delayed ACK to every request (BENCHMARKING.md)
JAVA=(java -Dsun.net.httpserver.nodelay=true -Xms1g -Xmx1g)
load() { cut -d' ' -f1-3 /proc/loadavg; }

{
  echo "cores=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)"
  echo "jdk=$(java -version 2>&1 | head -1 | sed -E 's/^(\S+) version "([^"]+)".*/\1 \2/')"
  echo "os=$(uname -sr)"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "loadStart=$(load)"
} > "$OUT/machine.properties"

echo "== checks: same request three ways, TCP connections for 10,000 sends"
"${JAVA[@]}" -cp "$CP" io.github.camelmartech.benchmarks.Checks "$OUT/checks.properties"

# one JMH run per class, so the load before each is on record; the report merges their JSON
JSONS=()
for bench in ProducerBenchmark CamelHopBenchmark PagingBenchmark GetResponseWalkBenchmark CallbackBenchmark; do
  if [[ -n "${ONLY:-}" && ! "$bench" =~ ${ONLY} ]]; then
    continue
  fi
  echo "== JMH $bench (-prof gc, CPU time per op); load $(load)"
  echo "load.$bench=$(load)" >> "$OUT/machine.properties"
  # shellcheck disable=SC2086
  "${JAVA[@]}" -cp "$CP" org.openjdk.jmh.Main -prof gc -prof io.github.camelmartech.benchmarks.CpuProfiler \
    -rf json -rff "$OUT/jmh-$bench.json" ${JMH_ARGS:-} "io.github.camelmartech.benchmarks.$bench" | tee "$OUT/jmh-$bench.log"
  JSONS+=("$OUT/jmh-$bench.json")
done

if [[ "${PROFILE:-0}" == 1 ]]; then
  for b in sms1_raw_8threads sms2_camelHttp_8threads sms3_apifon_8threads walk3_consumer; do
    echo "== JFR profile of $b"
    "${JAVA[@]}" -cp "$CP" org.openjdk.jmh.Main -f 1 -wi 3 -i 3 -r 3 -p items=100000 -prof 'stack:lines=6;top=12' \
      -jvmArgsAppend "-XX:StartFlightRecording=filename=$OUT/$b.jfr,settings=$PWD/benchmarks/jfr/contention.jfc" \
      "$b\$" > "$OUT/profile-$b.log"
    java -cp "$CP" io.github.camelmartech.benchmarks.JfrSummary "$OUT/$b.jfr" > "$OUT/profile-$b.txt"
  done
fi

echo "loadEnd=$(load)" >> "$OUT/machine.properties"
"${JAVA[@]}" -cp "$CP" io.github.camelmartech.benchmarks.Report "$(IFS=,; echo "${JSONS[*]}")" "$OUT/checks.properties" \
  "$OUT/machine.properties" "$OUT" > /dev/null
echo "== wrote $OUT/latest.md and $OUT/latest.png"
