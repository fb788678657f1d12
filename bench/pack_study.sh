#!/usr/bin/env bash
# The pack study: what `newsrail pack` saves on the wire (gzip -9 bytes per item) and what it
# costs Read Next (top-4 overlap with the full feed) and Most Read (top-5; must be unchanged), for
# the demo feed and synthetic feeds of 1,000 and 10,000 articles (seed 1). Prints a markdown table.
#
# bench/pack_study.cpp writes each feed and its packed form and ranks both; this script gzips the
# files and, for the feeds under the CLI's 16 MiB input limit, checks that the CLI's
# `newsrail synth` and `newsrail pack` give the same bytes as the study measured.
# Environment: TERMS (field-weighted terms kept per item, as `newsrail pack --terms`; default 24).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
terms="${TERMS:-24}"
cd "${root}"
cmake --preset native >/dev/null
cmake --build --preset native --target newsrail newsrail_pack_study >/dev/null
cli="${root}/build/native/tools/newsrail"
study="${root}/build/native/bench/newsrail_pack_study"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

"${study}" --terms "${terms}" "${work}" "${root}/web/demo/feed.json" synth:1000 synth:10000 \
  >"${work}/study.tsv"

# Cross-check against the CLI: synth output is the study's input, pack output its packed feed
# (the CLI ends both with a newline).
notes=()
while IFS=$'\t' read -r name _ _ full packed _; do
  if [[ "${name}" == synth-* ]] &&
    ! cmp -s <("${cli}" synth "${name#synth-}") <(cat "${full}"; echo); then
    notes+=("${name}: 'newsrail synth' output differs from the feed studied")
  fi
  if "${cli}" pack --terms "${terms}" "${full}" >"${work}/cli.json" 2>"${work}/cli.err"; then
    if cmp -s "${work}/cli.json" <(cat "${packed}"; echo); then
      notes+=("${name}: 'newsrail pack' output is byte-identical to the packed feed measured")
    else
      notes+=("${name}: 'newsrail pack' output DIFFERS from the packed feed measured")
    fi
  else
    reason="$(head -n1 "${work}/cli.err" | sed 's/^.*: error: //')"
    notes+=("${name}: 'newsrail pack' refuses it (${reason}); measured with pack_feed() and lifted limits")
  fi
done < <(tail -n +2 "${work}/study.tsv")

echo "pack --terms ${terms}; $(date -u '+%Y-%m-%d')"
echo
echo "| feed | items | raw bytes/item full → packed | gzip -9 bytes/item full | gzip -9 bytes/item packed | ratio (gzip, packed/full) | Read Next top-4 overlap | identical Read Next lists | Most Read top-5 overlap | identical Most Read lists | Read Next lists with a same-story pair, full → packed | articles queried |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
while IFS=$'\t' read -r name items queries full packed rn_overlap rn_same mr_overlap mr_same \
  full_pairs packed_pairs; do
  awk -v n="${name}" -v i="${items}" -v q="${queries}" \
    -v rf="$(wc -c <"${full}")" -v rp="$(wc -c <"${packed}")" \
    -v gf="$(gzip -9 -c "${full}" | wc -c)" -v gp="$(gzip -9 -c "${packed}" | wc -c)" \
    -v ro="${rn_overlap}" -v rs="${rn_same}" -v mo="${mr_overlap}" -v ms="${mr_same}" \
    -v fp="${full_pairs}" -v pp="${packed_pairs}" 'BEGIN {
      printf "| %s | %d | %.0f → %.0f | %.0f | %.0f | %.3f | %.3f | %.1f%% | %.3f | %.1f%% | %.1f%% → %.1f%% | %d |\n",
        n, i, rf / i, rp / i, gf / i, gp / i, gp / gf, ro, rs * 100, mo, ms * 100, fp * 100,
        pp * 100, q }'
done < <(tail -n +2 "${work}/study.tsv")
echo
echo "Overlap: |A ∩ B| / limit by id, order ignored, mean over the articles queried (all, or the"
echo "first 500 of feeds over 1,000 items); identical: same ids in the same order. Both feeds ranked"
echo "with now = generated_at and default options, no history. Same-story pair: a non-pinned item"
echo "that Read Next's near-duplicate rule, on the FULL feed's vectors, would have left out."
for note in "${notes[@]}"; do echo "- ${note}"; done
