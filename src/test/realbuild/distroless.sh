# shellcheck shell=bash
# Assembles the distroless stand-ins for standins.sh, which sources this file.
# Each image starts from scratch and receives only the files of chosen Debian
# packages, taken from a donor container, plus accounts and CA certificates.
# No shell, coreutils or package manager is copied, as in the real images.

DISTROLESS_STATIC="gcr.io/distroless/static-debian13:nonroot"
DISTROLESS_BASE="gcr.io/distroless/base-debian13:nonroot"
DISTROLESS_PYTHON="gcr.io/distroless/python3-debian13:nonroot"
DISTROLESS_NODEJS="gcr.io/distroless/nodejs24-debian13:nonroot"
DISTROLESS_IMAGES=("$DISTROLESS_STATIC" "$DISTROLESS_BASE" "$DISTROLESS_PYTHON" "$DISTROLESS_NODEJS")

# Packages whose files stay out of the distroless stand-ins and whose
# dependencies are not followed: shells, core tools and package managers.
DISTROLESS_EXCLUDED="apt base-passwd bash coreutils dash debconf debianutils diffutils dpkg findutils grep gzip
 hostname init-system-helpers libc-bin login mawk passwd perl-base sed sensible-utils tar util-linux"
NONROOT_UID=65532

# Prints PACKAGE... and the installed packages they depend on, transitively,
# skipping the space-separated EXCLUDED names. Runs inside the donor container.
package_closure() {
  local excluded=" ${1//$'\n'/ } "
  shift
  local -A seen=()
  local queue=("$@") package dependency alternative name
  while ((${#queue[@]})); do
    package="${queue[0]}"
    queue=("${queue[@]:1}")
    if [[ -n "${seen[$package]:-}" || "$excluded" == *" $package "* ]]; then
      continue
    fi
    seen[$package]=1
    echo "$package"
    while IFS= read -r dependency; do
      # Of the alternatives "a | b", follow the first one that is installed.
      for alternative in ${dependency//|/ }; do
        name="${alternative%%:*}"
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null)" == installed ]]; then
          queue+=("$name")
          break
        fi
      done
    done < <(dpkg-query -W -f='${Depends}, ${Pre-Depends}\n' "$package" | sed -E 's/\([^)]*\)//g' | tr ',' '\n')
  done
}

# Prints the paths, relative to the root, to copy for PACKAGE... from the donor.
# Paths under /bin, /lib and the like are rewritten to /usr, because the images
# are merged-/usr and those top-level directories are symbolic links.
distroless_file_list() {
  local donor="$1"
  shift
  {
    # shellcheck disable=SC2016 # expanded inside the container
    run_in "$donor" bash -c "$(declare -f package_closure)"'; dpkg -L $(package_closure "$@")' \
      _ "$DISTROLESS_EXCLUDED" "$@"
    printf '%s\n' /etc/ssl /etc/ssl/certs /etc/ssl/certs/ca-certificates.crt /etc/os-release /usr/lib/os-release
  } | grep '^/' |
    sed -E 's#^/(bin|sbin|lib|lib32|lib64|libx32)(/|$)#/usr/\1\2#' |
    grep -v -E '^/\.?$|^/usr/share/(doc|man|info|lintian|bug)(/|$)' |
    sed 's#^/##' | sort -u
}

write_distroless_accounts() {
  local root="$1"
  printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' \
    'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
    "nonroot:x:$NONROOT_UID:$NONROOT_UID:nonroot:/home/nonroot:/sbin/nologin" >"$root/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' "nonroot:x:$NONROOT_UID:" >"$root/etc/group"
  printf '%s\n' 'passwd: files' 'group: files' 'hosts: files dns' >"$root/etc/nsswitch.conf"
  install -d -m 0700 "$root/root"
  install -d -m 0700 -o "$NONROOT_UID" -g "$NONROOT_UID" "$root/home/nonroot"
  install -d -m 1777 "$root/tmp"
}

# Builds one distroless IMAGE from the files of PACKAGE... in the donor container.
assemble_distroless() {
  local donor="$1" donor_root="$2" image="$3" entrypoint="$4"
  shift 4
  local ctr root dir
  distroless_file_list "$donor" "$@" >"$WORK_DIR/distroless-files"
  ctr="$(run_buildah from scratch)"
  CONTAINERS+=("$ctr")
  root="$(run_buildah mount "$ctr")"
  install -d -m 0755 "$root/usr" "$root/etc"
  for dir in bin sbin lib lib64; do
    ln -s "usr/$dir" "$root/$dir"
  done
  tar -C "$donor_root" --no-recursion -cf - -T "$WORK_DIR/distroless-files" | tar -C "$root" -xf -
  write_distroless_accounts "$root"
  if [[ "$image" == "$DISTROLESS_NODEJS" ]]; then
    install -d -m 0755 "$root/nodejs/bin"
    ln -s /usr/bin/node "$root/nodejs/bin/node"
  fi
  run_buildah umount "$ctr" >/dev/null
  run_buildah config --user "$NONROOT_UID" --workingdir /home/nonroot --env "PATH=$DEFAULT_PATH" \
    --env SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt "$ctr"
  if [[ -n "$entrypoint" ]]; then
    run_buildah config --entrypoint "$entrypoint" "$ctr"
  fi
  run_buildah config --label "$STANDIN_LABEL=$STANDIN_VERSION" "$ctr"
  run_buildah commit --quiet --rm --format docker "$ctr" "$image" >/dev/null
  log "committed $image"
}

make_distroless_images() {
  local missing=() image
  for image in "${DISTROLESS_IMAGES[@]}"; do
    if is_current "$image"; then
      log "reusing $image"
    else
      missing+=("$image")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return
  fi

  local donor donor_root
  new_container "$BASE_IMAGE"
  donor="$NEW_CONTAINER"
  run_in "$donor" apt-get update -qq
  apt_install "$donor" ca-certificates tzdata netbase libssl3 python3 nodejs
  donor_root="$(run_buildah mount "$donor")"

  local static_packages=(tzdata netbase)
  local base_packages=("${static_packages[@]}" libc6 libssl3)
  for image in "${missing[@]}"; do
    log "building $image"
    case "$image" in
      "$DISTROLESS_STATIC") assemble_distroless "$donor" "$donor_root" "$image" '' "${static_packages[@]}" ;;
      "$DISTROLESS_BASE") assemble_distroless "$donor" "$donor_root" "$image" '' "${base_packages[@]}" ;;
      "$DISTROLESS_PYTHON")
        assemble_distroless "$donor" "$donor_root" "$image" '["/usr/bin/python3"]' "${base_packages[@]}" python3
        ;;
      "$DISTROLESS_NODEJS")
        assemble_distroless "$donor" "$donor_root" "$image" '["/nodejs/bin/node"]' "${base_packages[@]}" nodejs
        ;;
    esac
  done
  run_buildah umount "$donor" >/dev/null
}
