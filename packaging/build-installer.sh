#!/usr/bin/env bash
# Builds the installer of the current OS from what `mvn package` left in target/.
# Run through Maven: mvn -Pinstaller package   (see README). Linux: a .deb, an app image and, where rpmbuild is
# installed, an .rpm in target/installer/; Windows an .msi; macOS a .dmg. Icons come from assets/icons/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:?version}
target="$root/target"
out="$target/installer"
name=connector-console
rm -rf "$out"
mkdir -p "$out/input" "$out/fx"

case "$(uname -s)" in
  Linux) os=linux native=so native_dir=lib ;;
  Darwin) os=mac native=dylib native_dir=lib ;;
  *) os=win native=dll native_dir=bin ;;
esac

# JavaFX goes into the runtime as modules; every other jar (docker-java and friends are automatic modules,
# which jlink cannot take) stays on the class path.
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$os"*.jar) cp "$jar" "$out/fx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$out/input/" ;;
  esac
done
cp "$target/$name.jar" "$out/input/"

jdk=$(bash "$root/packaging/packaging-jdk.sh")
jdk_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
echo "build-installer: runtime from $jdk (Java $jdk_version)"
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.management,jdk.unsupported,jdk.zipfs
fx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.swing
compress=2
[ "$jdk_version" -ge 21 ] && compress=zip-6
# JavaFX's jars carry its native libraries as resources, which it would copy to ~/.openjfx/cache and check on every
# start; the runtime has them where the JDK keeps its own, and loads them from there.
"$jdk/bin/jlink" --module-path "$out/fx" --add-modules "$jdk_modules,$fx_modules" --exclude-resources="**.$native" \
  --strip-debug --no-header-files --no-man-pages --compress=$compress --output "$out/runtime"
for jar in "$out"/fx/*.jar; do
  unzip -q -o "$jar" "*.$native" -d "$out/runtime/$native_dir" 2>/dev/null || true
done

# Heap: 512 MB holds the largest log buffer the settings allow (2,000,000 lines); a small fixed young generation keeps
# G1 from growing the heap to its limit while a fast log streams in (LogFollowBench: under 400 MB with 100,000 lines),
# and 24 MB rather than 32 MB keeps the idle app ~10 MB smaller with the same pauses and start (StartupBench).
# JIT: the optimising compiler (C2) starts later; on two cores its work at start-up delayed the first frame by ~0.2 s,
# while the log pipeline's loops still reach it within a second (LogPipelineBenchmark on the Java 25 runtime: 1.0-1.2x
# the CLI, target 0.8).
about=(--name "$name" --app-version "$version" --vendor "Connector Console"
  --description "Run and administer the SAP Cloud Connector in a local Docker container" --dest "$out")
common=("${about[@]}" --runtime-image "$out/runtime" --input "$out/input" --main-jar "$name.jar"
  --main-class dev.connectorconsole.Launcher --java-options "-Xmx512m" --java-options "-Xmn24m")
for option in Tier4InvocationThreshold=50000 Tier4MinInvocationThreshold=20000 Tier4CompileThreshold=50000 \
    Tier4BackEdgeThreshold=400000; do
  common+=(--java-options "-XX:$option")
done
# JavaFX 21 loads its native libraries and allocates off-heap memory the way newer runtimes warn about on every start.
if [ "$jdk_version" -ge 24 ]; then
  common+=(--java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
    --java-options "--sun-misc-unsafe-memory-access=allow")
fi
icon_png="$root/assets/icons/icon-256.png"
[ -f "$icon_png" ] && [ "$os" = linux ] && common+=(--icon "$icon_png")

if [ "$os" = linux ]; then
  "$jdk/bin/jpackage" "${common[@]}" --type app-image
  image="$out/$name"
  bash "$root/packaging/write-start-script.sh" "$image" "$name"
  # Ahead-of-time cache (JDK 25+): the app starts about 40 % faster from it; see record-aot-cache.sh.
  if [ "$jdk_version" -ge 25 ]; then
    bash "$root/packaging/record-aot-cache.sh" "$image/bin/$name-start" "$image/lib/app/$name.aot" || true
  else
    echo "build-installer: Java $jdk_version has no ahead-of-time cache; set PACKAGING_JDK to a JDK 25+ for a faster start"
  fi
  linux=("${about[@]}" --app-image "$image" --resource-dir "$root/packaging/linux"
    --linux-shortcut --linux-menu-group "Development;System;" --linux-app-category admin)
  "$jdk/bin/jpackage" "${linux[@]}" --type deb --linux-deb-maintainer "maintainers@connectorconsole.dev"
  if command -v rpmbuild >/dev/null 2>&1; then
    "$jdk/bin/jpackage" "${linux[@]}" --type rpm
  fi
elif [ "$os" = mac ]; then
  [ -f "$root/assets/icons/icon.icns" ] && common+=(--icon "$root/assets/icons/icon.icns")
  "$jdk/bin/jpackage" "${common[@]}" --type dmg
else
  [ -f "$root/assets/icons/icon.ico" ] && common+=(--icon "$root/assets/icons/icon.ico")
  "$jdk/bin/jpackage" "${common[@]}" --type msi --win-menu --win-shortcut --win-dir-chooser
fi
ls -la "$out"
