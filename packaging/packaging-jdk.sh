#!/usr/bin/env bash
# Prints the home of the JDK whose jlink and jpackage build the installer: $PACKAGING_JDK when set, else the newest JDK
# of version 25 or later in $JAVA_HOME or /usr/lib/jvm (its runtime starts the app from an ahead-of-time cache), else
# the JDK that runs this build. The app itself is compiled for Java 17 and runs on either.
set -euo pipefail
if [ -n "${PACKAGING_JDK:-}" ]; then
  echo "$PACKAGING_JDK"; exit 0
fi
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
best="" best_version=0
for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
  [ -x "$home/bin/jpackage" ] || continue
  version=$(feature "$home")
  if [ -n "$version" ] && [ "$version" -ge 25 ] && [ "$version" -gt "$best_version" ]; then
    best=$home best_version=$version
  fi
done
if [ -n "$best" ]; then
  echo "$best"
else
  dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")"
fi
