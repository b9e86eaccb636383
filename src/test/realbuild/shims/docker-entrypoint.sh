#!/bin/sh
# Entrypoint of the Node.js stand-ins, matching the official node images: the
# arguments run as a command, unless the first is an option or not a command on
# PATH, in which case node runs them.
set -e

if [ $# -eq 0 ] || [ "${1#-}" != "$1" ] || ! command -v "$1" >/dev/null 2>&1; then
  set -- node "$@"
fi
exec "$@"
