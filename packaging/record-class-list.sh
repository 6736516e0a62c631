#!/usr/bin/env bash
# Starts the app image once, as a returning user, and records the classes it loads until a moment after its first
# frame: the list share-classes.sh archives. Needs a display (Xvfb in CI); without one it says so and fails.
# Usage: record-class-list.sh <app launcher> <class list to write>
set -euo pipefail
launcher=$1
list=$2
if [ -z "${DISPLAY:-}" ]; then
  echo "record-class-list: no DISPLAY, so no class list: the app is packaged without class data sharing"
  exit 1
fi
home=$(mktemp -d /tmp/cc-class-list.XXXXXX)
mkdir -p "$home/.config/connector-console"
echo '{"firstRunDone": true}' >"$home/.config/connector-console/settings.json"
rm -f "$list"
HOME="$home" XDG_CONFIG_HOME="$home/.config" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" \
  "$launcher" >"$home/app.log" 2>&1 &
pid=$!
shown=""
for _ in $(seq 1 240); do
  if grep -q "First frame" "$home/app.log"; then shown=yes; sleep 3; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
if [ -z "$shown" ] || [ ! -s "$list" ]; then
  echo "record-class-list: the training start showed no first frame"; tail -20 "$home/app.log"; rm -rf "$home"; exit 1
fi
rm -rf "$home"
echo "record-class-list: $(grep -vc '^#' "$list") classes recorded"
