#!/usr/bin/env bash
# Build the one-folder LayerLab bundle (dist/layerlab/) and smoke-test it.
#   packaging/build.sh            # build + smoke test
#   SKIP_SMOKE=1 packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
uv sync --locked --group packaging
uv run --group packaging pyinstaller packaging/layerlab.spec --noconfirm \
    --distpath dist --workpath build/pyinstaller
end=$(date +%s)
echo "built dist/layerlab in $((end - start)) s; size $(du -sh dist/layerlab | cut -f1)"
cp packaging/layerlab.desktop dist/layerlab/
cp resources/icons/layerlab-256.png dist/layerlab/layerlab.png
if [ -z "${SKIP_SMOKE:-}" ]; then
    uv run python packaging/smoke.py dist/layerlab/layerlab
fi
