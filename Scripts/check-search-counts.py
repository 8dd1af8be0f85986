#!/usr/bin/env python3
"""Checks `kanbao --search Q --count` against a plain count over the files.

    Scripts/check-search-counts.py ARCHIVE KANBAO QUERY...

For each query: the plain count is, per day (the YYYYMMDD of each YYYYMMDD-PP-AA.txt file), the
non-overlapping occurrences of the query in each file's text, both width-folded as the reader folds
them (U+FF01-FF5E to ASCII, U+3000 to a space) and, unless the query has a capital, lower-cased.
Prints one line per query and exits 1 if any day differs.
"""
import os, re, subprocess, sys
from collections import Counter

def fold(text, case):
    text = ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (' ' if c == '\u3000' else c) for c in text)
    return text if case else text.lower()

def main():
    archive, kanbao, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = []
    for folder, _, names in os.walk(archive):
        for name in names:
            m = re.fullmatch(r'(\d{4})(\d{2})(\d{2})-\d{2,3}-\d{2,3}\.txt', name)
            if m: files.append((f'{m[1]}-{m[2]}-{m[3]}', os.path.join(folder, name)))
    texts = [(day, open(path, encoding='utf-8', errors='replace').read()) for day, path in files]
    bad = 0
    for query in queries:
        case = any(c.isupper() for c in fold(query, True))
        needle = fold(query, case)
        plain = Counter()
        for day, text in texts:
            n = fold(text, case).count(needle)
            if n: plain[day] += n
        out = subprocess.run([kanbao, '--search', query, '--count', archive], capture_output=True, text=True).stdout.split('\n')
        got = Counter({l.split()[0]: int(l.split()[1]) for l in out if l and not l.startswith('total')})
        total = next((int(l.split()[1]) for l in out if l.startswith('total')), None)
        same = got == plain and total == sum(plain.values())
        bad += not same
        print(f"{query}: plain {sum(plain.values())} in {len(plain)} days; kanbao {total} in {len(got)} days; {'same' if same else 'DIFFERENT'}")
    return 1 if bad else 0

sys.exit(main())
