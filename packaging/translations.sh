#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them for the app:
#   packaging/translations.sh          # lupdate (new texts marked unfinished) + lrelease
# Translate in Qt Linguist:  uv run pyside6-linguist resources/translations/layerlab_fr.ts
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(git ls-files 'desktop/*.py' 'netcore/*.py')
for code in fr it hu nl; do
    # shellcheck disable=SC2086
    uv run pyside6-lupdate $sources -no-obsolete -locations none \
        -ts "resources/translations/layerlab_${code}.ts" -target-language "$code"
    uv run pyside6-lrelease "resources/translations/layerlab_${code}.ts" \
        -qm "resources/translations/layerlab_${code}.qm"
done
