#!/usr/bin/env bash
# Unpacks the built .deb into a throwaway folder, starts the installed app in the virtual display and checks that its
# main window appears, then starts the installed app's sandbox connector and checks that it answers over HTTPS with
# the certificate it announced. Needs DISPLAY (.ci/run starts Xvfb). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deb=$(ls "$root"/target/installer/connector-console_*.deb)
work=$(mktemp -d /tmp/cc-installer-check.XXXXXX)
app_pid=""; sandbox_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
  # Both write their logs (the sandbox its trace and audit files) until they have ended.
  for pid in $app_pid $sandbox_pid; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/connector-console/bin/connector-console"
[ -x "$launcher" ] || { echo "installer check: no launcher in $deb"; exit 1; }
echo "installer check: $(du -sh "$deb" | cut -f1) package, $(du -sh "$work/root" | cut -f1) installed"
grep -q '^Exec=/opt/connector-console/bin/connector-console-start$' "$work/root/opt/connector-console/lib/"*.desktop \
  || { echo "installer check: the desktop entry does not start bin/connector-console-start"; exit 1; }

# A runtime of Java 25 or later ships the ahead-of-time cache of the training start (record-aot-cache.sh).
app_dir="$work/root/opt/connector-console/lib/app"
runtime_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app_dir/../runtime/release")
strict=""
if [ "$runtime_version" -ge 25 ]; then
  [ -s "$app_dir/connector-console.aot" ] || { echo "installer check: the package has no ahead-of-time cache"; exit 1; }
  # The package is unpacked elsewhere than where the cache was made: -XX:AOTMode=on makes the JVM refuse to start
  # when the cache does not fit the runtime and jars it finds.
  strict="-XX:AOTMode=on"
  echo "installer check: ahead-of-time cache $(du -h "$app_dir/connector-console.aot" | cut -f1)"
fi

# A fresh user: empty home and config folder, so the app starts as on first run.
mkdir -p "$work/home"
ls "$app_dir/../runtime/lib/libglass.so" >/dev/null \
  || { echo "installer check: JavaFX's native libraries are not in the runtime"; exit 1; }
start=$(date +%s%N)
# Started as the desktop entry starts it.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" JAVA_TOOL_OPTIONS="$strict -Duser.home=$work/home" \
  "$work/root/opt/connector-console/bin/connector-console-start" >"$work/app.log" 2>&1 &
app_pid=$!
shown=""
deadline=$(( $(date +%s) + 90 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Connector Console"'; then shown=yes; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.25
done
if [ -z "$shown" ]; then
  echo "installer check: the installed app's main window did not appear"; cat "$work/app.log"; exit 1
fi
echo "installer check: main window shown $(( ($(date +%s%N) - start) / 1000000 )) ms after launch"
[ ! -e "$work/home/.openjfx" ] \
  || { echo "installer check: JavaFX unpacked its native libraries into the home folder"; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

"$launcher" sandbox --port 0 --bind 127.0.0.1 --data "$work/sandbox" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
deadline=$(( $(date +%s) + 90 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  grep -q 'SHA-256' "$work/sandbox.log" && break
  kill -0 "$sandbox_pid" 2>/dev/null || break
  sleep 0.25
done
announced=$(grep -o 'SHA-256: [0-9A-F:]*' "$work/sandbox.log" | cut -d' ' -f2 || true)
[ -n "$announced" ] || { echo "installer check: the sandbox did not start"; cat "$work/sandbox.log"; exit 1; }
port=$(grep -o 'listening on https://[^ ]*' "$work/sandbox.log" | sed 's/.*://')
openssl s_client -connect "127.0.0.1:$port" -servername localhost </dev/null 2>/dev/null | openssl x509 >"$work/cert.pem"
presented=$(openssl x509 -in "$work/cert.pem" -noout -fingerprint -sha256 | cut -d= -f2)
[ "$presented" = "$announced" ] || { echo "installer check: certificate $presented differs from announced $announced"; exit 1; }
answer=$(curl -sS --cacert "$work/cert.pem" "https://localhost:$port/exposed?action=ping" -o /dev/null -w '%{http_code}')
[ "$answer" = 200 ] || { echo "installer check: sandbox ping answered $answer"; exit 1; }
echo "installer check: sandbox connector answers over HTTPS with its pinned certificate $announced"
