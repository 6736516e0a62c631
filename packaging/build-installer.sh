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

common=(--name "$name" --app-version "$version" --vendor "Connector Console"
  --description "Run and administer the SAP Cloud Connector in a local Docker container"
  --runtime-image "$out/runtime" --input "$out/input" --main-jar "$name.jar"
  --main-class dev.connectorconsole.Launcher --dest "$out")
icon_png="$root/assets/icons/icon-256.png"
[ -f "$icon_png" ] && [ "$os" = linux ] && common+=(--icon "$icon_png")

if [ "$os" = linux ]; then
  jpackage "${common[@]}" --type app-image
  jpackage "${common[@]}" --type deb --resource-dir "$root/packaging/linux" \
    --linux-shortcut --linux-menu-group "Development;System;" --linux-app-category admin \
    --linux-deb-maintainer "maintainers@connectorconsole.dev"
  if command -v rpmbuild >/dev/null 2>&1; then
    jpackage "${common[@]}" --type rpm --resource-dir "$root/packaging/linux" \
      --linux-shortcut --linux-menu-group "Development;System;" --linux-app-category admin
  fi
elif [ "$os" = mac ]; then
  [ -f "$root/assets/icons/icon.icns" ] && common+=(--icon "$root/assets/icons/icon.icns")
  jpackage "${common[@]}" --type dmg
else
  [ -f "$root/assets/icons/icon.ico" ] && common+=(--icon "$root/assets/icons/icon.ico")
  jpackage "${common[@]}" --type msi --win-menu --win-shortcut --win-dir-chooser
fi
ls -la "$out"
