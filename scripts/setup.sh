#!/usr/bin/env bash
# Installs the Debian 12 packages Certdeck needs to build, test and run, only those that are missing.
# Sourced by scripts/run and scripts/test; safe to run on its own.
set -euo pipefail

CERTDECK_PACKAGES=(
  cmake ninja-build g++ pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev libxkbcommon-dev
  libsqlite3-dev libyaml-cpp-dev libzip-dev libgtest-dev libgmock-dev libbenchmark-dev
  groff-base lintian desktop-file-utils appstream
)

certdeck_missing_packages() {
  local pkg status
  for pkg in "${CERTDECK_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || printf '%s\n' "$pkg"
  done
}

certdeck_install_packages() {
  local missing
  mapfile -t missing < <(certdeck_missing_packages)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  echo "setup: installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  certdeck_install_packages
fi
