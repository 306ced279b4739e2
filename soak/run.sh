#!/usr/bin/env bash
# The soak of issue #23 (not part of the test command): producers, consumers and callbacks against the simulators
# with faults, for SOAK_MINUTES (30 by default), sampling the connectors' JVM every SOAK_SAMPLE_SECONDS (60): heap
# after GC, threads, TCP connections, file descriptors. Writes soak/results/samples.csv, latest.md and latest.png.
#   soak/run.sh                                     build (soak and what it needs, never install), then 30 minutes
#   SKIP_BUILD=1 SOAK_MINUTES=3 SOAK_SAMPLE_SECONDS=10 soak/run.sh   a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=soak/results
WORK=soak/target/run
mkdir -p "$OUT" "$WORK"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -pl soak -am package -DskipTests ${MAVEN_ARGS:-}
fi
CP="soak/target/classes:$(cat soak/target/classpath.txt)"

# the vendor posts delivery reports to https URLs only: a throw-away key for the webhook
rm -f "$WORK/webhook.p12" "$WORK/vendor.properties"
keytool -genkeypair -alias webhook -keyalg EC -dname CN=localhost -validity 2 -storetype PKCS12 \
  -keystore "$WORK/webhook.p12" -storepass soak-only -keypass soak-only >/dev/null 2>&1

# the simulators in a JVM of their own: only the connectors' JVM is measured
java -Xmx384m -cp "$CP" io.github.camelmartech.soak.VendorProcess "$WORK/vendor.properties" 5 > "$WORK/vendor.log" 2>&1 &
VENDOR=$!
trap 'kill "$VENDOR" 2>/dev/null || true' EXIT

# a fixed heap ceiling, so that growth shows instead of being absorbed by a growing heap
java -Xms256m -Xmx256m -cp "$CP" io.github.camelmartech.soak.Soak --vendor "$WORK/vendor.properties" --out "$OUT" \
  --keystore "$WORK/webhook.p12" --minutes "${SOAK_MINUTES:-30}" --sample-seconds "${SOAK_SAMPLE_SECONDS:-60}" \
  2> "$WORK/soak.log"
