#!/usr/bin/env python3
"""Checks .ts files that lupdate has just refreshed (check-translations.sh
runs it on a temporary copy): every message translated (none unfinished),
none vanished or obsolete, every translation with its source's placeholders
(%1, %n...) and markup (<b>...), and the right number of plural forms.
Usage: check.py FILE.ts...   Exit 1 and a line per problem when any."""
import re
import sys
import xml.etree.ElementTree as ET

# %L2 is %2 in the locale's digits: a translation may add the L.
PLACEHOLDER = re.compile(r'%L?(n|[1-9][0-9]?)')
TAG = re.compile(r'</?[a-zA-Z][^>]*>')
PLURAL_FORMS = {'de': 2, 'fr': 2}


def marks(text, numerus):
    places = PLACEHOLDER.findall(text)
    if numerus:  # a plural form may leave %n out ("one pool")
        places = [p for p in places if p != 'n']
    return sorted(places), sorted(TAG.findall(text))


def check(path):
    root = ET.parse(path).getroot()
    lang = (root.get('language') or '').split('_')[0]
    problems, total = [], 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            source = message.findtext('source') or ''
            where = f'{path}: [{name}] {source!r}'
            translation = message.find('translation')
            kind = translation.get('type')
            if kind in ('vanished', 'obsolete'):
                problems.append(f'{where}: {kind} (no longer in the sources; run the update)')
                continue
            if kind == 'unfinished':
                problems.append(f'{where}: unfinished')
                continue
            numerus = message.get('numerus') == 'yes'
            forms = [f.text or '' for f in translation.findall('numerusform')] if numerus \
                else [translation.text or '']
            if numerus and len(forms) != PLURAL_FORMS.get(lang, len(forms)):
                problems.append(f'{where}: {len(forms)} plural forms, {lang} has {PLURAL_FORMS[lang]}')
            for form in forms:
                if not form:
                    problems.append(f'{where}: empty translation')
                elif marks(form, numerus) != marks(source, numerus):
                    problems.append(f'{where}: placeholders or markup differ in {form!r}')
    return total, problems


def main():
    failed = False
    for path in sys.argv[1:]:
        total, problems = check(path)
        for line in problems:
            print(line)
        print(f'{path}: {total} messages, {len(problems)} problems')
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
