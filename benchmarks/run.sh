#!/usr/bin/env bash
# Runs every benchmark of issue #9 in one go (a few minutes on 2 cores) and writes results/latest.md + latest.png.
#   benchmarks/run.sh             build (benchmarks and what it needs, never install), checks, JMH, report
#   SKIP_BUILD=1 benchmarks/run.sh  reuse the last build
#   PROFILE=1 benchmarks/run.sh     also record JFR profiles of the component paths (results/sms3_apifon.jfr,
#                                   results/walk2_consumer.jfr; read them with `jfr print` or JDK Mission Control)
#   JMH_ARGS='-f 2' benchmarks/run.sh  extra JMH options (they override the annotations)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/results
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
# without nodelay the JDK HttpServer stub adds ~40 ms of delayed ACK to every request (BENCHMARKING.md)
JAVA=(java -Dsun.net.httpserver.nodelay=true -Xms1g -Xmx1g)

{
  echo "cores=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)"
  echo "jdk=$(java -version 2>&1 | head -1 | sed -E 's/^(\S+) version "([^"]+)".*/\1 \2/')"
  echo "os=$(uname -sr)"
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "loadStart=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.properties"

echo "== checks: same request three ways, TCP connections for 10,000 sends"
"${JAVA[@]}" -cp "$CP" io.github.camelmartech.benchmarks.Checks "$OUT/checks.properties"

echo "== JMH (producer, paging) with -prof gc and CPU time per op"
# shellcheck disable=SC2086
"${JAVA[@]}" -cp "$CP" org.openjdk.jmh.Main -prof gc -prof io.github.camelmartech.benchmarks.CpuProfiler -rf json -rff "$OUT/jmh.json" ${JMH_ARGS:-} \
  'io.github.camelmartech.benchmarks.(ProducerBenchmark|PagingBenchmark)' | tee "$OUT/jmh.log"

if [[ "${PROFILE:-0}" == 1 ]]; then
  for b in sms3_apifon walk2_consumer; do
    echo "== JFR profile of $b"
    "${JAVA[@]}" -cp "$CP" org.openjdk.jmh.Main -wi 2 -i 3 -r 3 -p items=100000 \
      -jvmArgsAppend "-XX:StartFlightRecording=filename=$OUT/$b.jfr,settings=profile" "$b\$" > /dev/null
  done
fi

echo "loadEnd=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.properties"
"${JAVA[@]}" -cp "$CP" io.github.camelmartech.benchmarks.Report "$OUT/jmh.json" "$OUT/checks.properties" \
  "$OUT/machine.properties" "$OUT" > /dev/null
echo "== wrote $OUT/latest.md and $OUT/latest.png"
