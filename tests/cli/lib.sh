# The CLI test scripts' shared set-up and helpers, sourced with the script's arguments (CLI SRC):
# `cli` (the newsrail binary), `src` (the source tree), `work` (a scratch folder, removed on exit),
# the counters, run, the expect_* checks and check.
set -u
cli=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
passed=0
failed=0
rc=0

# run ARGS...: runs the CLI; its stdout, stderr and exit code are kept for the expect_* below.
run() {
  "${cli}" "$@" >"${work}/out" 2>"${work}/err"
  rc=$?
}
show() { sed 's/^/    | /' "$1" | head -n 8; }
expect_rc() {
  [ "${rc}" -eq "$1" ] && return 0
  echo "  exit code ${rc}, expected $1; stderr:"
  show "${work}/err"
  return 1
}
expect_in() {  # FILE TEXT: FILE holds TEXT
  grep -qF -- "$2" "${work}/$1" && return 0
  echo "  ${1} lacks: $2"
  show "${work}/$1"
  return 1
}
expect_not_in() {  # FILE TEXT: FILE does not hold TEXT
  ! grep -qF -- "$2" "${work}/$1" && return 0
  echo "  ${1} has: $2"
  show "${work}/$1"
  return 1
}
# check NAME COMMAND...: one test; COMMAND is a function of expectations.
check() {
  local name=$1
  shift
  if "$@" >"${work}/why"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: ${name}"
    cat "${work}/why"
  fi
}
