#!/usr/bin/env bash
# The README's two commands: `./dev.sh app` installs and opens Blueprint Studio on the help-desk
# template; `./dev.sh test` installs and runs the whole test suite. `./dev.sh check` installs, then
# runs the checks CI runs before the tests (ruff lint, ruff format, mypy on model/ and export/);
# `./dev.sh sanitize` runs the simulator's tests on its compiled loop built with AddressSanitizer and
# UndefinedBehaviorSanitizer (tools/sanitize.sh).
# Extra arguments are passed on (to the app, or to pytest). Works on a fresh Debian/Ubuntu machine
# with Python 3.11 or newer. The install is skipped when nothing that shapes it changed since the
# last one that succeeded (a stamp in .venv); delete .venv/.dev-install to force it.
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

STAMP=.venv/.dev-install

# What an install depends on: the packaging files, the version, the compiled loop's source and the
# folder (an editable install records where the sources are). Any change means installing again.
install_inputs() {
  { pwd; cat pyproject.toml setup.py model/__init__.py model/sim/_core.c model/sim/_layout.h; } | sha256sum | cut -d" " -f1
}

# Whether the last install still stands: same inputs, the extra asked for among those installed,
# the command in place and, when a C compiler could build it, the compiled event loop present.
install_is_current() {
  local inputs="$1" extra="$2"
  [ -f "$STAMP" ] && [ -x .venv/bin/blueprint-studio ] || return 1
  [ "$(head -n 1 "$STAMP")" = "$inputs" ] || return 1
  [ -z "$extra" ] || tail -n +2 "$STAMP" | grep -qx "$extra" || return 1
  if command -v cc >/dev/null 2>&1; then
    compgen -G "model/sim/_core*.so" >/dev/null || compgen -G "model/sim/_core*.pyd" >/dev/null || return 1
  fi
  return 0
}

make_venv() {
  local extra="$1"                                      # "" or the name of an optional extra ("test")
  if [ ! -x .venv/bin/python ]; then
    "$(pick_python)" -m venv .venv
  fi
  local inputs; inputs=$(install_inputs)
  install_is_current "$inputs" "$extra" && return 0
  local extras=()                                       # extras still installed from the same inputs
  if [ -f "$STAMP" ] && [ "$(head -n 1 "$STAMP")" = "$inputs" ]; then
    mapfile -t extras < <(tail -n +2 "$STAMP")
  fi
  rm -f "$STAMP"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extra:+[$extra]}"
  { echo "$inputs"; printf "%s\n" "${extras[@]}" "$extra" | grep -v "^$" | sort -u || true; } > "$STAMP"
}

# One check of `./dev.sh check`: runs it and stops everything at the first that fails.
run_check() {
  local name="$1"; shift
  echo "dev.sh check: $name" >&2
  if ! "$@"; then
    echo "dev.sh check: FAILED: $name (fix the above, then run ./dev.sh check again)" >&2
    exit 1
  fi
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
    make_venv test
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    exec .venv/bin/python -m pytest "$@"
    ;;
  check)
    shift
    install_system_packages
    make_venv test
    run_check "ruff check ." .venv/bin/ruff check .
    run_check "ruff format --check ." .venv/bin/ruff format --check .
    run_check "python tools/typecheck.py (mypy on model/ and export/)" .venv/bin/python tools/typecheck.py
    echo "dev.sh check: all checks passed" >&2
    ;;
  sanitize)
    shift
    install_system_packages
    make_venv test
    exec tools/sanitize.sh "$@"
    ;;
  *)
    echo "usage: ./dev.sh app [FILE] | ./dev.sh test [PYTEST ARGS] | ./dev.sh check | ./dev.sh sanitize" >&2
    exit 2
    ;;
esac
