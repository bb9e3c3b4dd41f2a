#!/usr/bin/env bash
# The teacher's guide's offline install, end to end (docs/teachers-guide.md, "A wheelhouse for
# offline pip"): build the wheelhouse on this connected machine, install LayerLab from it into a
# fresh venv with the network cut off, and check every lesson from a folder outside the project,
# so the installed package alone must carry everything.
#
#   packaging/offline_install.sh [PARENT]          # works in a new folder under PARENT
#   packaging/offline_install.sh --keep [PARENT]   # ... and keeps the wheelhouse to copy
#
# PARENT defaults to $TMPDIR (or /tmp) and must lie outside the project folder. PYTHON picks
# the Python to build for (default: the project's, `uv python find`). The two command blocks
# below are the guide's, word for word: tests/test_teachers_guide.py compares them.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)

# Measured on Linux x86-64, Python 3.11: the wheelhouse is 761 MB (51 wheels), the installed
# venv 2,666 MB, so ~3.5 GB at the peak; 5 GB leaves room for pip's temporary copies.
NEED_MB=5000
# The whole run takes 2.5 min here (download 29 s, install 64 s, lessons 30 s); a slow mirror
# gets ten times that, a stuck download or a hung step is stopped at this bound.
BUDGET_S=1800
# No single file in the wheelhouse comes near this (TensorFlow's wheel is ~0.6 GB); a runaway
# archive stops here instead of filling the disk.
MAX_FILE_MB=2048

keep=""
if [ "${1:-}" = "--keep" ]; then
    keep=1
    shift
fi
if [ $# -gt 1 ]; then
    echo "usage: packaging/offline_install.sh [--keep] [PARENT]" >&2
    exit 2
fi
parent=$(realpath -m -- "${1:-${TMPDIR:-/tmp}}")

case "$parent/" in
"$ROOT"/*)
    echo "offline_install: $parent is inside the project folder $ROOT." >&2
    echo "  pip would pack the wheelhouse into the project's own archive; choose a folder" >&2
    echo "  outside it (the default is ${TMPDIR:-/tmp})." >&2
    exit 2
    ;;
esac
if [ ! -d "$parent" ]; then
    echo "offline_install: $parent is not a folder; create it or choose another." >&2
    exit 2
fi
avail_mb=$(($(df -Pk "$parent" | awk 'NR == 2 {print $4}') / 1024))
if [ "$avail_mb" -lt "$NEED_MB" ]; then
    echo "offline_install: $parent has $avail_mb MB free; the wheelhouse and the test install" >&2
    echo "  need about $NEED_MB MB. Free some space or choose another folder." >&2
    exit 2
fi

WORK=$(mktemp -d "$parent/layerlab-offline.XXXXXX")
cleanup() {
    if [ -n "$keep" ]; then
        rm -rf "$WORK/venv" "$WORK/lab-home" "$WORK/tmp" "$WORK/bin" "$WORK/download-python"
        echo "kept the wheelhouse: $WORK/layerlab-offline"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$ROOT"
python_exe=${PYTHON:-$(uv python find)}
base=$("$python_exe" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))')
version=$("$base" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
echo "building for Python $version ($base) in $WORK ($avail_mb MB free)"

# `python` in the guide: on the connected machine one with pip (a venv has it), on the lab
# machine the plain interpreter, as a teacher would have it.
mkdir -p "$WORK/bin" "$WORK/tmp" "$WORK/lab-home"
"$base" -m venv "$WORK/download-python"
ln -s "$base" "$WORK/bin/python"
export TMPDIR="$WORK/tmp" PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
unset PYTHONPATH VIRTUAL_ENV PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL

# The folders the guide lets the teacher choose.
export OUT="$WORK/layerlab-offline"
export VENV="$WORK/venv"
mkdir -p "$OUT"

WHEELHOUSE_COMMANDS=$(cat <<'GUIDE'
uv export --frozen --no-dev --no-hashes --no-emit-project -o "$OUT/requirements.txt"
uv build --wheel --out-dir "$OUT/wheelhouse"
python -m pip download --only-binary=:all: -r "$OUT/requirements.txt" -d "$OUT/wheelhouse"
GUIDE
)

LAB_COMMANDS=$(cat <<'GUIDE'
python -m venv "$VENV"
"$VENV/bin/pip" install --no-index --find-links wheelhouse -r requirements.txt layerlab
"$VENV/bin/layerlab" lessons --verify
GUIDE
)

# The lab machine has no network: a namespace without one where the system allows it, and
# proxies and an index that lead nowhere in any case.
offline=()
if unshare -rn true 2>/dev/null; then
    offline=(unshare -rn)
elif unshare -n true 2>/dev/null; then
    offline=(unshare -n)
else
    echo "note: no network namespace here; the lab steps rely on --no-index and dead proxies"
fi

deadline=$(($(date +%s) + BUDGET_S))
timings=()

# run_commands WHERE COMMANDS [PREFIX...]: each line in WHERE, timed, within the budget.
run_commands() {
    local where=$1 commands=$2 line start left status
    shift 2
    while IFS= read -r line; do
        left=$((deadline - $(date +%s)))
        if [ "$left" -le 0 ]; then
            echo "offline_install: over the ${BUDGET_S} s budget before: $line" >&2
            exit 1
        fi
        echo "+ $line"
        start=$(date +%s)
        status=0
        (cd "$where" && ulimit -f $((MAX_FILE_MB * 1024)) &&
            timeout --kill-after=30 "$left" "$@" bash -euo pipefail -c "$line") || status=$?
        if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
            echo "offline_install: stopped at the ${BUDGET_S} s budget: $line" >&2
            exit 1
        elif [ "$status" -ne 0 ]; then
            echo "offline_install: exit status $status from: $line" >&2
            exit 1
        fi
        timings+=("$(($(date +%s) - start)) s  $line")
    done <<<"$commands"
}

# On the connected machine, in the project folder.
PATH="$WORK/download-python/bin:$PATH" run_commands "$ROOT" "$WHEELHOUSE_COMMANDS"
if grep -qE '^[[:space:]]*(-e|\.|/|file:)' "$OUT/requirements.txt"; then
    echo "offline_install: $OUT/requirements.txt names a folder; pip would archive it." >&2
    exit 1
fi
wheelhouse_mb=$(du -sm "$OUT/wheelhouse" | cut -f1)

# On the lab machine, in the copied folder, without network or the project's files.
PATH="$WORK/bin:/usr/bin:/bin" HOME="$WORK/lab-home" LAYERLAB_DATA_DIR="$WORK/lab-home/data" \
    PIP_CONFIG_FILE=/dev/null PIP_INDEX_URL=http://127.0.0.1:9/ http_proxy=http://127.0.0.1:9/ \
    https_proxy=http://127.0.0.1:9/ HTTPS_PROXY=http://127.0.0.1:9/ \
    run_commands "$OUT" "$LAB_COMMANDS" "${offline[@]}"
installed=$(cd "$OUT" && "$VENV/bin/python" -c 'import netcore; print(netcore.__file__)')
case "$installed" in
"$VENV"/*) ;;
*)
    echo "offline_install: netcore came from $installed, not from the fresh venv." >&2
    exit 1
    ;;
esac
venv_mb=$(du -sm "$VENV" | cut -f1)

echo
echo "OFFLINE INSTALL PASSED (Python $version)"
echo "wheelhouse: $wheelhouse_mb MB, $(find "$OUT/wheelhouse" -name '*.whl' | wc -l) wheels;" \
    "installed venv: $venv_mb MB"
printf '  %s\n' "${timings[@]}"
