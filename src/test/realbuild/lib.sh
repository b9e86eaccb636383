# shellcheck shell=bash disable=SC2034 # the scripts that source this file use its variables
# Settings and helpers shared by standins.sh and run.sh. Source it, do not run it.

# overlay is much faster than vfs. Set REALBUILD_STORAGE_DRIVER=vfs where the
# filesystem under /var/lib/containers cannot host overlay mounts.
REALBUILD_STORAGE_DRIVER="${REALBUILD_STORAGE_DRIVER:-overlay}"

# Label that marks an image as a stand-in of this recipe version. Raise the
# number when the recipe changes, so the next run rebuilds the stand-ins.
STANDIN_LABEL="org.homelabscaffold.standin"
STANDIN_VERSION="1"

# buildah with the storage driver that both scripts must agree on. The array
# form works with timeout and setsid, and run_buildah is the shorthand for plain calls.
BUILDAH=(buildah --storage-driver "$REALBUILD_STORAGE_DRIVER")

run_buildah() {
  "${BUILDAH[@]}" "$@"
}

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

image_exists() {
  run_buildah inspect --type image "$1" >/dev/null 2>&1
}

# Prints the stand-in recipe version of an image, or nothing for other images.
standin_version_of() {
  run_buildah inspect --type image --format "{{index .Docker.Config.Labels \"$STANDIN_LABEL\"}}" "$1" 2>/dev/null || true
}

require_root() {
  if [[ $EUID -ne 0 ]]; then
    die "run as root: buildah builds here with chroot isolation, which needs root"
  fi
}

require_commands() {
  local missing=() cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  if ((${#missing[@]})); then
    die "missing commands: ${missing[*]} (install them with: apt-get install -y buildah debootstrap docker-compose shellcheck)"
  fi
}
