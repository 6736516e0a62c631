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
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) os=win ;;
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

jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.zipfs
fx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.swing
jlink --module-path "$out/fx" --add-modules "$jdk_modules,$fx_modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

# Class data sharing: the app starts from an archive of the classes it loads up to its first frame (about a third
# faster). JDK 17 archives are tied to the jars' absolute paths, so the archive is written where the app is installed
# (the .deb's postinst runs share-classes.sh) from the class list recorded here by a training start.
# Heap: 512 MB holds the largest log buffer the settings allow (2,000,000 lines); a small fixed young generation keeps
# G1 from growing the heap to its limit while a fast log streams in (LogFollowBench: under 400 MB with 100,000 lines).
# JIT: the optimising compiler (C2) starts later; on two cores its work at start-up delayed the first frame by ~0.2 s,
# while the log pipeline's loops still reach it within a second (LogPipelineBenchmark unchanged, 1.2-1.4x the CLI).
about=(--name "$name" --app-version "$version" --vendor "Connector Console"
  --description "Run and administer the SAP Cloud Connector in a local Docker container" --dest "$out")
common=("${about[@]}" --runtime-image "$out/runtime" --input "$out/input" --main-jar "$name.jar"
  --main-class dev.connectorconsole.Launcher --java-options "-XX:SharedArchiveFile=\$APPDIR/$name.jsa"
  --java-options "-Xmx512m" --java-options "-Xmn32m")
for option in Tier4InvocationThreshold=50000 Tier4MinInvocationThreshold=20000 Tier4CompileThreshold=50000 \
    Tier4BackEdgeThreshold=400000; do
  common+=(--java-options "-XX:$option")
done
icon_png="$root/assets/icons/icon-256.png"
[ -f "$icon_png" ] && [ "$os" = linux ] && common+=(--icon "$icon_png")
cp "$root/packaging/share-classes.sh" "$out/input/"

if [ "$os" = linux ]; then
  jpackage "${common[@]}" --type app-image
  image="$out/$name"
  bash "$root/packaging/write-start-script.sh" "$image" "$name"
  bash "$root/packaging/record-class-list.sh" "$image/bin/$name-start" "$image/lib/app/$name.classlist" || true
  linux=("${about[@]}" --app-image "$image" --resource-dir "$root/packaging/linux"
    --linux-shortcut --linux-menu-group "Development;System;" --linux-app-category admin)
  jpackage "${linux[@]}" --type deb --linux-deb-maintainer "maintainers@connectorconsole.dev"
  if command -v rpmbuild >/dev/null 2>&1; then
    jpackage "${linux[@]}" --type rpm
  fi
  # The app image is started in place by StartupBench: its archive is made for where it is.
  sh "$image/lib/app/share-classes.sh"
elif [ "$os" = mac ]; then
  [ -f "$root/assets/icons/icon.icns" ] && common+=(--icon "$root/assets/icons/icon.icns")
  jpackage "${common[@]}" --type dmg
else
  [ -f "$root/assets/icons/icon.ico" ] && common+=(--icon "$root/assets/icons/icon.ico")
  jpackage "${common[@]}" --type msi --win-menu --win-shortcut --win-dir-chooser
fi
ls -la "$out"
