#!/usr/bin/env bash
# Fails when the German or French translation is not complete for the current
# sources: runs lupdate on a temporary copy of translations/*.ts (the tree is
# not touched) and reports every unfinished, vanished or obsolete message,
# every translation whose placeholders (%1, %n) or markup differ from its
# source, and every tr() that lupdate would file under another context than
# the program looks it up in (a free or lambda tr() wrapper; use a struct with
# Q_DECLARE_TR_FUNCTIONS instead, see docs/ARCHITECTURE.md, "Translations").
# To fix: cmake --build build --target update_translations, then add the new
# messages to translations/tools/table_*.py and run translations/tools/fill.py.
set -euo pipefail
cd "$(dirname "$0")/.."

bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate=
for candidate in "$bins/lupdate" /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
  if [[ -x $candidate ]]; then lupdate=$candidate; break; fi
done
[[ -n $lupdate ]] || { echo "check-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
mapfile -t dirs < <(sed 's|^|src/|' translations/sources.txt)

failed=0
# Free tr() wrappers: lupdate files their messages under the namespace.
if grep -rnE '^\s*(static )?(inline )?QString tr\(const char\*|auto tr = \[' "${dirs[@]}" \
     --include='*.cpp' --include='*.h' >"$tmp/wrappers"; then
  echo "check-translations: tr() wrappers that lupdate cannot give their context (use a struct with Q_DECLARE_TR_FUNCTIONS(context) and Context::tr):"
  sed 's/^/  /' "$tmp/wrappers"
  failed=1
fi

"$lupdate" -silent -I src "${dirs[@]}" -ts "$tmp"/*.ts >"$tmp/lupdate.log" 2>&1 ||
  { cat "$tmp/lupdate.log"; exit 2; }
if grep -E 'lacks Q_OBJECT|cannot be called without context|Qualifying with unknown' "$tmp/lupdate.log" >"$tmp/contexts"; then
  echo "check-translations: lupdate files these tr() calls under a context the program does not use:"
  sed 's/^/  /' "$tmp/contexts"
  failed=1
fi

python3 translations/tools/check.py "$tmp"/*.ts | sed "s|$tmp/|translations/|" || failed=1
exit $failed
