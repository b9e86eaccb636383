# shellcheck shell=bash disable=SC2034 # run.sh reads BUILD_SECONDS, SIZE and CACHE_SUMMARY
# Checks that run.sh, which sources this file, applies to a combination whose
# answers file lists several services under "services:". The Dockerfile then
# has one target per service, an optional migrate target, and a last stage
# "FROM ${SERVICE:-FIRST} AS runtime" that the default build yields.

# Seconds that a service without a port must keep running after it starts.
STAY_UP_SECONDS=5

# Prints one line "NAME PORT ENTRYPOINT" per entry under "services:" of an
# answers file, with "-" for a missing port or entrypoint.
service_entries() {
  awk '
    /^services:/ { inside = 1; next }
    inside && /^[^[:space:]#-]/ { inside = 0 }
    !inside { next }
    { sub(/[[:space:]]+#.*$/, "") }
    /^[[:space:]]*-[[:space:]]*name:/ {
      if (name != "") print name, port, entrypoint
      name = $NF; port = "-"; entrypoint = "-"
      next
    }
    /^[[:space:]]+port:/ { port = $2 }
    /^[[:space:]]+entrypoint:/ { entrypoint = $2 }
    END { if (name != "") print name, port, entrypoint }
  ' "$1"
}

# Prints the build log lines that show stage build-OTHER or the compile step of
# OTHER's entrypoint. Each service target must build without them.
other_service_steps() {
  local build_log="$1" other="$2" entrypoint="$3"
  grep -E "STEP [0-9]+/[0-9]+: " "$build_log" |
    grep -E -e " AS build-$other\$" -e "RUN .*go build .* ${entrypoint//./\\.}\$" || true
}

# Starts IMAGE's command and checks that it is still running after
# STAY_UP_SECONDS, for a service that has no port to probe.
# NOTE: no combination has a service without a port yet, so only a manual run
# has exercised this check.
check_stays_up() {
  local image="$1" app_log="$2" ctr pid status=0 command=()
  mapfile -t command < <(image_command "$image")
  ctr="$(run_buildah from --pull=never --quiet "$image")"
  setsid "${BUILDAH[@]}" run --isolation chroot "$ctr" -- "${command[@]}" >"$app_log" 2>&1 &
  pid=$!
  sleep "$STAY_UP_SECONDS"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "'${command[*]}' in $image exited within ${STAY_UP_SECONDS}s: $(tail -n 3 "$app_log")" >&2
    status=1
  fi
  stop_process_group "$pid"
  run_buildah rm "$ctr" >/dev/null
  return "$status"
}

# Checks that BUILD_LOG, the log of the build that BUILD names, shows no stage or
# compile step of a service other than SERVICE. Appends "BUILD built OTHER" to
# FAILURES for each other service that it shows.
check_builds_only() {
  local build_log="$1" answers="$2" service="$3" build="$4"
  local entries entry other other_entrypoint steps
  mapfile -t entries < <(service_entries "$answers")
  for entry in "${entries[@]}"; do
    read -r other _ other_entrypoint <<<"$entry"
    [[ "$other" != "$service" ]] || continue
    steps="$(other_service_steps "$build_log" "$other" "$other_entrypoint")"
    if [[ -n "$steps" ]]; then
      echo "$build ran steps of service $other: $steps" >&2
      FAILURES+=("$build built $other")
    fi
  done
}

# Builds and checks one service target: final image files, user, and that the
# app responds on its port (or stays up without one). Its build log must show no
# stage or compile step of another service.
check_service_target() {
  local name="$1" answers="$2" project="$3" image="$4" service="$5" port="$6"
  local log_dir="$RESULTS_DIR/$name"
  local build_log="$log_dir/build-$service.log"
  if ! build_image "$project" "$image-$service" "$service" "$build_log"; then
    FAILURES+=("$service target did not build")
    return
  fi
  check_builds_only "$build_log" "$answers" "$service" "$service target"

  check_final_image_files "$image-$service" "$(answer base "$answers")" || FAILURES+=("$service image contents")
  check_user "$image-$service" || FAILURES+=("$service runtime user")
  if [[ "$port" == - ]]; then
    check_stays_up "$image-$service" "$log_dir/app-$service.log" || FAILURES+=("$service app check")
  else
    check_app_responds "$image-$service" "$port" / "$log_dir/app-$service.log" \
      "$(suite_setting "expect-$service" "$answers")" || FAILURES+=("$service app check")
  fi
}

# Checks that the default target built as BUILT yields SERVICE. It must run the
# command of SERVICE_IMAGE, the image of --target SERVICE, and its BUILD_LOG must
# show no stage of another service. BUILD names the build in messages.
check_default_yields() {
  local built="$1" service_image="$2" build_log="$3" answers="$4" service="$5" build="$6" command expected
  command="$(image_command "$built" | tr '\n' ' ')"
  expected="$(image_command "$service_image" | tr '\n' ' ')"
  if [[ "$command" != "$expected" ]]; then
    echo "$build runs '$command', not '$expected', the command of --target $service" >&2
    FAILURES+=("$build is not $service")
  fi
  check_builds_only "$build_log" "$answers" "$service" "$build"
}

# Builds the default target twice: with no build argument, where the last stage
# "FROM ${SERVICE:-FIRST}" must give the first service, and with
# --build-arg SERVICE=LAST, which must give the last service. Each build must
# run only the stages of its service.
check_default_target() {
  local name="$1" answers="$2" project="$3" image="$4" first="$5" last="$6"
  local log_dir="$RESULTS_DIR/$name"
  if build_image "$project" "$image" "" "$log_dir/build.log"; then
    check_default_yields "$image" "$image-$first" "$log_dir/build.log" "$answers" "$first" "default target"
  else
    FAILURES+=("default target")
  fi
  if build_image "$project" "$image-default-$last" "" "$log_dir/build-default-$last.log" \
    --build-arg "SERVICE=$last"; then
    check_default_yields "$image-default-$last" "$image-$last" "$log_dir/build-default-$last.log" "$answers" \
      "$last" "SERVICE=$last"
  else
    FAILURES+=("SERVICE build argument")
  fi
}

# Runs every build and check of a combination with services. Sets BUILD_SECONDS
# and SIZE from the first service's target, and CACHE_SUMMARY from its rebuild
# after a source change, which must take every install step from the cache.
check_services() {
  local name="$1" answers="$2" project="$3" fixture="$4" image="$5"
  local log_dir="$RESULTS_DIR/$name" entries entry services=() service port first="" started
  # An array, not a "while read" loop, because buildah run in the checks reads stdin.
  mapfile -t entries < <(service_entries "$answers")
  for entry in "${entries[@]}"; do
    read -r service port _ <<<"$entry"
    services+=("$service")
    if [[ -z "$first" ]]; then
      first="$service"
      started=$SECONDS
      check_service_target "$name" "$answers" "$project" "$image" "$service" "$port"
      BUILD_SECONDS=$((SECONDS - started))
      SIZE="$(image_size "$image-$service" 2>/dev/null || true)"
      SIZE="${SIZE:--}"
    else
      check_service_target "$name" "$answers" "$project" "$image" "$service" "$port"
    fi
  done
  if ((${#services[@]} == 0)); then
    echo "$answers has no entries under services:" >&2
    FAILURES+=("services")
    return
  fi

  if grep -q '^migration:' "$answers"; then
    if build_image "$project" "$image-migrate" migrate "$log_dir/build-migrate.log"; then
      check_runs_to_completion "$image-migrate" "$log_dir/migrate.log" || FAILURES+=("migrate target failed")
      # Without a command line in the answers file, the migration runs the first
      # service's binary, and the migrate stage copies only that one.
      if ! grep -qE '^[[:space:]]+command:' "$answers"; then
        check_builds_only "$log_dir/build-migrate.log" "$answers" "$first" "migrate target"
      fi
    else
      FAILURES+=("migrate target did not build")
    fi
  fi
  check_default_target "$name" "$answers" "$project" "$image" "$first" "${services[-1]}"

  check_rebuild_after_change "$project" "$fixture" "$image-$first" "$first" "$log_dir/build-after-change.log"
}
