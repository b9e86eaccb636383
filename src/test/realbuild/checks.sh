# shellcheck shell=bash
# Checks that run.sh, which sources this file, applies to generated files and
# built images. Each check prints why it failed on stderr and returns non-zero.

APP_START_TIMEOUT="${REALBUILD_APP_START_TIMEOUT:-30}"
COMMAND_TIMEOUT=15

# A RUN step that installs packages or dependencies. After a source change such
# a step must come from the layer cache.
INSTALL_STEP_PATTERN='(apk add|apt-get install|go mod download|pip install|npm ci|npm install|yarn install|pnpm install|poetry install|uv sync|uv pip install)'

# Prints the image's command line, entrypoint then cmd, one argument per line.
image_command() {
  run_buildah inspect --type image "$1" | jq -r '(.OCIv1.config.Entrypoint // []) + (.OCIv1.config.Cmd // []) | .[]'
}

image_size() {
  run_buildah images --noheading --format '{{.Size}}' "$1" | head -n 1
}

check_compose() {
  local project="$1" variable
  # Give every required variable, written ${NAME:?message}, a throwaway value.
  local env_args=()
  while IFS= read -r variable; do
    env_args+=("$variable=realbuild-placeholder")
  done < <(grep -o -E '\$\{[A-Za-z_][A-Za-z0-9_]*:\?' "$project/compose.yaml" | sed -E 's/^\$\{//; s/:\?$//' | sort -u)
  if ! (cd "$project" && env "${env_args[@]}" timeout 60 docker-compose -f compose.yaml config -q); then
    echo "docker-compose config -q rejected compose.yaml" >&2
    return 1
  fi
}

check_buildx_script() {
  local project="$1"
  if ! shellcheck "$project/buildx.sh" >&2; then
    echo "shellcheck reported problems in buildx.sh" >&2
    return 1
  fi
  if ! bash -n "$project/buildx.sh"; then
    echo "bash -n found a syntax error in buildx.sh" >&2
    return 1
  fi
  if ! (cd "$project" && timeout 10 ./buildx.sh --help >/dev/null); then
    echo "./buildx.sh --help did not exit 0" >&2
    return 1
  fi
}

# Mounts IMAGE in a new working container, prints "CONTAINER MOUNTPOINT".
mount_image() {
  local ctr
  ctr="$(run_buildah from --pull=never --quiet "$1")"
  echo "$ctr $(run_buildah mount "$ctr")"
}

check_no_compiler() {
  local root="$1" dir name found=()
  for dir in bin sbin usr/bin usr/sbin usr/local/bin usr/local/sbin usr/local/go/bin usr/lib/go/bin; do
    for name in gcc cc go; do
      if [[ -e "$root/$dir/$name" || -L "$root/$dir/$name" ]]; then
        found+=("/$dir/$name")
      fi
    done
  done
  if ((${#found[@]})); then
    echo "final image contains a compiler: ${found[*]}" >&2
    return 1
  fi
}

# Python's own headers are exempt: the official Python images ship them, in
# /usr/local/include, and the stand-ins keep Debian's copy in /usr/include.
check_no_headers() {
  local root="$1" headers
  [[ -d "$root/usr/include" ]] || return 0
  headers="$(find "$root/usr/include" -mindepth 1 \( -type f -o -type l \) ! -path '*/python3.*' -printf '/usr/include/%P ' |
    head -c 200)"
  if [[ -n "$headers" ]]; then
    echo "final image contains C headers, such as: $headers" >&2
    return 1
  fi
}

check_no_package_caches() {
  local root="$1" found=() path
  if [[ -n "$(find "$root/var/lib/apt/lists" -mindepth 1 -maxdepth 1 ! -name lock ! -name partial 2>/dev/null)" ]]; then
    found+=(/var/lib/apt/lists)
  fi
  for path in var/cache/apk root/.cache root/.npm home/*/.npm home/*/.cache; do
    if [[ -e "$root/$path" && -n "$(ls -A "$root/$path" 2>/dev/null)" ]]; then
      found+=("/$path")
    fi
  done
  if ((${#found[@]})); then
    echo "final image contains package manager caches: ${found[*]}" >&2
    return 1
  fi
}

# Checks the final image's files: no compiler, no headers, no package caches,
# and for scratch a static binary and the CA bundle.
check_final_image_files() {
  local image="$1" base="$2" ctr root status=0
  read -r ctr root < <(mount_image "$image")
  check_no_compiler "$root" || status=1
  check_no_headers "$root" || status=1
  check_no_package_caches "$root" || status=1
  if [[ "$base" == scratch ]]; then
    check_static_binary "$image" "$root" || status=1
    if [[ ! -s "$root/etc/ssl/certs/ca-certificates.crt" ]]; then
      echo "scratch image lacks /etc/ssl/certs/ca-certificates.crt" >&2
      status=1
    fi
  fi
  run_buildah rm "$ctr" >/dev/null
  return "$status"
}

check_static_binary() {
  local image="$1" root="$2" binary copy description
  binary="$(image_command "$image" | head -n 1)"
  if [[ -z "$binary" || ! -f "$root/$binary" ]]; then
    echo "scratch image: entrypoint binary '$binary' not found" >&2
    return 1
  fi
  copy="$(mktemp)"
  cp "$root/$binary" "$copy"
  description="$(file -b "$copy")"
  if [[ "$description" != *"statically linked"* && "$description" != *"static-pie linked"* ]] ||
    ldd "$copy" >/dev/null 2>&1; then
    echo "scratch image: $binary is not static: $description" >&2
    rm -f "$copy"
    return 1
  fi
  rm -f "$copy"
}

check_user() {
  local user
  user="$(run_buildah inspect --type image --format '{{.OCIv1.Config.User}}' "$1")"
  case "$user" in
    "" | root | root:* | 0 | 0:*)
      echo "final image runs as '${user:-root (no USER)}'" >&2
      return 1
      ;;
  esac
}

# Runs the image's HEALTHCHECK command inside the running container CTR.
run_healthcheck_in() {
  local image="$1" ctr="$2" test_json kind
  test_json="$(run_buildah inspect --type image "$image" | jq '.Docker.config.Healthcheck // {}')"
  kind="$(jq -r '.Test[0]? // "NONE"' <<<"$test_json")"
  local args=()
  case "$kind" in
    CMD) mapfile -t args < <(jq -r '.Test[1:][]' <<<"$test_json") ;;
    CMD-SHELL) args=(/bin/sh -c "$(jq -r '.Test[1]' <<<"$test_json")") ;;
    *) return 0 ;;
  esac
  if ! timeout "$COMMAND_TIMEOUT" "${BUILDAH[@]}" run --isolation chroot "$ctr" -- "${args[@]}"; then
    echo "HEALTHCHECK failed inside the container: ${args[*]}" >&2
    return 1
  fi
}

# Starts IMAGE's command, waits until http://127.0.0.1:PORT/PATH responds with a
# body that contains EXPECTED (if given) and the image's own HEALTHCHECK passes,
# then stops it. APP_LOG gets the app's output.
check_app_responds() {
  local image="$1" port="$2" path="$3" app_log="$4" expected="$5"
  local url="http://127.0.0.1:$port/${path#/}" ctr pid status=0 command=() body
  if curl -s -m 1 -o /dev/null "$url"; then
    echo "port $port is already in use, so the app cannot be checked" >&2
    return 1
  fi
  mapfile -t command < <(image_command "$image")
  ctr="$(run_buildah from --pull=never --quiet "$image")"
  # setsid makes the app its own process group, so stopping it stops every child.
  setsid "${BUILDAH[@]}" run --isolation chroot "$ctr" -- "${command[@]}" \
    >"$app_log" 2>&1 &
  pid=$!
  if wait_for_url "$url" "$pid"; then
    body="$(curl -s -m 2 "$url" || true)"
    if [[ "$body" != *"$expected"* ]]; then
      echo "app response '$body' does not contain '$expected'" >&2
      status=1
    fi
    run_healthcheck_in "$image" "$ctr" || status=1
  else
    echo "app timed out: no response from $url within ${APP_START_TIMEOUT}s; its output ends with:" \
      "$(tail -n 3 "$app_log")" >&2
    status=1
  fi
  stop_process_group "$pid"
  run_buildah rm "$ctr" >/dev/null
  return "$status"
}

wait_for_url() {
  local url="$1" pid="$2" deadline=$((SECONDS + APP_START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if curl -s -f -m 2 -o /dev/null "$url"; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

stop_process_group() {
  local pid="$1" deadline=$((SECONDS + 10))
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Runs IMAGE's command to completion and checks that it exits 0.
check_runs_to_completion() {
  local image="$1" output_log="$2" ctr status=0 command=()
  mapfile -t command < <(image_command "$image")
  ctr="$(run_buildah from --pull=never --quiet "$image")"
  if ! timeout 60 "${BUILDAH[@]}" run --isolation chroot "$ctr" -- \
    "${command[@]}" >"$output_log" 2>&1; then
    echo "'${command[*]}' in $image did not exit 0: $(tail -n 3 "$output_log")" >&2
    status=1
  fi
  run_buildah rm "$ctr" >/dev/null
  return "$status"
}

# Prints "CACHED TOTAL RERUN" for a build log: the number of steps taken from
# the layer cache, the number of steps other than FROM, and the install steps
# that ran again, joined by "|". buildah builds a stage when a later stage first
# needs it, so its steps can print between a COPY --from step and that step's
# result. A stack of open steps matches each result to its step: "--> Using
# cache ID" marks the innermost open step as cached, and "--> SHORT_ID" ends it.
summarize_cache_use() {
  awk -v pattern="$INSTALL_STEP_PATTERN" '
    /STEP [0-9]+\/[0-9]+: / {
      sub(/.*STEP [0-9]+\/[0-9]+: /, "")
      if ($0 !~ /^FROM /) { depth++; steps[depth] = $0; cached[depth] = 0 }
      next
    }
    /^--> Using cache / { if (depth > 0) cached[depth] = 1; next }
    /^--> [0-9a-f]+$/ {
      if (depth == 0) next
      total++
      if (cached[depth]) count++
      else if (steps[depth] ~ /^RUN / && steps[depth] ~ pattern) rerun = rerun (rerun == "" ? "" : "|") steps[depth]
      depth--
    }
    END { printf "%d %d %s\n", count, total, rerun }
  ' "$1"
}
