#!/usr/bin/env bash
# One step for a new or changed message: lupdate the .ts files from the
# sources (as the update_translations target does, without a build folder),
# write the table's translations into them, lupdate again (lupdate's layout),
# then run the test's check. Lists what the table still lacks; add T(...)
# lines to a table_*.py file for those and run it again.
set -euo pipefail
cd "$(dirname "$0")/../.."
bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
mapfile -t dirs < <(sed 's|^|src/|' translations/sources.txt)
update() {
  for ts in translations/poolstudio_*.ts; do
    "$bins/lupdate" -silent -I src -no-obsolete "${dirs[@]}" -ts "$ts" >/dev/null 2>&1
  done
}
update
python3 translations/tools/fill.py || true
update
packaging/check-translations.sh
