#!/usr/bin/env python3
"""Makes Tests/Fixtures/layouts/ from ../shared/corpus/layouts/ (and Tests/Fixtures/html/ from ../shared/corpus/html/): each sample's input cut to its first
few articles (whole files, whole records, in the sample's own encoding and line ends), and its
expect.json cut to the articles still there — so that `swift test` holds the layouts' floor
without ../shared.  Run from the package root: python3 Scripts/make-layout-fixtures.py"""
import csv, io, json, os, re, shutil, sys, unicodedata

SRC = '../shared/corpus/layouts'
OUT = 'Tests/Fixtures/layouts'
KEEP = 4  # records, lines or articles kept of a file that holds many

def flat(s): return re.sub(r'\s+', '', unicodedata.normalize('NFC', s or ''))

def cut_file(path, data):
    name = os.path.basename(path).lower()
    if name.endswith('.jsonl'):
        return b'\n'.join(data.split(b'\n')[:KEEP]) + b'\n'
    if False:  # (the scrapy export is kept whole: it holds one article twice)  # objects one after another, each opening a line with {"keyword"
        starts = [m.start() for m in re.finditer(rb'(?m)^\{"keyword"', data)]
        return data[:starts[KEEP]] if len(starts) > KEEP else data
    if name.endswith('.csv') and len(data) > 20000:
        text = data.decode('gb18030')
        rows = list(csv.reader(io.StringIO(text)))
        out = io.StringIO(); csv.writer(out, lineterminator='\n').writerows(rows[:KEEP + 1])
        return out.getvalue().encode('gb18030')
    if name.endswith('.txt') and '作者：'.encode() in data[:4096]:
        lines = data.decode('utf-8').split('\n')
        metas = [i for i, l in enumerate(lines) if l.startswith('作者：') or l.startswith('时间：')]
        if len(metas) > KEEP:
            end = metas[KEEP]
            while end > 0 and lines[end - 1].strip() and not lines[end - 1][0].isspace(): end -= 1
            return '\n'.join(lines[:end]).encode('utf-8')
    return data

def cut_feed(data):
    """The feed's first KEEP * 2 items, the feed around them kept."""
    text = data.decode('utf-8')
    starts = [m.start() for m in re.finditer(r'<item>', text)]
    if len(starts) <= KEEP * 2: return data
    end = text.index('</channel>')
    return (text[:starts[KEEP * 2]] + text[end:]).encode('utf-8')

def html_fixtures():
    import html as markup
    src, out = '../shared/corpus/html', 'Tests/Fixtures/html'
    shutil.rmtree(out, ignore_errors=True)
    for sample in ('appledaily', 'epaper-2018', 'rss'):
        expect = json.load(open(os.path.join(src, sample, 'expect.json'), encoding='utf-8'))
        kept = ''
        for name in sorted(os.listdir(os.path.join(src, sample, 'input')))[:1]:
            data = open(os.path.join(src, sample, 'input', name), 'rb').read()
            if name.endswith('.xml'): data = cut_feed(data)
            dest = os.path.join(out, sample, 'input', name)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            open(dest, 'wb').write(data)
            kept += flat(markup.unescape(markup.unescape(data.decode('utf-8'))))
        day = re.search(r'\d{4}-\d{2}-\d{2}', name)
        expect['articles'] = [a for a in expect['articles'] if flat(a.get('headline') or a['titles'][0]) in kept
                              and flat(a.get('body'))[:20] in kept and (not day or a.get('date') == day.group(0))]
        if sample == 'rss':  # (the feed's first items are the day's first articles, in order; some are printed twice)
            expect['articles'] = expect['articles'][:KEEP * 2]
        json.dump(expect, open(os.path.join(out, sample, 'expect.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print(f'html/{sample}: {len(expect["articles"])} articles')

def main():
    html_fixtures()
    shutil.rmtree(OUT, ignore_errors=True)
    for sample in sorted(os.listdir(SRC)):
        src = os.path.join(SRC, sample)
        expect = json.load(open(os.path.join(src, 'expect.json'), encoding='utf-8'))
        kept_text = ''
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(src, 'input')) for f in fs)
        files = files[1:2] if sample == 'export-authors' else files
        for path in files:
            data = cut_file(path, open(path, 'rb').read())
            dest = os.path.join(OUT, sample, os.path.relpath(path, src))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            open(dest, 'wb').write(data)
            for encoding in ('utf-8', 'gb18030'):
                try: kept_text += flat(data.decode(encoding)); break
                except UnicodeDecodeError: pass
        # (JSON keeps text escaped: unescape what the scorer compares.)
        kept_text += flat(kept_text.encode().decode('unicode_escape', errors='ignore')) if '\\u' in kept_text else ''
        def there(a):
            body = flat(a.get('body'))[:40]
            return flat(a.get('headline') or a['titles'][0]) in kept_text and (not body or body in kept_text)
        articles = [a for a in expect['articles'] if there(a)]
        expect['articles'] = articles
        json.dump(expect, open(os.path.join(OUT, sample, 'expect.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print(f'{sample}: {len(articles)} articles')

main()
