#!/usr/bin/env bash
# Times homelab-scaffold's commands as whole processes started through the ./homelab-scaffold
# launcher, and prints median, min and max wall time and peak RSS per case. Then generates many
# projects in a row, and projects of 1 to 50 services, to show how the cost grows.
# bench/README.md explains the cases and records results.
#
# Usage: bench/run.sh [--runs N] [--warmup N] [--projects N] [--no-growth]
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench_dir")"
launcher="$root/homelab-scaffold"
examples=("$root/examples/python-postgres.yaml" "$root/examples/go-scratch.yaml" "$root/examples/node-alpine.yaml")
# Text of the wizard's first question, which both the full-screen and the line wizard show first.
wizard_text="${BENCH_WIZARD_TEXT:-Service name}"

runs=20
warmup=3
projects=50
growth=true
# Peak RSS comes from a few extra runs under /usr/bin/time, which would otherwise add its own
# start-up to every timed run.
rss_runs=3

# Targets for the median wall time in ms, and for peak RSS in MiB, on a 2-core machine.
target_new=100
target_help=80
target_update=120
target_wizard=300
target_rss=80

usage() {
  echo "usage: bench/run.sh [--runs N] [--warmup N] [--projects N] [--no-growth]" >&2
  exit 2
}

while (($# > 0)); do
  case $1 in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a number}"; shift 2 ;;
    --projects) projects="${2:?--projects needs a number}"; shift 2 ;;
    --no-growth) growth=false; shift ;;
    *) usage ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

print_machine() {
  local cpu java_version
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  java_version="$(java -version 2>&1 | head -n 1)"
  echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, $java_version"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  if command -v hyperfine >/dev/null 2>&1; then
    echo "timing: $(hyperfine --version), $warmup warm-up and $runs timed runs per case"
  else
    echo "timing: bash loop (hyperfine not installed), $warmup warm-up and $runs timed runs per case"
  fi
  echo
}

ensure_built() {
  # The first run builds the jar and the class-data-sharing archive; neither is timed.
  if ! "$launcher" --version >/dev/null; then
    echo "bench: $launcher --version failed; fix the build first" >&2
    exit 1
  fi
}

# Prints the peak RSS in MiB over a few runs of the command, or n/a without GNU time.
peak_rss() {
  local clean_dir=$1 kib max=0 run
  shift
  if [[ ! -x /usr/bin/time ]]; then
    echo n/a
    return
  fi
  for ((run = 0; run < rss_runs; run++)); do
    [[ $clean_dir == - ]] || rm -rf "$clean_dir"
    /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
    kib="$(tail -n 1 "$work/rss")"
    if ((kib > max)); then
      max=$kib
    fi
  done
  awk -v kib="$max" 'BEGIN { printf "%.1f", kib / 1024 }'
}

# Prints "MEDIAN MIN MAX CPU" in ms using hyperfine. CPU is the mean user plus system time.
time_with_hyperfine() {
  local clean_dir=$1 command_line
  shift
  command_line="$(printf '%q ' "$@")"
  local options=(-N --warmup "$warmup" --runs "$runs" --style none --export-csv "$work/times.csv")
  if [[ $clean_dir != - ]]; then
    options+=(--prepare "rm -rf $(printf '%q' "$clean_dir")")
  fi
  # Its warnings about outliers go to the log, which is shown only when the command fails.
  hyperfine "${options[@]}" -- "$command_line" >/dev/null 2>"$work/hyperfine.log" || return 1
  # Columns: command,mean,stddev,median,user,system,min,max in seconds; read from the end in
  # case the command contains a comma.
  tail -n 1 "$work/times.csv" | awk -F, '{ printf "%.1f %.1f %.1f %.1f", $(NF-4) * 1000, $(NF-1) * 1000, $NF * 1000, ($(NF-3) + $(NF-2)) * 1000 }'
}

# Prints "MEDIAN MIN MAX n/a" in ms from a plain loop, for machines without hyperfine.
time_with_loop() {
  local clean_dir=$1 start end run
  shift
  : >"$work/times"
  for ((run = 0; run < warmup + runs; run++)); do
    [[ $clean_dir == - ]] || rm -rf "$clean_dir"
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    end=$EPOCHREALTIME
    if ((run >= warmup)); then
      echo "$start $end" >>"$work/times"
    fi
  done
  awk '{ print ($2 - $1) * 1000 }' "$work/times" | sort -n |
    awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %.1f %.1f n/a", m, t[1], t[NR] }'
}

# Prints one table row. Arguments: case name, target ms, clean dir ("-" for none), command.
time_case() {
  local name=$1 target=$2 clean_dir=$3 times median min max cpu rss
  shift 3
  if command -v hyperfine >/dev/null 2>&1; then
    if ! times="$(time_with_hyperfine "$clean_dir" "$@")"; then
      skip_row "$name" "failed: $(grep -m1 -i error "$work/hyperfine.log" || echo "see hyperfine's output")"
      return
    fi
  else
    times="$(time_with_loop "$clean_dir" "$@")"
  fi
  read -r median min max cpu <<<"$times"
  rss="$(peak_rss "$clean_dir" "$@")"
  print_row "$name" "$target" "$median" "$min" "$max" "$cpu" "$rss"
}

# Prints one table row for a wizard's first screen, timed in a pseudo-terminal.
time_first_frame() {
  local name=$1 figures median min max rss
  shift
  if ! command -v python3 >/dev/null 2>&1; then
    skip_row "$name" "python3 is not installed (needed for the pseudo-terminal)"
    return
  fi
  if ! figures="$(python3 "$bench_dir/first-frame.py" --text "$wizard_text" --runs "$runs" \
    --warmup "$warmup" -- "$@")"; then
    skip_row "$name" "failed: '$wizard_text' did not appear (set BENCH_WIZARD_TEXT if the first screen changed)"
    return
  fi
  read -r median min max rss <<<"$figures"
  print_row "$name" "$target_wizard" "$median" "$min" "$max" n/a "$rss"
}

print_header() {
  printf '%-30s %8s %8s %8s %8s %9s  %s\n' case median min max cpu "rss MiB" "target (median, rss)"
}

print_row() {
  local name=$1 target=$2 median=$3 min=$4 max=$5 cpu=$6 rss=$7 verdict
  verdict="$(awk -v m="$median" -v t="$target" -v r="$rss" -v tr="$target_rss" \
    'BEGIN { v = (m < t) ? "met" : "missed"; if (r != "n/a" && r >= tr) v = v ", rss missed"; print v }')"
  printf '%-30s %8s %8s %8s %8s %9s  < %s ms: %s\n' "$name" "$median" "$min" "$max" "$cpu" "$rss" "$target" "$verdict"
}

skip_row() {
  printf '%-30s skipped: %s\n' "$1" "$2"
}

command_exists() {
  # An unknown command followed by --help prints the main help, so look for the command's own.
  "$launcher" "$1" --help 2>/dev/null | grep -q "^Usage: homelab-scaffold $1"
}

wizard_exists() {
  # The wizard brings the --plain option of `new`; before it exists, `new` needs --answers.
  "$launcher" new --help 2>/dev/null | grep -q -- '--plain'
}

run_cases() {
  print_header
  time_case "--help" "$target_help" - "$launcher" --help
  local example name
  for example in "${examples[@]}"; do
    name="$(basename "$example" .yaml)"
    time_case "new --answers $name" "$target_new" "$work/new-$name" \
      "$launcher" new "$work/new-$name" --answers "$example"
  done

  if command_exists update; then
    "$launcher" new "$work/update-project" --answers "${examples[0]}" >/dev/null 2>&1
    time_case "update, nothing to do" "$target_update" - "$launcher" update "$work/update-project"
  else
    skip_row "update, nothing to do" "the update command does not exist yet"
  fi

  if wizard_exists; then
    time_first_frame "wizard first screen, line" "$launcher" new "$work/wizard-line" --plain
    time_first_frame "wizard first screen, full" "$launcher" new "$work/wizard-full"
  else
    skip_row "wizard first screen, line" "the wizard does not exist yet (new has no --plain option)"
    skip_row "wizard first screen, full" "the wizard does not exist yet (new has no --plain option)"
  fi
}

# Generates projects one after another into sibling folders and prints the time at every tenth,
# so the cost per project can be compared between the first and the last ten.
run_growth() {
  local start now block_start i per_block file_count
  echo
  echo "cost growth: $projects projects generated in a row with new --answers (cycling through the 3 examples)"
  printf '%-10s %10s %18s %22s\n' projects "total ms" "ms per project" "ms per project (last 10)"
  mkdir -p "$work/growth"
  start=$EPOCHREALTIME
  block_start=$start
  for ((i = 1; i <= projects; i++)); do
    "$launcher" new "$work/growth/project-$i" --answers "${examples[i % ${#examples[@]}]}" >/dev/null 2>&1
    if ((i % 10 == 0 || i == projects)); then
      now=$EPOCHREALTIME
      per_block=$((i % 10 == 0 ? 10 : i % 10))
      awk -v s="$start" -v b="$block_start" -v n="$now" -v i="$i" -v k="$per_block" \
        'BEGIN { printf "%-10d %10.0f %18.1f %22.1f\n", i, (n - s) * 1000, (n - s) * 1000 / i, (n - b) * 1000 / k }'
      block_start=$now
    fi
  done
  file_count="$(find "$work/growth" -type f | wc -l)"
  echo "files written: $file_count ($((file_count / projects)) per project)"
}

# Writes an answers file for one Go repository with $1 services, each with its own port. The
# first service has the project's name, so one service is a plain single-service project.
write_services_answers() {
  local count=$1 file=$2 i
  {
    printf 'name: many\nlanguage: go\nbase: scratch\nimage: registry.home.arpa:5000/many\nservices:\n'
    printf '  - name: many\n    entrypoint: ./cmd/many\n    port: 8000\n'
    for ((i = 2; i <= count; i++)); do
      printf '  - name: svc%d\n    entrypoint: ./cmd/svc%d\n    port: %d\n' "$i" "$i" $((8000 + i))
    done
  } >"$file"
}

# Times new --answers for one project of 1 to 50 services, so the cost per added service shows.
run_service_growth() {
  local count times median min max cpu rss base_median="" per_service
  echo
  echo "cost growth: one Go project with N services, new --answers ($runs timed runs each)"
  printf '%-10s %8s %8s %8s %9s %24s\n' services median min max "rss MiB" "ms per added service"
  for count in 1 10 25 50; do
    write_services_answers "$count" "$work/services-$count.yaml"
    if command -v hyperfine >/dev/null 2>&1; then
      times="$(time_with_hyperfine "$work/services-$count" \
        "$launcher" new "$work/services-$count" --answers "$work/services-$count.yaml")" || times="n/a n/a n/a n/a"
    else
      times="$(time_with_loop "$work/services-$count" \
        "$launcher" new "$work/services-$count" --answers "$work/services-$count.yaml")"
    fi
    read -r median min max cpu <<<"$times"
    rss="$(peak_rss "$work/services-$count" "$launcher" new "$work/services-$count" --answers "$work/services-$count.yaml")"
    if [[ -z $base_median ]]; then
      base_median=$median
      per_service=-
    else
      per_service="$(awk -v m="$median" -v b="$base_median" -v n="$count" 'BEGIN { printf "%.2f", (m - b) / (n - 1) }')"
    fi
    printf '%-10s %8s %8s %8s %9s %24s\n' "$count" "$median" "$min" "$max" "$rss" "$per_service"
  done
}

print_machine
ensure_built
run_cases
if [[ $growth == true ]]; then
  run_growth
  run_service_growth
fi
