#!/usr/bin/env python3
"""Checks search's script fold against OpenCC: `kanbao --search Q --count` over an archive counts
what `kanbao --search t2s(Q) --count --exact-script` counts over a copy of the archive with every
text converted by OpenCC's t2s (`opencc -c t2s`). Prints a line per query; exits 1 if any differ.

    Scripts/check-script-counts.py KANBAO PATH... -- QUERY...

PATHs are what kanbao opens as one archive (folders of day folders, records files, …); files that
are not UTF-8 text are copied as they are. Each run has its own index cache.
"""
import os, shutil, subprocess, sys, tempfile

def t2s(text):
    return subprocess.run(['opencc', '-c', 't2s'], input=text, capture_output=True, text=True, check=True).stdout

def copy_converted(path, into):
    target = os.path.join(into, os.path.basename(os.path.normpath(path)))
    if os.path.isdir(path):
        shutil.copytree(path, target)
        files = [os.path.join(folder, name) for folder, _, names in os.walk(target) for name in names]
    else:
        shutil.copy(path, target)
        files = [target]
    for file in files:
        try:
            text = open(file, encoding='utf-8').read()
        except (UnicodeDecodeError, OSError):
            continue
        with open(file, 'w', encoding='utf-8') as out:
            out.write(t2s(text))
    return target

def main():
    kanbao, rest = sys.argv[1], sys.argv[2:]
    split = rest.index('--')
    paths, queries = rest[:split], rest[split + 1:]
    bad = 0
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for number, path in enumerate(paths):
            os.makedirs(os.path.join(work, str(number)))
            copies.append(copy_converted(path, os.path.join(work, str(number))))
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, 'cache'))
        for query in queries:
            folded = subprocess.run([kanbao, '--search', query, '--count'] + paths, capture_output=True, text=True, env=env).stdout
            converted = subprocess.run([kanbao, '--search', t2s(query), '--count', '--exact-script'] + copies, capture_output=True, text=True, env=env).stdout
            same = folded == converted
            bad += not same
            total = folded.strip().split('\n')[-1] if folded.strip() else 'nothing'
            print(f"{query}: folded {total}; t2s then exact {converted.strip().split(chr(10))[-1] if converted.strip() else 'nothing'}; {'same' if same else 'DIFFERENT'}")
    return 1 if bad else 0

sys.exit(main())
