#!/usr/bin/env bash
# Builds local stand-ins for the base images that homelab-scaffold's Dockerfiles
# name, so `buildah bud --pull=never` can build those Dockerfiles with no image
# registry. Every stand-in comes from one `debootstrap --variant=minbase bookworm`
# root filesystem and is committed under the fully qualified name that buildah
# resolves, such as docker.io/library/golang:1.25-alpine3.22. Images of the
# current recipe version are reused, so a second run takes seconds.
#
# Usage: standins.sh [--rebuild]   (as root; needs buildah, debootstrap and npm)
#
# What the stand-ins check: Dockerfile syntax, stage wiring, COPY --from paths,
# users and permissions, layer cache order, package names, and what reaches the
# final image. What they cannot check:
# - musl versus glibc behaviour: the "alpine" images are Debian with apk,
#   adduser and addgroup shims (shims/), so a glibc binary runs on them.
# - exact image sizes: Debian packages differ in size from Alpine's and from
#   the official images.
# - the real distroless contents: those images are assembled here from Debian
#   packages, with no shell and no package manager, like the real ones.
# - real language versions: Debian bookworm's Go 1.19, Python 3.11 and
#   Node.js 18 stand in for Go 1.25, Python 3.13 and Node.js 24.
# - a missing `apk add tzdata` on the Go and Python alpine images, because
#   Debian's Go and Python packages depend on tzdata, so it stays installed.
set -euo pipefail

REALBUILD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=SCRIPTDIR/lib.sh
source "$REALBUILD_DIR/lib.sh"
# shellcheck source=SCRIPTDIR/distroless.sh
source "$REALBUILD_DIR/distroless.sh"

DEBIAN_SUITE="bookworm"
DEBIAN_MIRROR="${REALBUILD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE_IMAGE="localhost/homelab-scaffold/standin-base:$DEBIAN_SUITE"
# npm and corepack come from the npm registry, because Debian bookworm has no
# corepack package, and its npm 9 package installs 387 packages. These are the
# newest releases whose engines field accepts Node.js 18.
NPM_VERSION="10.9.8"
COREPACK_VERSION="0.33.0"
DEFAULT_PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# Seconds allowed for one download or install step, so a stalled mirror fails
# the run instead of hanging it.
STEP_TIMEOUT="${REALBUILD_STEP_TIMEOUT:-900}"

STANDIN_IMAGES=(
  docker.io/library/debian:trixie-slim
  docker.io/library/golang:1.25-alpine3.22
  docker.io/library/golang:1.25-trixie
  docker.io/library/alpine:3.22
  docker.io/library/python:3.13-slim-trixie
  docker.io/library/python:3.13-alpine3.22
  docker.io/library/node:24-trixie-slim
  docker.io/library/node:24-alpine3.22
  "${DISTROLESS_IMAGES[@]}"
)

WORK_DIR=""
CONTAINERS=()
NEW_CONTAINER=""

cleanup() {
  local ctr
  for ctr in "${CONTAINERS[@]}"; do
    run_buildah rm "$ctr" >/dev/null 2>&1 || true
  done
  if [[ -n "$WORK_DIR" ]]; then
    rm -rf "$WORK_DIR"
  fi
}

# Creates a working container from IMAGE, stores its name in NEW_CONTAINER and
# registers it for cleanup. It sets a variable instead of printing the name,
# because a command substitution would register it in a subshell.
new_container() {
  NEW_CONTAINER="$(run_buildah from --pull=never --quiet "$1")"
  CONTAINERS+=("$NEW_CONTAINER")
}

# Runs a command in a working container with the host's proxy settings, if any,
# for at most STEP_TIMEOUT seconds.
run_in() {
  local ctr="$1" var
  shift
  local env_args=()
  for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [[ -n "${!var:-}" ]]; then
      env_args+=(--env "$var=${!var}")
    fi
  done
  timeout "$STEP_TIMEOUT" "${BUILDAH[@]}" run --isolation chroot "${env_args[@]}" "$ctr" -- "$@"
}

apt_install() {
  local ctr="$1"
  shift
  run_in "$ctr" env DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes \
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Commits CTR as IMAGE with the stand-in label, after removing the apt lists
# and package cache that the official images do not carry.
commit_standin() {
  local ctr="$1" image="$2"
  run_in "$ctr" sh -c 'apt-get clean && rm -rf /var/lib/apt/lists/* /tmp/* /root/.cache /root/.npm'
  run_buildah config --label "$STANDIN_LABEL=$STANDIN_VERSION" "$ctr"
  run_buildah commit --quiet --rm --format docker "$ctr" "$image" >/dev/null
  log "committed $image"
}

is_current() {
  [[ "$(standin_version_of "$1")" == "$STANDIN_VERSION" ]]
}

make_base() {
  if is_current "$BASE_IMAGE"; then
    return
  fi
  log "debootstrap $DEBIAN_SUITE from $DEBIAN_MIRROR"
  local ctr mnt
  ctr="$(run_buildah from scratch)"
  CONTAINERS+=("$ctr")
  mnt="$(run_buildah mount "$ctr")"
  timeout "$STEP_TIMEOUT" debootstrap --variant=minbase "$DEBIAN_SUITE" "$mnt" "$DEBIAN_MIRROR" \
    >"$WORK_DIR/debootstrap.log" 2>&1 ||
    die "debootstrap failed; see the end of its log: $(tail -n 5 "$WORK_DIR/debootstrap.log")"
  echo "deb $DEBIAN_MIRROR $DEBIAN_SUITE main" >"$mnt/etc/apt/sources.list"
  # Like the official Debian images: no downloaded .deb files are kept.
  echo 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };' \
    >"$mnt/etc/apt/apt.conf.d/docker-clean"
  # Builds reach package registries through whatever TLS setup this host has, so
  # the images trust the same locally added certificate authorities.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    install -d -m 0755 "$mnt/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$mnt/usr/local/share/ca-certificates/"
  fi
  rm -f "$mnt/etc/resolv.conf" "$mnt/etc/hostname"
  run_buildah umount "$ctr" >/dev/null
  run_buildah config --env "PATH=$DEFAULT_PATH" --env LANG=C.UTF-8 --cmd '["bash"]' "$ctr"
  commit_standin "$ctr" "$BASE_IMAGE"
}

# Builds IMAGE from the base with RECIPE CTR, unless a current one exists.
derive() {
  local image="$1" recipe="$2" ctr
  if is_current "$image"; then
    log "reusing $image"
    return
  fi
  log "building $image"
  new_container "$BASE_IMAGE"
  ctr="$NEW_CONTAINER"
  run_in "$ctr" apt-get update -qq
  "$recipe" "$ctr"
  commit_standin "$ctr" "$image"
}

add_alpine_traits() {
  local ctr="$1"
  apt_install "$ctr" busybox ca-certificates
  run_buildah copy --chmod 0755 "$ctr" "$REALBUILD_DIR/shims/apk" /sbin/apk >/dev/null
  run_buildah copy --chmod 0755 "$ctr" "$REALBUILD_DIR/shims/adduser" /usr/sbin/adduser >/dev/null
  run_buildah copy --chmod 0755 "$ctr" "$REALBUILD_DIR/shims/addgroup" /usr/sbin/addgroup >/dev/null
  run_in "$ctr" ln -sf /bin/busybox /usr/bin/wget
  # Alpine has no tzdata by default, so remove it unless an installed package needs it.
  # shellcheck disable=SC2016 # expanded inside the container
  run_in "$ctr" sh -c 'if [ "$(apt-get -s purge tzdata | grep -c "^Purg")" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tzdata >/dev/null; fi'
  run_buildah config --cmd '["/bin/sh"]' "$ctr"
}

add_go() {
  local ctr="$1"
  shift
  apt_install "$ctr" golang-go "$@"
  run_in "$ctr" sh -c 'ln -s /usr/lib/go /usr/local/go && mkdir -p /go/src /go/bin && chmod -R 1777 /go'
  run_buildah config --env GOPATH=/go --env GOTOOLCHAIN=local --env "PATH=/go/bin:/usr/local/go/bin:$DEFAULT_PATH" \
    --workingdir /go "$ctr"
}

add_python() {
  local ctr="$1"
  apt_install "$ctr" python3 python3-venv python3-pip python3-setuptools \
    python3-pip-whl python3-setuptools-whl python3-wheel-whl
  # The official image ships Python's headers for building extensions, but not
  # a compiler, so only the headers of libpython3.11-dev are unpacked here.
  run_in "$ctr" sh -c 'cd /tmp && apt-get download -qq libpython3.11-dev &&
    dpkg-deb -x libpython3.11-dev_*.deb dev && cp -a dev/usr/include/. /usr/include/ && rm -rf /tmp/*'
  run_in "$ctr" sh -c 'rm -f /usr/lib/python3*/EXTERNALLY-MANAGED &&
    ln -s /usr/bin/python3 /usr/local/bin/python && ln -s /usr/bin/python3 /usr/local/bin/python3 &&
    ln -s /usr/bin/pip3 /usr/local/bin/pip && ln -s /usr/bin/pip3 /usr/local/bin/pip3'
  # PyPI is out of reach here: pip, also inside build isolation, takes setuptools
  # and wheel from the wheels that Debian packages.
  run_in "$ctr" sh -c 'printf "%s\n" "[global]" "no-index = true" \
    "find-links = /usr/share/python-wheels" "disable-pip-version-check = true" >/etc/pip.conf'
  run_buildah config --cmd '["python3"]' "$ctr"
}

fetch_npm_tarballs() {
  if [[ -f "$WORK_DIR/npm.tgz" ]]; then
    return
  fi
  log "fetching npm@$NPM_VERSION and corepack@$COREPACK_VERSION from the npm registry"
  local pack_dir="$WORK_DIR/npm-pack"
  mkdir -p "$pack_dir"
  (cd "$pack_dir" && timeout "$STEP_TIMEOUT" npm pack --silent "npm@$NPM_VERSION" "corepack@$COREPACK_VERSION" \
    >/dev/null) ||
    die "npm pack failed for npm@$NPM_VERSION or corepack@$COREPACK_VERSION"
  mv "$pack_dir/npm-$NPM_VERSION.tgz" "$WORK_DIR/npm.tgz"
  mv "$pack_dir/corepack-$COREPACK_VERSION.tgz" "$WORK_DIR/corepack.tgz"
}

add_node() {
  local ctr="$1" shell="$2"
  apt_install "$ctr" nodejs ca-certificates
  fetch_npm_tarballs
  run_buildah copy "$ctr" "$WORK_DIR/npm.tgz" "$WORK_DIR/corepack.tgz" /tmp/ >/dev/null
  run_in "$ctr" sh -c 'set -e; cd /usr/local/lib && mkdir -p node_modules/npm node_modules/corepack &&
    tar -xzf /tmp/npm.tgz --strip-components=1 -C node_modules/npm &&
    tar -xzf /tmp/corepack.tgz --strip-components=1 -C node_modules/corepack &&
    ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm &&
    ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx &&
    ln -s ../lib/node_modules/corepack/dist/corepack.js /usr/local/bin/corepack'
  run_in "$ctr" sh -c "groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell $shell --create-home node"
  run_buildah copy --chmod 0755 "$ctr" "$REALBUILD_DIR/shims/docker-entrypoint.sh" /usr/local/bin/ >/dev/null
  # Node.js reads its own CA list, so point it at the system bundle, which contains
  # the authorities that npm needs on this host.
  run_buildah config --env NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt --cmd '' "$ctr"
  # The command is set after the entrypoint, because buildah warns when an
  # entrypoint is set while a command exists.
  run_buildah config --entrypoint '["docker-entrypoint.sh"]' "$ctr"
  run_buildah config --cmd '["node"]' "$ctr"
}

recipe_golang_alpine() {
  add_go "$1" git ca-certificates
  add_alpine_traits "$1"
}

recipe_golang_trixie() {
  add_go "$1" gcc libc6-dev git ca-certificates
}

recipe_alpine() {
  add_alpine_traits "$1"
}

recipe_python_slim() {
  add_python "$1"
}

recipe_python_alpine() {
  add_python "$1"
  add_alpine_traits "$1"
}

recipe_node_slim() {
  add_node "$1" /bin/bash
}

recipe_node_alpine() {
  add_alpine_traits "$1"
  add_node "$1" /bin/sh
}

main() {
  local rebuild=false
  case "${1:-}" in
    --rebuild) rebuild=true ;;
    "") ;;
    *) die "unknown option '$1' (usage: standins.sh [--rebuild])" ;;
  esac
  require_root
  require_commands buildah debootstrap npm tar
  if [[ "$rebuild" == true ]]; then
    log "removing the stand-in images"
    run_buildah rmi --force "${STANDIN_IMAGES[@]}" "$BASE_IMAGE" >/dev/null 2>&1 || true
  fi
  WORK_DIR="$(mktemp -d)"
  trap cleanup EXIT

  make_base
  if ! is_current docker.io/library/debian:trixie-slim; then
    run_buildah tag "$BASE_IMAGE" docker.io/library/debian:trixie-slim
  fi
  derive docker.io/library/golang:1.25-alpine3.22 recipe_golang_alpine
  derive docker.io/library/golang:1.25-trixie recipe_golang_trixie
  derive docker.io/library/alpine:3.22 recipe_alpine
  derive docker.io/library/python:3.13-slim-trixie recipe_python_slim
  derive docker.io/library/python:3.13-alpine3.22 recipe_python_alpine
  derive docker.io/library/node:24-trixie-slim recipe_node_slim
  derive docker.io/library/node:24-alpine3.22 recipe_node_alpine
  make_distroless_images
  log "stand-ins ready"
}

main "$@"
