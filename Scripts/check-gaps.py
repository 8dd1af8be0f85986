#!/usr/bin/env python3
"""Checks how `kanbao --dump` fills its lines: gaps inside Chinese lines, widths, 禁则.

    Scripts/check-gaps.py KANBAO PAGE... [--widths 12,20,...] [--columns 1,2,3,4] [--examples N] [--flag=--latin-spacing]

For every page, width and number of columns, `KANBAO --dump --width W --columns C PAGE` is read and
its lines cut into their columns (the geometry of `ColumnFlow`: a 3-cell gutter, even columns).
Counted:
- gaps: one or more spaces between two Chinese characters or marks that the page's text does not
  have between them (`获得感、 幸福感`, `白莹）  8月`), and a space on one side only of a run of
  Latin letters or digits between Chinese (`近 3年`);
- wide: lines wider than the terminal, or a column's text wider than its column;
- 禁则: a column line that begins with a mark no line may begin with (`，。》”…`), or ends with one
  no line may end with (`“《（`).
Prints a summary line per width and a total; exits 1 if any count is not 0.
"""
import argparse, re, subprocess, sys, unicodedata

START_PROHIBITED = set("，。、；：？！）」』》〉】〕〗〙〛｝］”’…‥—～〜·・％‰℃｡､｣〞〟，．：；！？")
END_PROHIBITED = set("（「『《〈【〔〖〘〚｛［“‘｢〝")
GUTTER = 3
MINIMUM_COLUMN = 8  # ColumnFlow.minimumColumnWidth: fewer columns are made than would be narrower


def cells(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1


def is_chinese(ch):
    """An ideograph or a full-width mark: what a gap between two of is a hole in the line."""
    o = ord(ch)
    return (0x3000 < o <= 0x303F or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF01 <= o <= 0xFF0F
            or 0xFF1A <= o <= 0xFF20 or o in (0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014, 0x00B7))


def is_ideograph(ch):
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def is_latin(ch):
    return ch.isascii() and ch.isalnum()


def column_width(width, columns):
    share = (width - GUTTER * (columns - 1)) // columns if columns > 1 else width
    return share - share % 2 if share > 3 else share


def segments(line, width, columns):
    """The line cut at the columns' left edges: (text, cells) for each column."""
    cw = column_width(width, columns)
    starts = [k * (cw + GUTTER) for k in range(columns)]
    out = [[] for _ in starts]
    col = 0
    for ch in line:
        k = max(i for i, s in enumerate(starts) if s <= col)
        out[k].append((col - starts[k], ch))
        col += cells(ch)
    result = []
    for k, chars in enumerate(out):
        text = ''.join(ch for _, ch in chars)
        if k < columns - 1:
            text = re.sub(r' *│ *$', '', text)
        end = max((c + cells(ch) for c, ch in chars if ch != ' ' and ch != '│'), default=0)
        result.append((text, end))
    return result, cw


def gaps_in(line, source):
    found = []
    for m in re.finditer(r'(\S)( +)(\S)', line):
        a, b = m.group(1), m.group(3)
        chinese = is_chinese(a) and is_chinese(b)
        # A space on one side only of a Latin run between ideographs: 近 3年 (近 3 年 is both sides).
        one_sided = False
        if is_ideograph(a) and is_latin(b):
            run = re.match(r'[A-Za-z0-9.+]+(.)', line[m.end(3) - 1:])
            one_sided = run is not None and is_ideograph(run.group(1))
        elif is_latin(a) and is_ideograph(b):
            before = re.search(r'(.)[A-Za-z0-9.+]+$', line[:m.start(1) + 1])
            one_sided = before is not None and is_ideograph(before.group(1))
        if (chinese or one_sided) and not re.search(re.escape(a) + r'\s+' + re.escape(b), source):
            found.append(m.group(0))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('kanbao')
    parser.add_argument('pages', nargs='+')
    parser.add_argument('--widths', default='12,20,31,40,57,62,80,100,133,160')
    parser.add_argument('--columns', default='1,2,3,4')
    parser.add_argument('--examples', type=int, default=3)
    parser.add_argument('--flag', action='append', default=[], help='another option for kanbao (--latin-spacing)')
    args = parser.parse_args()
    sources = {p: open(p, encoding='utf-8', errors='replace').read() for p in args.pages}
    line_starts = {p: [re.sub(r'\s', '', line) for line in text.split('\n')] for p, text in sources.items()}

    def starts_a_line(page, body):
        prefix = re.sub(r'\s', '', body)[:4]
        return any(line.startswith(prefix) for line in line_starts[page])
    starts = {p: (lambda body, p=p: starts_a_line(p, body)) for p in args.pages}
    totals = {'lines': 0, 'gaps': 0, 'wide': 0, 'kinsoku': 0}
    examples = []
    for width in map(int, args.widths.split(',')):
        counts = {'lines': 0, 'gaps': 0, 'wide': 0, 'kinsoku': 0}
        for columns in map(int, args.columns.split(',')):
            if columns > 1 and column_width(width, columns) < MINIMUM_COLUMN:
                continue
            for page in args.pages:
                out = subprocess.run([args.kanbao, '--dump', '--width', str(width), '--columns', str(columns)] + args.flag + [page],
                                     capture_output=True, text=True)
                if out.returncode != 0:
                    print(f"{page}: kanbao failed: {out.stderr.strip()}", file=sys.stderr)
                    sys.exit(2)
                # (With fewer columns than asked — too narrow — the layout uses one.)
                real_columns = columns
                lines = out.stdout.split('\n')
                # Header lines (kicker, headline, subheadline: set across the page) are those
                # before a rule in their stretch between blank lines.
                header = set()
                stretch = []
                # (The page header and a page's label are lines of the page's width too.)
                first = []
                for line in lines:
                    if not line.strip():
                        break
                    first.append(line)
                if not any(set(line.strip()) == {'─'} for line in first):
                    header.update(range(len(first)))
                header.update(n for n, line in enumerate(lines) if line.startswith('══'))
                for number, line in enumerate(lines + ['']):
                    if not line.strip():
                        stretch = []
                    elif set(line.strip()) == {'─'}:
                        header.update(stretch)
                        header.add(number)
                    else:
                        stretch.append(number)
                for number, line in enumerate(lines):
                    if not line.strip():
                        continue
                    counts['lines'] += 1
                    for gap in gaps_in(line, sources[page]):
                        counts['gaps'] += 1
                        if len(examples) < args.examples:
                            examples.append(f"gap {gap!r} at {width}x{columns} in {line!r}")
                    if sum(cells(c) for c in line) > width:
                        counts['wide'] += 1
                        examples.append(f"wide at {width}x{columns}: {line!r}")
                    if number in header:
                        parts, cw = [(line, sum(cells(c) for c in line))], width
                    else:
                        parts, cw = segments(line, width, real_columns)
                    for text, end in parts:
                        if end > cw and real_columns > 1:
                            counts['wide'] += 1
                            if len(examples) < 3 * args.examples:
                                examples.append(f"wider than its column at {width}x{columns}: {text!r}")
                        body = text.strip()
                        # (A block that begins with a mark — a subheadline's ——, a quote's ” — is no break.)
                        begins = body and body[0] in START_PROHIBITED and not starts[page](body)
                        if begins or (body and body[-1] in END_PROHIBITED):
                            counts['kinsoku'] += 1
                            if len(examples) < 2 * args.examples:
                                examples.append(f"禁则 at {width}x{columns}: {text!r}")
        print(f"width {width}: {counts['lines']} lines, {counts['gaps']} gaps, {counts['wide']} too wide, {counts['kinsoku']} 禁则")
        for key in totals:
            totals[key] += counts[key]
    for example in examples[:3 * args.examples]:
        print("  " + example)
    print(f"total: {totals['lines']} lines, {totals['gaps']} gaps, {totals['wide']} too wide, {totals['kinsoku']} 禁则")
    sys.exit(0 if totals['gaps'] == totals['wide'] == totals['kinsoku'] == 0 else 1)


if __name__ == '__main__':
    main()
