#!/usr/bin/env bash
# Builds and runs the ranking benchmark (bench/bench_ranking.cpp) pinned to one core, and writes
# the console table to bench/out/ranking.txt (plus the raw JSON to bench/out/ranking.json).
#
# A measurement, not a test: it never fails on time. Extra arguments go to the benchmark, e.g.
#   bench/run.sh --benchmark_filter='BM_ReadNext'
# Environment: REPS (repetitions, default 3), MIN_TIME (seconds per run, default 0.2), CORE
# (the core to pin to, default 1). With the defaults a run takes about 1.5 minutes on an idle
# machine; other work on the machine stretches it (and skews even the CPU column: read the load
# average printed at the top).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="${root}/bench/out"
reps="${REPS:-3}"
min_time="${MIN_TIME:-0.2}"
core="${CORE:-1}"

cd "${root}"
cmake --preset native >/dev/null
cmake --build --preset native --target newsrail_bench
bench="${root}/build/native/bench/newsrail_bench"
if [[ ! -x "${bench}" ]]; then
  echo "run.sh: ${bench} was not built (is libbenchmark-dev installed?)" >&2
  exit 1
fi

pin=()
if command -v taskset >/dev/null 2>&1 && taskset -c "${core}" true 2>/dev/null; then
  pin=(taskset -c "${core}")
fi

mkdir -p "${out_dir}"
{
  echo "date:       $(date -u '+%Y-%m-%dT%H:%M:%SZ')"
  echo "nproc:      $(nproc)"
  echo "cpu:        $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "load avg:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; other work skews wall time)"
  echo "pinned:     ${pin[*]:-not pinned (no taskset)}"
  echo "settings:   --benchmark_min_time=${min_time} --benchmark_repetitions=${reps}"
  echo
  "${pin[@]}" "${bench}" \
    --benchmark_min_time="${min_time}" \
    --benchmark_repetitions="${reps}" \
    --benchmark_display_aggregates_only=true \
    --benchmark_color=false \
    --benchmark_out="${out_dir}/ranking.json" \
    --benchmark_out_format=json \
    "$@" 2>&1
} | tee "${out_dir}/ranking.txt"
