#!/usr/bin/env bash
# The compiled event loop (model/sim/_core.c) under AddressSanitizer and UndefinedBehaviorSanitizer:
# builds it with both into a temporary folder (the installed model/sim/_core*.so is left alone),
# points the simulator at that build (BLUEPRINT_STUDIO_CORE, read by model/sim/compiled_loop.py),
# and runs a selection of simulator tests that drive every path of the loop and its layout checks.
# Any invalid read or write, use after free, overflow or undefined operation stops the run with
# a report. A few minutes on two cores. Run by CI (`./dev.sh sanitize`, from .ci/run).
#
# Usage: tools/sanitize.sh [PYTEST ARGS]    (PYTHON=... and CC=... to choose others than the venv's
# Python and gcc). Needs gcc with its sanitizer runtimes (Debian's gcc package brings them).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
CC=${CC:-gcc}

if ! command -v "$CC" >/dev/null 2>&1; then
  echo "sanitize: no C compiler ($CC); apt-get install gcc" >&2
  exit 1
fi
libasan=$("$CC" -print-file-name=libasan.so)
if [ ! -e "$libasan" ]; then
  echo "sanitize: $CC has no AddressSanitizer runtime (libasan.so); apt-get install gcc" >&2
  exit 1
fi

build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
include=$("$PYTHON" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
suffix=$("$PYTHON" -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
module="$build/_core$suffix"
echo "sanitize: building model/sim/_core.c with AddressSanitizer and UBSan into $build" >&2
# The same floating-point flags as setup.py, so that results stay bit-identical with Python's.
"$CC" -shared -fPIC -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,float-cast-overflow,float-divide-by-zero \
  -fno-sanitize-recover=all -ffp-contract=off -fno-fast-math -Wall -Werror=implicit-function-declaration \
  -I"$include" -Imodel/sim model/sim/_core.c -o "$module"

export BLUEPRINT_STUDIO_CORE="$module"
unset BLUEPRINT_STUDIO_PYTHON_LOOP
export LD_PRELOAD="$libasan${LD_PRELOAD:+:$LD_PRELOAD}"
# Python's own allocations are not ours to judge: no leak report; everything else is fatal.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1:exitcode=86"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=87"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# The build in use must be this one, not the installed module.
"$PYTHON" - "$module" <<'EOF'
import sys
from blueprint_studio.model.sim import compiled_loop

loaded = getattr(compiled_loop._core, "__file__", None)
if loaded != sys.argv[1]:
    sys.exit(f"sanitize: the simulator loaded {loaded}, not the sanitizer build {sys.argv[1]}")
print(f"sanitize: running against {loaded}", file=sys.stderr)
EOF

exec "$PYTHON" -m pytest -q -p no:cacheprovider -m "not slow" \
  tests/sim/test_layout_spec.py \
  tests/sim/test_loops_agree.py \
  tests/sim/test_sim_bounds.py \
  tests/sim/test_calendars.py \
  tests/sim/test_performer.py \
  tests/sim/test_intake_shares.py \
  tests/sim/test_measures.py \
  tests/model/test_sim_core.py \
  tests/model/test_sim_traces.py \
  "$@"
