#!/usr/bin/env bash
# Starts the app image twice, as a first-time and as a returning user, and records the classes each start loads until
# a moment after its first frame: the list share-classes.sh archives. Needs a display (Xvfb in CI); without one it
# says so and fails.
# Usage: record-class-list.sh <app launcher> <class list to write>
set -euo pipefail
launcher=$1
list=$2
if [ -z "${DISPLAY:-}" ]; then
  echo "record-class-list: no DISPLAY, so no class list: the app is packaged without class data sharing"
  exit 1
fi
work=$(mktemp -d /tmp/cc-class-list.XXXXXX)
trap 'rm -rf "$work"' EXIT

# record <name> <settings.json content, or empty for a first run>
record() {
  local home="$work/$1"
  mkdir -p "$home/.config/connector-console"
  [ -n "$2" ] && echo "$2" >"$home/.config/connector-console/settings.json"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$1.classlist" \
    "$launcher" >"$home/app.log" 2>&1 &
  local pid=$! shown=""
  for _ in $(seq 1 240); do
    if grep -q "First frame" "$home/app.log"; then shown=yes; sleep 3; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$shown" ] || [ ! -s "$work/$1.classlist" ]; then
    echo "record-class-list: the $1 start showed no first frame"; tail -20 "$home/app.log"; exit 1
  fi
}

record first-run ""
record returning '{"firstRunDone": true}'
awk '!seen[$0]++' "$work/first-run.classlist" "$work/returning.classlist" >"$list"
echo "record-class-list: $(grep -vc '^#' "$list") classes recorded"
