#!/usr/bin/env python3
"""Makes Tests/Fixtures/traditional/2019-03: the crawler fixture days (Tests/Fixtures/crawler/2019-02) written in
traditional characters as Hong Kong writes them (OpenCC's `s2hk`, phrases and all), dated a month
later (20190201 → 20190301) so that an archive holds both — for the tests of search's script fold.

    Scripts/make-traditional-fixtures.py   (needs opencc)
"""
import os, shutil, subprocess

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
source, target = os.path.join(root, 'Tests/Fixtures/crawler/2019-02'), os.path.join(root, 'Tests/Fixtures/traditional/2019-03')
shutil.rmtree(target, ignore_errors=True)
for day in sorted(os.listdir(source)):
    later = day[:4] + '03' + day[6:]
    os.makedirs(os.path.join(target, later))
    for name in sorted(os.listdir(os.path.join(source, day))):
        text = open(os.path.join(source, day, name), encoding='utf-8').read()
        converted = subprocess.run(['opencc', '-c', 's2hk'], input=text, capture_output=True, text=True, check=True).stdout
        with open(os.path.join(target, later, later + name[8:]), 'w', encoding='utf-8') as out:
            out.write(converted)
print(f'{target}: {sum(len(files) for _, _, files in os.walk(target))} files')
