#!/usr/bin/env bash
# Installs the Debian 12 packages Strata needs to build, test and run. Idempotent and quick when
# everything is present: it asks dpkg first and only calls apt-get for what is missing.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config
  # Qt 6.4 and QScintilla
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libqscintilla2-qt6-dev
  # database clients and parsers
  libpqxx-dev libpq-dev libsqlite3-dev sqlite3 libpg-query-dev libprotobuf-c-dev
  # diagram layout and keychain
  libgraphviz-dev graphviz qtkeychain-qt6-dev
  # packaging: the .deb, its checks and the man page
  dpkg-dev lintian appstream desktop-file-utils help2man
  # tests: a throw-away PostgreSQL server, a virtual display and fonts for GUI tests
  postgresql postgresql-client xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
