#!/usr/bin/env bash
# figcheck set-up: install what is missing (Debian 12), build, then either run
# figcheck on seeds/ or run every test.
#
#   ./setup.sh build   install, build (build/figcheck)
#   ./setup.sh run     install, build, run `figcheck claims --format table seeds/`
#   ./setup.sh test    install, build, run the whole test suite (CTest); the
#                      validators the report tests use (headless Chromium, the
#                      SARIF multitool in build/tools) are required there
#
# Safe to run again: installed packages and an existing build are reused.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ cmake make pkg-config python3
          libre2-dev libicu-dev libboost-dev libspdlog-dev libfmt-dev libgtest-dev
          libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libsqlite3-dev libpq-dev
          libmimalloc-dev python3-jieba wamerican)
# libmimalloc-dev is the allocator figcheck links (CMakeLists.txt says why);
# without it figcheck builds with glibc's malloc, a quarter slower on short articles.
# python3-jieba and wamerican are data for entity discovery (rules/discovery.yaml):
# jieba's Chinese lexicon (words with proper-noun tags; read as a file, no Python
# runs) and the English word list. figcheck runs without them, finding fewer names.
# Only the tests need these: headless Chromium renders the HTML report; the gate
# tests drive git; npm fetches the SARIF validator over HTTPS; the PostgreSQL
# ledger tests start their own server (initdb, pg_ctl) in a temporary folder.
TEST_PACKAGES=(chromium git ca-certificates postgresql)
# Microsoft's SARIF validator, for the SARIF report test; pinned so CI is repeatable.
SARIF_MULTITOOL_PACKAGE="@microsoft/sarif-multitool@5.7.0"
SARIF_MULTITOOL="build/tools/node_modules/.bin/sarif-multitool"

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_missing() { apt_install "${PACKAGES[@]}"; }

# Node.js from Debian only when no node/npm is on the PATH (another install is kept).
install_test_tools() {
  apt_install "${TEST_PACKAGES[@]}"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  [ -x "$SARIF_MULTITOOL" ] && return 0
  echo "setup: installing $SARIF_MULTITOOL_PACKAGE into build/tools"
  mkdir -p build/tools
  npm install --no-audit --no-fund --silent --prefix build/tools "$SARIF_MULTITOOL_PACKAGE"
}

build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j"$(nproc)"
}

case "${1:-}" in
  build)
    install_missing
    build
    ;;
  run)
    install_missing
    build
    ./build/figcheck claims --format table seeds/
    ;;
  test)
    install_missing
    install_test_tools
    build
    # A validator that is missing fails its test here instead of skipping it.
    export FIGCHECK_REQUIRE_TOOLS=1
    ctest --test-dir build --output-on-failure -j"$(nproc)"
    ;;
  *)
    echo "usage: ./setup.sh build | run | test" >&2
    exit 2
    ;;
esac
