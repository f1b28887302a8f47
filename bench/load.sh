#!/usr/bin/env bash
# The staff-day load test (docs/performance.md, "Staff day under load"): builds the jar, starts Ebba
# on loopback with the loadtest profile (a generated unit of 8 400 households on a fresh embedded
# database), measures start-to-ready and the memory (RSS) idle, runs the Gatling simulation while
# sampling RSS, stops the app and writes the results to var/loadtest/result.md.
#
#   bench/load.sh                      # the full run: 200 users, 120 s ramp, 300 s each
#   USERS=50 RAMP=30 DURATION=90 bench/load.sh   # a shorter run
#
# Other settings: PORT (18080), PAUSE_MIN_MS / PAUSE_MAX_MS (2000 / 6000 think time),
# HOUSEHOLDS (8400), WARM_UP / WARM_UP_USERS (60 s with 10 users first, not measured), JAVA_OPTS (none: the JVM's defaults), KEEP_DATA=1 (reuse the generated unit).
# Bounded: the app gets 600 s to become ready, Gatling stops itself, and the whole Maven run is cut
# off after ramp + duration + 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-200}
RAMP=${RAMP:-120}
DURATION=${DURATION:-300}
PORT=${PORT:-18080}
PAUSE_MIN_MS=${PAUSE_MIN_MS:-2000}
PAUSE_MAX_MS=${PAUSE_MAX_MS:-6000}
HOUSEHOLDS=${HOUSEHOLDS:-8400}
WARM_UP=${WARM_UP:-60}
WARM_UP_USERS=${WARM_UP_USERS:-10}
JAVA_OPTS=${JAVA_OPTS:-}
DIR=var/loadtest
BASE_URL="http://127.0.0.1:${PORT}"
mkdir -p "$DIR"

echo "== building the jar and the simulation"
./mvnw -q -DskipTests package
./mvnw -q -Pload test-compile
JAR=$(ls target/ebba-*.jar | grep -v original | head -1)

if [[ "${KEEP_DATA:-0}" != "1" ]]; then
  rm -rf "$DIR/postgres"
fi
rm -f "$DIR/rss.tsv" "$DIR/hang-threads.json"

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" || true
  fi
  APP_PID=""
  # An embedded PostgreSQL left behind by a killed JVM would hold the data directory: stop it by its pid.
  local pg
  pg=$(head -1 "$DIR/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then
    kill -TERM "$pg" || true
    for _ in $(seq 1 30); do kill -0 "$pg" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop_app EXIT

# RSS in kB of the JVM, and of the embedded PostgreSQL's processes (postmaster and backends) summed.
rss_jvm() { awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status"; }
rss_pg() {
  local master total=0 p
  master=$(pgrep -f -- "-D $(realpath "$DIR/postgres")" | head -1 || true)
  [[ -z "$master" ]] && { echo 0; return; }
  for p in $master $(pgrep -P "$master"); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# Starts the app and waits until it is ready: the load-test unit is written (the log says so) and, if
# the app has Actuator's readiness probe, that answers 200. Sets APP_PID and READY_SECONDS.
start_app() {
  local log=$1 t0 t1 code
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=loadtest --server.address=127.0.0.1 --server.port="$PORT" \
    --ebba.embedded-postgres.data-directory="$DIR/postgres" --ebba.loadtest.feeder-file="$DIR/feeder.csv" \
    --ebba.loadtest.households="$HOUSEHOLDS" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; see $log" >&2; exit 1; }
    if grep -q "Load-test unit ready" "$log"; then
      code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health/readiness" || true)
      if [[ "$code" == "200" || "$code" == "404" || "$code" == "401" || "$code" == "302" ]]; then
        t1=$(date +%s.%N)
        READY_SECONDS=$(echo "$t1 - $t0" | bc)
        return
      fi
    fi
    sleep 0.5
  done
  echo "the app was not ready within 600 s; see $log" >&2
  exit 1
}

echo "== machine"
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$MACHINE"

echo "== first start (generates the unit unless KEEP_DATA=1)"
start_app "$DIR/app-first.log"
FIRST_READY=$READY_SECONDS
GENERATED=$(grep -o "Load-test unit generated: .*" "$DIR/app-first.log" || echo "unit already there")
echo "ready after ${FIRST_READY} s ($GENERATED)"
stop_app

echo "== second start (on the generated unit): the one measured under load"
start_app "$DIR/app.log"
READY=$READY_SECONDS
echo "ready after ${READY} s"
sleep 15
IDLE_JVM=$(rss_jvm); IDLE_PG=$(rss_pg)
echo "idle RSS: JVM ${IDLE_JVM} kB, PostgreSQL ${IDLE_PG} kB"

echo "== Gatling: warm-up ${WARM_UP} s, then $USERS users, ramp ${RAMP} s, ${DURATION} s each, think time ${PAUSE_MIN_MS}-${PAUSE_MAX_MS} ms"
(
  while kill -0 "$APP_PID" 2>/dev/null; do
    printf '%s\t%s\t%s\n' "$(date +%s)" "$(rss_jvm)" "$(rss_pg)" >>"$DIR/rss.tsv"
    sleep 2
  done
) &
SAMPLER=$!
# A hang (every request timing out) once happened under load and left no trace: if the readiness probe
# does not answer within 20 s twice in a row, the JVM's threads are dumped once, for the docs.
(
  misses=0
  while kill -0 "$APP_PID" 2>/dev/null; do
    if curl -s -m 20 -o /dev/null "$BASE_URL/actuator/health/readiness"; then misses=0; else misses=$((misses + 1)); fi
    if [[ $misses -ge 2 && ! -f "$DIR/hang-threads.json" ]]; then
      jcmd "$APP_PID" Thread.dump_to_file -format=json "$(realpath "$DIR")/hang-threads.json" >/dev/null 2>&1 || true
      echo "the app did not answer for 40 s: thread dump in $DIR/hang-threads.json" >&2
    fi
    sleep 10
  done
) &
WATCHDOG=$!
LOAD_START=$(date +%s)
timeout $((WARM_UP + RAMP + DURATION + 900)) ./mvnw -Pload gatling:test -Debba.baseUrl="$BASE_URL" -Debba.users="$USERS" \
  -Debba.rampSeconds="$RAMP" -Debba.durationSeconds="$DURATION" -Debba.pauseMinMillis="$PAUSE_MIN_MS" \
  -Debba.pauseMaxMillis="$PAUSE_MAX_MS" -Debba.feeder="$DIR/feeder.csv" -Debba.warmUpSeconds="$WARM_UP" -Debba.warmUpUsers="$WARM_UP_USERS" >"$DIR/gatling.log" 2>&1 || true
LOAD_END=$(date +%s)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app
kill "$SAMPLER" "$WATCHDOG" 2>/dev/null || true
wait "$SAMPLER" "$WATCHDOG" 2>/dev/null || true

RUN=$(ls -td target/gatling/staffdaysimulation-* | head -1)
python3 bench/summarize.py "$RUN/index.html" "$DIR/rss.tsv" "$LOAD_START" "$LOAD_END" \
  --machine "$MACHINE; load average after the run: $LOAD_AFTER" \
  --run "$USERS users, ramp ${RAMP} s, ${DURATION} s each, think time ${PAUSE_MIN_MS}-${PAUSE_MAX_MS} ms, ${HOUSEHOLDS} households, after a warm-up of ${WARM_UP} s with ${WARM_UP_USERS} users" \
  --first-ready "$FIRST_READY" --generated "$GENERATED" --ready "$READY" --idle-jvm "$IDLE_JVM" --idle-pg "$IDLE_PG" \
  | tee "$DIR/result.md"
echo "Gatling report: $RUN/index.html"
