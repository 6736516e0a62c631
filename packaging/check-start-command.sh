#!/usr/bin/env bash
# Checks README's start command after `mvn package`: it starts the app (ui.StartupTraining: first-run welcome screen,
# then the dashboard, then it ends) with its class-data-sharing archive in use (-Xshare:on refuses to start without
# it), and nearly all classes come from the archive, so packaging/startup-classes.classlist is not stale.
# Needs a display (Xvfb in CI). Usage: packaging/check-start-command.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command=$(grep -m1 -E '^    mvn .*package && java ' README.md | sed 's/.*&& //')
[ -n "$command" ] || { echo "check-start-command: no start command in README.md"; exit 1; }
work=$(mktemp -d /tmp/cc-start-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config"
echo "check-start-command: $command"
if ! HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$work/classes.log -Dconnectorconsole.startupTraining=true" \
    timeout 120 bash -c "$command" >"$work/start.log" 2>&1; then
  echo "check-start-command: the start command failed"; tail -30 "$work/start.log"; exit 1
fi
grep -q 'First frame' "$work/start.log" || { echo "check-start-command: no first frame"; tail -30 "$work/start.log"; exit 1; }
shared=$(grep -c 'source: shared objects file' "$work/classes.log" || true)
total=$(wc -l <"$work/classes.log")
echo "check-start-command: $(grep -o 'First frame [0-9]* ms' "$work/start.log"); $shared of $total classes from the archive"
if [ $((shared * 100)) -lt $((total * 90)) ]; then
  echo "check-start-command: under 90 % of the classes came from the archive: record the class list again"
  echo "  (packaging/record-class-list.sh)"; exit 1
fi
