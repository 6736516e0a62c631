#!/usr/bin/env bash
# Writes the app image's ahead-of-time cache (JDK 25+): one training start of the app as a first-time user, which
# shows the welcome screen, then the dashboard, and ends (ui.StartupTraining). As it exits, the JVM writes the classes
# that start loaded and linked and the profiles of the methods it ran; the installed app starts from them
# (bin/<name>-start passes -XX:AOTCache when the file is there). The JVM matches the jars by their path below the
# image's folder, so the cache stays valid wherever the package installs the image. Needs a display (Xvfb in CI).
# Usage: record-aot-cache.sh <start script> <cache to write>
set -euo pipefail
launcher=$1
cache=$2
if [ -z "${DISPLAY:-}" ]; then
  echo "record-aot-cache: no DISPLAY, so no training start: the app is packaged without its ahead-of-time cache"
  exit 1
fi
work=$(mktemp -d /tmp/cc-aot-training.XXXXXX)
trap 'rm -rf "$work"' EXIT
rm -f "$cache"
mkdir -p "$work/home/.config"
if ! HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Dconnectorconsole.startupTraining=true" \
    timeout 180 "$launcher" >"$work/training.log" 2>&1 || [ ! -s "$cache" ]; then
  echo "record-aot-cache: the training start failed"; tail -30 "$work/training.log"; rm -f "$cache"; exit 1
fi
echo "record-aot-cache: $(du -h "$cache" | cut -f1) cache written ($(grep -c 'First frame' "$work/training.log") first frame)"
