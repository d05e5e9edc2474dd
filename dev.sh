#!/usr/bin/env bash
# The README's two commands: `./dev.sh app` installs and opens Blueprint Studio on the help-desk
# template; `./dev.sh test` installs and runs the whole test suite. Extra arguments are passed on
# (to the app, or to pytest). Works on a fresh Debian/Ubuntu machine with Python 3.11 or newer.
set -euo pipefail
cd "$(dirname "$0")"

# What Qt needs on a bare Debian/Ubuntu, for the window and for headless tests alike.
QT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
             libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
             libxcb-render-util0 libxcb-image0)

pick_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "dev.sh: Python 3.11 or newer is needed (apt-get install python3)" >&2; return 1
}

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0          # not Debian-like: assume Qt's libraries are there
  local missing=()
  for pkg in "${QT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  local python; python=$(pick_python)
  "$python" -c 'import ensurepip' 2>/dev/null || missing+=("python3-venv")
  # A C compiler and Python's headers build the simulator's compiled event loop (model/sim/_core.c);
  # without them the install still works and the simulator runs its Python loop, more slowly.
  command -v cc >/dev/null 2>&1 || missing+=("gcc" "libc6-dev")
  "$python" -c 'import os, sysconfig, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
    2>/dev/null || missing+=("python3-dev")
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "dev.sh: installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

make_venv() {
  local extras="$1"
  if [ ! -x .venv/bin/python ]; then
    "$(pick_python)" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extras}"
}

case "${1:-}" in
  app)
    shift
    install_system_packages
    make_venv ""
    exec .venv/bin/blueprint-studio "$@"
    ;;
  test)
    shift
    install_system_packages
    make_venv "[test]"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: ./dev.sh app [FILE] | ./dev.sh test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
