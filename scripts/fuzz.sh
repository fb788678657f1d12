#!/usr/bin/env bash
# Fuzzes the core: builds the `fuzz` preset (clang++, libFuzzer, ASan + UBSan; build/fuzz) and runs
# each libFuzzer target of tests/fuzz/ for SECONDS (default 60), then prints one line per target.
#
#   scripts/fuzz.sh [SECONDS]          e.g. scripts/fuzz.sh 3600 for a long run
#   FUZZ_TARGETS="feed_parser html_text" scripts/fuzz.sh 600    only some targets
#   FUZZ_JOBS=1 scripts/fuzz.sh 600    one target at a time (default: 2 at once, or 1 on 1 core)
#
# Each target starts from a scratch copy of its seed corpus (build/fuzz/work/TARGET/corpus: the
# committed tests/fuzz/corpus/ is never written; what a run finds is kept there for the next local
# run) with the dictionary of tests/fuzz/dict/. A crash, sanitizer report, broken invariant,
# timeout (30 s per input) or out-of-memory stops that target and saves the input as
# tests/fuzz/crashes/TARGET-crash-<sha1> (or -timeout-, -oom-, -leak-); the script then prints the
# report's tail and how to replay the input, and exits 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }
if [ -n "${FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$FUZZ_TARGETS"
else  # Every harness of tests/fuzz/ (fuzz_TARGET.cpp), as tests/fuzz/CMakeLists.txt builds them.
  targets=()
  for f in tests/fuzz/fuzz_*.cpp; do t=${f#tests/fuzz/fuzz_}; targets+=("${t%.cpp}"); done
fi
cores=$(nproc 2>/dev/null || echo 1)
jobs=${FUZZ_JOBS:-$(( cores >= 2 ? 2 : 1 ))}

command -v clang++ >/dev/null || { echo "[fuzz] clang++ is missing: run scripts/setup.sh" >&2; exit 1; }
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work="$root/build/fuzz/work"
crashes="$root/tests/fuzz/crashes"
mkdir -p "$crashes"

# Runs one target; writes its log and its status line (OK/FAILED, executions) under $work/TARGET.
fuzz_one() {
  local t=$1 dir="$work/$1"
  local bin="$root/build/fuzz/tests/fuzz/fuzz_$t"
  local dict="$root/tests/fuzz/dict/json.dict" max_len=16384
  case "$t" in
    feed_parser) max_len=65536 ;;
    html_text) dict="$root/tests/fuzz/dict/html.dict" ;;
    access_log) dict="$root/tests/fuzz/dict/access_log.dict" ;;
    import) dict="$root/tests/fuzz/dict/xml.dict" max_len=65536 ;;
    options) max_len=8192 ;;
  esac
  [ -x "$bin" ] || { echo "[fuzz] no such target: $t" >&2; return 1; }
  mkdir -p "$dir/corpus"
  cp "$root/tests/fuzz/corpus/$t/"* "$dir/corpus/"
  local rc=0
  "$bin" "$dir/corpus" -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" \
    -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/$t-" >"$dir/log" 2>&1 || rc=$?
  echo "$rc" >"$dir/rc"
}

start=$(date +%s)
running=0
for t in "${targets[@]}"; do
  rm -f "$work/$t/rc" "$work/$t/log"
  mkdir -p "$work/$t"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

failed=0
for t in "${targets[@]}"; do
  dir="$work/$t"
  rc=$(cat "$dir/rc" 2>/dev/null || echo 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
  [ -n "$execs" ] || execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$dir/log" | tail -n 1)
  corpus=$(find "$dir/corpus" -type f | wc -l)
  if [ "$rc" = 0 ]; then
    printf '[fuzz] %-12s ok      %12s executions in %ss, corpus %s inputs\n' "$t" "${execs:-?}" "$seconds" "$corpus"
  else
    failed=$((failed + 1))
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$dir/log" | tail -n 1)
    printf '[fuzz] %-12s FAILED  %12s executions (exit %s); input: %s\n' "$t" "${execs:-?}" "$rc" "${artifact:-none}"
    echo "---- $t: end of the report ($dir/log) ----"
    grep -v -E '^#[0-9]+' "$dir/log" | tail -n 60
    echo "---- replay: build/fuzz/tests/fuzz/fuzz_$t ${artifact:-<input>}"
  fi
done
echo "[fuzz] ${#targets[@]} targets, $failed failed, $(( $(date +%s) - start ))s"
[ "$failed" -eq 0 ]
