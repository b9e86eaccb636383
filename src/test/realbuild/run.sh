#!/usr/bin/env bash
# Real-build suite: generates the files for each combination under
# combinations/ with homelab-scaffold and builds the Dockerfile with buildah
# against local stand-in base images (standins.sh). It then checks that the final
# image contains no compiler, headers or package caches and runs as a non-root
# user, and that the app responds. It also checks that a one-line source change
# re-runs no install step, and that compose.yaml and buildx.sh pass their linters. A combination
# with "services:" builds and checks each service's target instead (multi.sh).
#
# Usage: run.sh [--keep] [--skip-standins] [COMBINATION...]   (as root)
#   --keep            keep each generated project folder and print its path
#   --skip-standins   do not run standins.sh first
# Prints a table and a closing "N passed, N failed" line, and exits 1 if any failed.
# Logs go to $REALBUILD_RESULTS_DIR (default: target/realbuild in the repository).
#
# A combination is an answers file. Its "# fixture: NAME" line names the project
# under src/test/fixtures to copy, and its "# expect: TEXT" line the text that
# the app's response must contain; with services, "# expect-NAME: TEXT" lines
# give the text for each service that has a port. An optional
# "# known-failure: CHECKS: reason" line marks a failure of the generated files
# that is known and not yet fixed.
set -euo pipefail

REALBUILD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$REALBUILD_DIR/../../.." && pwd)"
# shellcheck source=SCRIPTDIR/lib.sh
source "$REALBUILD_DIR/lib.sh"
# shellcheck source=SCRIPTDIR/checks.sh
source "$REALBUILD_DIR/checks.sh"
# shellcheck source=SCRIPTDIR/multi.sh
source "$REALBUILD_DIR/multi.sh"

FIXTURES_DIR="$REPO_ROOT/src/test/fixtures"
COMBINATIONS_DIR="${REALBUILD_COMBINATIONS_DIR:-$REALBUILD_DIR/combinations}"
RESULTS_DIR="${REALBUILD_RESULTS_DIR:-$REPO_ROOT/target/realbuild}"
BUILD_TIMEOUT="${REALBUILD_BUILD_TIMEOUT:-900}"
IMAGE_PREFIX="localhost/homelab-scaffold-realbuild"
KEEP_WORK=false

TABLE_ROWS=()
PASSED=0
FAILED=0
KNOWN_FAILURES=0

usage() {
  sed -n '2,23s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

# Prints a top-level scalar from an answers file, without quotes or comment.
answer() {
  sed -n "s/^$1:[[:space:]]*//p" "$2" | sed -E 's/[[:space:]]+#.*$//; s/^"(.*)"$/\1/' | head -n 1
}

# Prints the value of a "# KEY: value" line of an answers file. Such lines carry
# the suite's own settings, which homelab-scaffold reads as comments.
suite_setting() {
  sed -n "s/^# $1:[[:space:]]*//p" "$2" | head -n 1
}

# Appends a comment line with a fresh nonce to the fixture's main source file,
# so each run rebuilds the source layers and nothing else.
change_source() {
  local project="$1" fixture="$2" nonce="$RANDOM$RANDOM"
  case "$fixture" in
    go-http) echo "// source change $nonce" >>"$project/cmd/server/main.go" ;;
    go-multi) echo "// source change $nonce" >>"$project/cmd/api/main.go" ;;
    python-*) echo "# source change $nonce" >>"$project/app.py" ;;
    node-build) echo "// source change $nonce" >>"$project/src/index.js" ;;
    *) die "no source file known for fixture '$fixture'" ;;
  esac
}

build_platform() {
  case "$(uname -m)" in
    x86_64) echo linux/amd64 ;;
    aarch64) echo linux/arm64 ;;
    *) echo "linux/$(uname -m)" ;;
  esac
}

# Builds TARGET (empty for the default) of PROJECT as IMAGE, logging to BUILD_LOG.
# Further arguments, such as --build-arg NAME=VALUE, go to buildah bud.
build_image() {
  local project="$1" image="$2" target="$3" build_log="$4"
  shift 4
  # --force-rm removes the intermediate containers of a failed build as well.
  local args=(bud --isolation chroot --pull=never --layers --force-rm --format docker
    --platform "$(build_platform)" -f Dockerfile -t "$image")
  if [[ -n "$target" ]]; then
    args+=(--target "$target")
  fi
  args+=("$@")
  if ! (cd "$project" && timeout "$BUILD_TIMEOUT" "${BUILDAH[@]}" \
    "${args[@]}" .) >"$build_log" 2>&1; then
    echo "buildah bud ${target:+--target $target }failed (log: $build_log): $(grep -E 'error|Error' "$build_log" |
      tail -n 3)" >&2
    return 1
  fi
}

# Runs homelab-scaffold new for PROJECT, with its output in GENERATE_LOG.
generate() {
  local project="$1" answers="$2" generate_log="$3"
  if ! (cd "$REPO_ROOT" && timeout 300 ./homelab-scaffold new "$project" --answers "$answers" --force) \
    >"$generate_log" 2>&1; then
    echo "homelab-scaffold new failed for $answers: $(tail -n 5 "$generate_log")" >&2
    return 1
  fi
  local file
  for file in Dockerfile .dockerignore compose.yaml buildx.sh .homelab-scaffold.yaml; do
    if [[ ! -f "$project/$file" ]]; then
      echo "homelab-scaffold new did not write $file" >&2
      return 1
    fi
  done
}

# Runs the checks that need built images; appends failure reasons to FAILURES.
check_images() {
  local name="$1" answers="$2" project="$3" fixture="$4" image="$5"
  local log_dir="$RESULTS_DIR/$name" base port health_path
  base="$(answer base "$answers")"
  port="$(answer port "$answers")"
  health_path="$(answer healthPath "$answers")"

  if grep -q '^migration:' "$answers"; then
    if build_image "$project" "$image-migrate" migrate "$log_dir/build-migrate.log"; then
      check_runs_to_completion "$image-migrate" "$log_dir/migrate.log" || FAILURES+=("migrate target failed")
    else
      FAILURES+=("migrate target did not build")
    fi
  fi
  check_final_image_files "$image" "$base" || FAILURES+=("final image contents")
  check_user "$image" || FAILURES+=("runtime user")
  check_app_responds "$image" "${port:-8080}" "${health_path:-/}" "$log_dir/app.log" \
    "$(suite_setting expect "$answers")" || FAILURES+=("app check")

  check_rebuild_after_change "$project" "$fixture" "$image" "" "$log_dir/build-after-change.log"
}

# Makes a one-line source change, rebuilds TARGET (empty for the default) and
# sets CACHE_SUMMARY; a dependency-install step that runs again is a failure.
check_rebuild_after_change() {
  local project="$1" fixture="$2" image="$3" target="$4" log="$5"
  change_source "$project" "$fixture"
  if build_image "$project" "$image" "$target" "$log"; then
    local cached total rerun
    read -r cached total rerun < <(summarize_cache_use "$log")
    CACHE_SUMMARY="$cached/$total"
    if [[ -n "$rerun" ]]; then
      echo "install steps ran again after a source change: $rerun" >&2
      FAILURES+=("install step not cached")
    fi
  else
    FAILURES+=("rebuild after source change")
  fi
}

# Counts the combination as passed, failed or known failure, and sets RESULT
# to its result column. KNOWN_FAILURE is the answers file's "# known-failure:" value,
# "CHECKS: reason", where CHECKS must equal the failed checks exactly, so a
# new failure or a fix both count as failed until the mark is updated.
record_result() {
  local known_failure="$1" checks_log="$2" failed_checks
  failed_checks="$(IFS=,; echo "${FAILURES[*]}")"
  if [[ -n "$known_failure" && "$failed_checks" == "${known_failure%%:*}" ]]; then
    KNOWN_FAILURES=$((KNOWN_FAILURES + 1))
    RESULT="KNOWN FAILURE: $failed_checks (${known_failure#*: })"
  elif [[ -n "$known_failure" && -z "$failed_checks" ]]; then
    FAILED=$((FAILED + 1))
    RESULT="FAIL: passes, so remove its known-failure line"
  elif [[ -n "$failed_checks" ]]; then
    FAILED=$((FAILED + 1))
    sed 's/^/    /' "$checks_log" >&2
    RESULT="FAIL: $failed_checks"
  else
    PASSED=$((PASSED + 1))
    RESULT="PASS"
  fi
}

# Runs every step for one combination and adds its row to the table.
run_combination() {
  local name="$1" answers="$COMBINATIONS_DIR/$1.yaml" fixture work project image
  local log_dir="$RESULTS_DIR/$name"
  FAILURES=()
  CACHE_SUMMARY="-"
  BUILD_SECONDS="-"
  SIZE="-"
  image="$IMAGE_PREFIX/$name:latest"
  rm -rf "$log_dir"
  mkdir -p "$log_dir"
  log "combination $name"
  fixture="$(suite_setting fixture "$answers")"
  [[ -n "$fixture" && -d "$FIXTURES_DIR/$fixture" ]] || die "$answers names no existing fixture (# fixture: NAME)"
  work="$(mktemp -d)"
  project="$work/$name"
  cp -a "$FIXTURES_DIR/$fixture" "$project"

  {
    if generate "$project" "$answers" "$log_dir/generate.log"; then
      check_compose "$project" || FAILURES+=("compose.yaml")
      check_buildx_script "$project" || FAILURES+=("buildx.sh")
      local started=$SECONDS
      if grep -q '^services:' "$answers"; then
        check_services "$name" "$answers" "$project" "$fixture" "$image"
      elif build_image "$project" "$image" "" "$log_dir/build.log"; then
        BUILD_SECONDS=$((SECONDS - started))
        SIZE="$(image_size "$image")"
        check_images "$name" "$answers" "$project" "$fixture" "$image"
      else
        FAILURES+=("build")
      fi
    else
      FAILURES+=("generate")
    fi
  } 2>>"$log_dir/checks.log"

  record_result "$(suite_setting known-failure "$answers")" "$log_dir/checks.log"
  TABLE_ROWS+=("$(printf '%-22s %8s %10s %9s  %s' "$name" "$BUILD_SECONDS" "$SIZE" "$CACHE_SUMMARY" "$RESULT")")
  if [[ "$KEEP_WORK" == true ]]; then
    log "kept $project"
  else
    rm -rf "$work"
  fi
}

print_table() {
  printf '%-22s %8s %10s %9s  %s\n' combination "build s" size cached result
  printf '%s\n' "${TABLE_ROWS[@]}"
}

main() {
  local skip_standins=false names=()
  while (($#)); do
    case "$1" in
      --keep) KEEP_WORK=true ;;
      --skip-standins) skip_standins=true ;;
      -h | --help) usage; return 0 ;;
      -*) die "unknown option '$1' (see --help)" ;;
      *) names+=("$1") ;;
    esac
    shift
  done
  require_root
  require_commands buildah docker-compose shellcheck file ldd curl jq timeout setsid
  [[ -x "$REPO_ROOT/homelab-scaffold" ]] || die "$REPO_ROOT/homelab-scaffold not found or not executable"
  if ((${#names[@]} == 0)); then
    local file
    for file in "$COMBINATIONS_DIR"/*.yaml; do
      names+=("$(basename "$file" .yaml)")
    done
  fi
  if [[ "$skip_standins" == false ]]; then
    "$REALBUILD_DIR/standins.sh"
  fi
  mkdir -p "$RESULTS_DIR"

  local name
  for name in "${names[@]}"; do
    [[ -f "$COMBINATIONS_DIR/$name.yaml" ]] || die "no combination named '$name' in $COMBINATIONS_DIR"
    run_combination "$name"
  done
  print_table
  if ((KNOWN_FAILURES)); then
    echo "$KNOWN_FAILURES known failures, marked in their answers files, are not counted below."
  fi
  echo "$PASSED passed, $FAILED failed"
  ((FAILED == 0))
}

main "$@"
