#!/usr/bin/env python3
"""Fills translations/poolstudio_{de,fr}.ts from the table in table_*.py.

The table is written by hand (by people, not a translation service): one
T(source, german, french) per message, N(source, (de forms), (fr forms)) for
a plural one (German and French both have two forms: one, many; French
counts 0 as one). Entries are keyed by the English source text, so a message
keeps its translation when it moves to another file or context.

Run it after lupdate (cmake --build build --target update_translations):
    translations/tools/fill.py
It writes every message it has a translation for as finished, leaves the
others unfinished and lists them, and refuses a translation whose
placeholders (%1, %n...) or markup (<b>...) differ from its source.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.dirname(HERE)
LANGS = ('de', 'fr')

TABLE = {}


def T(source, de, fr):
    TABLE[source] = {'de': de, 'fr': fr}


def N(source, de, fr):
    assert isinstance(de, tuple) and len(de) == 2 and isinstance(fr, tuple) and len(fr) == 2, source
    TABLE[source] = {'de': de, 'fr': fr}


# %L2 is %2 in the locale's digits: a translation may add the L.
PLACEHOLDER = re.compile(r'%L?(n|[1-9][0-9]?)')
TAG = re.compile(r'</?[a-zA-Z][^>]*>')


def marks(text):
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))


def french_spacing(text):
    # French typography: a no-break space before : and », after «, a narrow
    # one before ; ? ! (only where the text already has a space there).
    text = re.sub(r' ([:»])', '\u00a0\\1', text)
    text = re.sub(r'« ', '«\u00a0', text)
    text = re.sub(r' ([;?!])', '\u202f\\1', text)
    return text


def load_table():
    scope = {'T': T, 'N': N}
    for path in sorted(glob.glob(os.path.join(HERE, 'table_*.py'))):
        with open(path, encoding='utf-8') as f:
            exec(compile(f.read(), path, 'exec'), scope)


def fill(lang):
    path = os.path.join(FOLDER, f'poolstudio_{lang}.ts')
    tree = ET.parse(path)
    missing, wrong, total = [], [], 0
    for message in tree.getroot().iter('message'):
        total += 1
        source = message.find('source').text or ''
        numerus = message.get('numerus') == 'yes'
        translation = message.find('translation')
        entry = TABLE.get(source)
        texts = None
        if entry is not None:
            value = entry[lang]
            texts = list(value) if isinstance(value, tuple) else [value]
            if lang == 'fr':
                texts = [french_spacing(t) for t in texts]
            if numerus != (len(texts) == 2):
                wrong.append((source, 'plural forms expected' if numerus else 'not a plural message'))
                texts = None
            else:
                for text in texts:
                    want, got = marks(source), marks(text)
                    # a plural form may leave %n out ("one pool"), nothing else
                    if numerus:
                        want = ([p for p in want[0] if p != 'n'], want[1])
                        got = ([p for p in got[0] if p != 'n'], got[1])
                    if want != got:
                        wrong.append((source, f'placeholders or markup differ: {text!r}'))
                        texts = None
                        break
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if texts is None:
            translation.set('type', 'unfinished')
            if entry is None:
                missing.append(source)
            continue
        translation.attrib.pop('type', None)
        if numerus:
            for text in texts:
                ET.SubElement(translation, 'numerusform').text = text
        else:
            translation.text = texts[0]
    write(tree, path)
    return total, missing, wrong


def write(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def main():
    load_table()
    failed = False
    for lang in LANGS:
        total, missing, wrong = fill(lang)
        print(f'{lang}: {total} messages, {total - len(missing) - len(wrong)} translated, '
              f'{len(missing)} without a translation, {len(wrong)} refused')
        for source in missing:
            print(f'  missing: {source!r}')
        for source, why in wrong:
            print(f'  refused: {source!r}: {why}')
        failed = failed or missing or wrong
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
