#!/usr/bin/env bash
# Records packaging/startup-classes.classlist: the classes one training start of the app loads (ui.StartupTraining:
# the welcome screen as on a first run, then the dashboard, then it ends). `mvn package` turns that list into the
# class-data-sharing archive target/connector-console.jsa, which packaging/start.args (README's start command) uses.
# Record it again when the classes the app starts with change (StartupClassListTest says when a named class is gone).
# Needs a display (Xvfb will do) and target/connector-console.jar (mvn -DskipTests package).
# Usage: packaging/record-class-list.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list="$root/packaging/startup-classes.classlist"
work=$(mktemp -d /tmp/cc-class-list.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -n "${DISPLAY:-}" ] || { echo "record-class-list: no DISPLAY"; exit 1; }
mkdir -p "$work/home/.config"
cd "$root"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" timeout 180 java -XX:DumpLoadedClassList="$work/classlist" \
  -Dconnectorconsole.startupTraining=true -jar target/connector-console.jar >"$work/training.log" 2>&1 \
  || { echo "record-class-list: the training start failed"; tail -30 "$work/training.log"; exit 1; }
# Generated proxy and accessor classes exist only in the process that made them.
grep -v -E '^(jdk/proxy[0-9]*/\$Proxy|jdk/internal/reflect/Generated)' "$work/classlist" >"$list"
echo "record-class-list: $(grep -c -v '^[#@]' "$list") classes in $list"
