#!/usr/bin/env python3
"""How many of a made page's true paragraphs `kanbao --json` gives back whole, and whether the inner
heads it finds are whole paragraphs of the source (not pieces of one a column break cut).

  Scripts/check-paragraphs.py CORPUS_MONTH MADE_PAGES KANBAO [N]

CORPUS_MONTH is the crawler month the pages were made from, MADE_PAGES a folder written by
`../shared/tools/realpages.py make` (each page's `.expect.json` names its day and page); N heads
that are not whole paragraphs are printed (default 15)."""
import collections, glob, json, os, re, subprocess, sys

WS = re.compile(r"\s+")


def squeezed(text):
    return WS.sub("", text or "")


def main():
    corpus, made, kanbao = sys.argv[1], sys.argv[2], sys.argv[3]
    shown = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    total = whole = heads = good = 0
    bad = []
    for expect in sorted(glob.glob(os.path.join(made, "*.expect.json"))):
        day, _, page = json.load(open(expect, encoding="utf-8"))["source"].split()
        truth = collections.Counter()
        for path in glob.glob(os.path.join(corpus, day, f"{day}-{int(page):02d}-*.txt")):
            lines = open(path, encoding="utf-8").read().replace("\r\n", "\n").split("\n")
            truth.update(squeezed(line) for line in lines[3:] if line.strip())
        out = subprocess.run([kanbao, "--json", expect[:-len(".expect.json")] + ".txt"], capture_output=True, check=True).stdout
        got = json.loads(out)
        articles = got["articles"] if "articles" in got else [a for p in got["pages"] for a in p["articles"]]
        given = collections.Counter()
        for article in articles:
            given.update(squeezed(p) for p in article["paragraphs"] + ([article["credit"]] if article["credit"] else []))
            for index in article["heads"]:
                heads += 1
                if truth[squeezed(article["paragraphs"][index])]:
                    good += 1
                else:
                    bad.append((os.path.basename(expect), article["paragraphs"][index]))
        total += sum(truth.values())
        whole += sum((truth & given).values())
    print(f"paragraphs whole {whole}/{total} ({whole / total:.3f}); heads {heads}, whole paragraphs {good}")
    for name, text in bad[:shown]:
        print(f"  not a paragraph: {name} {text}")


main()
