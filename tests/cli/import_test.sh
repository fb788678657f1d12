#!/usr/bin/env bash
# `newsrail import` as a publisher's pipeline runs it: every well-formed fixture of
# tests/data/import/ imports, then validates with --strict (no warnings) and packs (JSON, and a
# snapshot that validates); the broken one imports with warnings (exit 0, or 3 with --strict,
# nothing written); XXE, billion laughs and non-feeds are unusable (exit 1); wrong usage exits 2.
# ctest runs it as cli.import; by hand:
#   tests/cli/import_test.sh build/native/tools/newsrail .
set -u
cli=$1
data=$2/tests/data/import
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
failed=0

# check NAME EXPECTED_RC ARGS...: runs the CLI, compares its exit code.
check() {
  local name=$1 want=$2
  shift 2
  "${cli}" "$@" >"${work}/out" 2>"${work}/err"
  local got=$?
  if [ "${got}" -ne "${want}" ]; then
    echo "FAIL ${name}: exit ${got}, expected ${want}"
    sed 's/^/    | /' "${work}/err" | head -n 8
    failed=$((failed + 1))
  fi
}

for f in bbc wordpress atom-hugo arabic rss1; do
  check "import ${f}" 0 import "${data}/${f}.xml" --strict -o "${work}/${f}.json"
  check "validate ${f}" 0 validate --strict "${work}/${f}.json"
  check "pack ${f}" 0 pack "${work}/${f}.json"
  "${cli}" pack "${work}/${f}.json" --format binary >"${work}/${f}.nrs" 2>/dev/null
  check "snapshot ${f}" 0 validate --strict "${work}/${f}.nrs"
  check "most-read ${f}" 0 most-read "${work}/${f}.json"
done
check "section from path" 0 import "${data}/bbc.xml" --section-from path --language en
grep -q '"section":"news"' "${work}/out" || { echo "FAIL --section-from path: no section news"; failed=$((failed + 1)); }
check "broken feed" 0 import "${data}/broken-date-duplicate.xml"
grep -q 'duplicate id' "${work}/err" || { echo "FAIL broken feed: no duplicate warning"; failed=$((failed + 1)); }
check "broken feed, strict" 3 import --strict "${data}/broken-date-duplicate.xml" -o "${work}/strict.json"
[ ! -e "${work}/strict.json" ] || { echo "FAIL --strict wrote its output"; failed=$((failed + 1)); }
check "xxe" 1 import "${data}/xxe.xml"
check "billion laughs" 1 import "${data}/billion-laughs.xml"
check "not a feed" 1 import "$2/web/demo/feed.json"
check "bad --section-from" 2 import "${data}/bbc.xml" --section-from title
check "no file" 2 import
check "help" 0 import --help
[ "${failed}" -eq 0 ] && echo "import: all checks passed" || exit 1
