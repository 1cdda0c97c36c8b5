#!/usr/bin/env bash
# A real Neo4j 5.26 Community server for development and CI, without Docker.
#
#   eval "$(scripts/neo4j-server.sh start)"   # fetch (first time), start, export NEO4J_URI/USER/PASSWORD
#   scripts/neo4j-server.sh status            # "running ..." (exit 0) or "not running" (exit 3)
#   scripts/neo4j-server.sh stop              # stop the server this script started (by its pid file)
#
# The server's jars come from Maven Central through scripts/neo4j/pom.xml (copied into
# .cache/neo4j/<version>/lib); its configuration, database, logs and password live in .cache/neo4j/run.
# Bolt listens on 127.0.0.1 only (port NEO4J_PORT, default 7687); HTTP and HTTPS are off;
# authentication is on, with a random password made on the first start and kept in run/password.
# `start` prints only the three `export` lines on stdout; every other message goes to stderr.
#
# Settings (environment): NEO4J_PORT (7687), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m),
# NEO4J_START_TIMEOUT seconds (180), NEO4J_RUN_DIR (.cache/neo4j/run), NEO4J_CACHE_DIR (.cache/neo4j),
# NEO4J_PYTHON (a Python with the neo4j driver; default: .venv/bin/python, python3, or a private venv).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$ROOT/scripts/neo4j/pom.xml"
VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
CACHE="${NEO4J_CACHE_DIR:-$ROOT/.cache/neo4j}"
LIB="$CACHE/$VERSION/lib"
RUN="${NEO4J_RUN_DIR:-$CACHE/run}"
PORT="${NEO4J_PORT:-7687}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-512m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
PIDFILE="$RUN/neo4j.pid"
PORTFILE="$RUN/port"
PASSFILE="$RUN/password"
CONSOLE_LOG="$RUN/logs/console.log"
USER_NAME="neo4j"

# The JVM flags Neo4j's own launcher (`neo4j console`) passes to org.neo4j.server.CommunityEntryPoint
# with the distribution's default neo4j.conf (server.jvm.additional), minus -XX:+AlwaysPreTouch
# (pre-touching the heap only slows a small test server's start).
JVM_FLAGS=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dlog4j.layout.jsonTemplate.maxStringLength=32768
  -Dfile.encoding=UTF-8
)

say() { printf 'neo4j-server: %s\n' "$*" >&2; }
die() { printf 'neo4j-server: error: %s\n' "$*" >&2; exit 1; }

# The pid of the server this script started, if it is alive (and is that server, not a reused pid).
server_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "CommunityEntryPoint --home-dir=$RUN " || return 1
  echo "$pid"
}

print_exports() {
  printf 'export NEO4J_URI=bolt://127.0.0.1:%s\n' "$1"
  printf 'export NEO4J_USER=%s\n' "$USER_NAME"
  printf 'export NEO4J_PASSWORD=%s\n' "$(cat "$PASSFILE")"
}

log_tail() {
  say "last lines of $CONSOLE_LOG:"
  tail -n 40 "$CONSOLE_LOG" >&2 2>/dev/null || true
  say "(more in $RUN/logs/debug.log)"
}

# The server's jars, fetched once per version from Maven Central into $LIB.
fetch_jars() {
  [ -f "$LIB/.complete" ] && return 0
  command -v mvn >/dev/null || die "Maven (mvn) is not installed; it is needed to download Neo4j $VERSION"
  say "downloading Neo4j $VERSION from Maven Central (first start only)..."
  local tmp="$LIB.partial" mvnlog="$CACHE/maven.log"
  rm -rf "$tmp" && mkdir -p "$tmp" "$CACHE"
  if ! mvn -B -q -f "$POM" dependency:copy-dependencies -Dneo4j.lib.dir="$tmp" >"$mvnlog" 2>&1; then
    die "could not download Neo4j $VERSION from Maven Central (mvn dependency:copy-dependencies failed; see $mvnlog)"
  fi
  ls "$tmp"/neo4j-"$VERSION".jar >/dev/null 2>&1 \
    || die "could not download Neo4j $VERSION from Maven Central (no neo4j-$VERSION.jar; see $mvnlog)"
  rm -rf "$LIB" && mv "$tmp" "$LIB" && touch "$LIB/.complete"
}

# A Python that has the neo4j driver: NEO4J_PYTHON, the project's .venv, python3, or a private venv.
driver_python() {
  local py
  for py in "${NEO4J_PYTHON:-}" "$ROOT/.venv/bin/python" python3; do
    [ -n "$py" ] && "$py" -c 'import neo4j' >/dev/null 2>&1 && { echo "$py"; return 0; }
  done
  py="$CACHE/pyenv/bin/python"
  if ! "$py" -c 'import neo4j' >/dev/null 2>&1; then
    say "installing the neo4j Python driver into $CACHE/pyenv..."
    { python3 -m venv "$CACHE/pyenv" && "$CACHE/pyenv/bin/pip" install -q 'neo4j>=5.20'; } >&2 \
      || die "could not install the neo4j Python driver (python3 -m venv + pip install neo4j)"
  fi
  echo "$py"
}

write_conf() {
  mkdir -p "$RUN/conf" "$RUN/data" "$RUN/logs" "$RUN/run" "$RUN/import" "$RUN/plugins"
  cat >"$RUN/conf/neo4j.conf" <<EOF
# Written by scripts/neo4j-server.sh on every start: edits here are overwritten.
server.directories.lib=$LIB
server.directories.data=$RUN/data
server.directories.logs=$RUN/logs
server.directories.run=$RUN/run
server.directories.import=$RUN/import
server.directories.plugins=$RUN/plugins
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.advertised_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=2 files
EOF
}

# Wait until the driver connects with the password (or the server dies, or the time runs out).
wait_ready() {
  local py="$1" pid="$2"
  "$py" - "$PORT" "$USER_NAME" "$(cat "$PASSFILE")" "$pid" "$TIMEOUT" <<'PY'
import os, sys, time
from neo4j import GraphDatabase

port, user, password, pid, timeout = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
deadline = time.monotonic() + timeout
last = "no attempt"
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        print(f"neo4j-server: error: the server (pid {pid}) exited while starting", file=sys.stderr)
        sys.exit(1)
    try:
        with GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=(user, password),
                                  connection_timeout=5) as driver:
            driver.verify_connectivity()
        sys.exit(0)
    except Exception as exc:  # not up yet: retry until the deadline
        last = " ".join(f"{type(exc).__name__}: {exc}".split())
        time.sleep(0.5)
print(f"neo4j-server: error: no Bolt connection within {timeout:g}s ({last})", file=sys.stderr)
sys.exit(1)
PY
}

cmd_start() {
  local pid py begun
  begun="$(date +%s)"
  if pid="$(server_pid)"; then
    local port
    port="$(cat "$PORTFILE")"
    [ "$port" = "$PORT" ] || say "already running on port $port (NEO4J_PORT=$PORT ignored)"
    py="$(driver_python)"
    PORT="$port" wait_ready "$py" "$pid" || { log_tail; exit 1; }
    say "reusing the running server (pid $pid)"
    print_exports "$port"
    return 0
  fi
  command -v java >/dev/null || die "java is not installed (Neo4j $VERSION needs Java 17 or 21)"
  fetch_jars
  py="$(driver_python)"
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT on 127.0.0.1 is already in use (set NEO4J_PORT to another port)"
  fi
  write_conf
  if [ ! -d "$RUN/data/databases" ]; then
    # A new database: set the neo4j user's password before the first start, the way
    # `neo4j-admin dbms set-initial-password` does.
    [ -f "$PASSFILE" ] || (umask 077 && printf 'aikg-%s\n' "$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" >"$PASSFILE")
    NEO4J_HOME="$RUN" NEO4J_CONF="$RUN/conf" java -cp "$LIB/*" org.neo4j.cli.AdminTool \
      dbms set-initial-password "$(cat "$PASSFILE")" >"$RUN/logs/set-initial-password.log" 2>&1 \
      || { tail -n 20 "$RUN/logs/set-initial-password.log" >&2; die "could not set the initial password"; }
  elif [ ! -f "$PASSFILE" ]; then
    die "$RUN holds a database whose password is unknown (no $PASSFILE); delete $RUN to start afresh"
  fi
  say "starting Neo4j $VERSION on bolt://127.0.0.1:$PORT (logs in $RUN/logs)..."
  (
    cd "$RUN"
    exec setsid java -cp "$RUN/conf/*:$LIB/*" "${JVM_FLAGS[@]}" -Xms"$HEAP" -Xmx"$HEAP" \
      org.neo4j.server.CommunityEntryPoint --home-dir="$RUN" --config-dir="$RUN/conf" --console-mode \
      </dev/null >"$CONSOLE_LOG" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PIDFILE"
  echo "$PORT" >"$PORTFILE"
  if ! wait_ready "$py" "$pid"; then
    log_tail
    kill -TERM "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
    exit 1
  fi
  say "Neo4j $VERSION ready (pid $pid) after $(($(date +%s) - begun))s"
  print_exports "$PORT"
}

cmd_stop() {
  local pid
  if ! pid="$(server_pid)"; then
    rm -f "$PIDFILE"
    say "not running"
    return 0
  fi
  say "stopping Neo4j (pid $pid)..."
  kill -TERM "$pid"
  local i
  for i in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; say "stopped"; return 0; }
    sleep 0.5
  done
  say "still running after 60s: killing pid $pid"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

cmd_status() {
  local pid
  if pid="$(server_pid)"; then
    echo "running (pid $pid, bolt://127.0.0.1:$(cat "$PORTFILE"), Neo4j $VERSION, $RUN)"
  else
    echo "not running"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
