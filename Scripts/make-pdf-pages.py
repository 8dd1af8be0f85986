#!/usr/bin/python3
"""Newspaper pages made with a PDF writer (cairo), with known type sizes and known articles.

    Scripts/make-pdf-pages.py Tests/Fixtures/pdf/made

writes `theory-page/theory-page.pdf` (a page set as People's Daily sets its 理论 pages: a headline with a
subheadline over four columns, inner heads, the author's note; an article beside it under a
headline set vertically; one across the foot with two authors, a picture and its caption) and
`regional-page/regional-page.pdf` (set as regional dailies set theirs: gutters narrower than a character, inner
heads a hair larger than the text or at its size in another face, quotation marks from a Latin
font, a headline inset beside its first column, an advertisement among the news), each with an `expect.json` in the form
`../shared/tools/corpora.py` scores: what a reader must find on the page.

Needs python3-cairo and two CJK fonts (fonts-wqy-microhei, fonts-arphic-ukai); run with Debian's python3. Only to make
the fixtures again: they are committed, and the tests need neither.
"""
import json
import os
import random
import sys

import cairo

CJK = 'WenQuanYi Micro Hei'
LATIN = 'DejaVu Sans'
# Another face for inner heads set at the text's own size (as regional pages set them bold).
FACE = 'AR PL UKai CN'

PHRASES = ['坚持以人民为中心', '推动高质量发展', '深化改革开放', '完善治理体系', '增进民生福祉', '建设现代化经济体系',
           '实施乡村振兴战略', '促进共同富裕', '加强生态文明建设', '提升创新能力', '健全社会保障', '繁荣文化事业',
           '维护公平正义', '扩大内需', '优化营商环境', '稳定就业', '加快数字化转型', '筑牢安全防线']


def sentences(seed, count):
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = rng.sample(PHRASES, 3)
        out.append(f'{parts[0]}，{parts[1]}，必须{parts[2]}。')
    return ''.join(out)


class Page:
    def __init__(self, path, width, height):
        self.surface = cairo.PDFSurface(path, width, height)
        self.ctx = cairo.Context(self.surface)
        self.width, self.height = width, height

    def text(self, text, x, y, size, font=CJK, bold=False):
        """`text` from (x, y): y is the top of the line; each CJK character `size` wide."""
        ctx = self.ctx
        ctx.set_source_rgb(0, 0, 0)
        left = x
        for run_font, run in self.runs(text, font):
            ctx.select_font_face(run_font, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
            ctx.set_font_size(size)
            ctx.move_to(left, y + size * 0.88)
            ctx.show_text(run)
            left = ctx.get_current_point()[0]
        return left

    @staticmethod
    def runs(text, font):
        """Quotation marks set in the Latin font (as Founder's pages set them), the rest in `font`."""
        runs = []
        for ch in text:
            f = LATIN if ch in '“”‘’' else font
            if runs and runs[-1][0] == f:
                runs[-1][1] += ch
            else:
                runs.append([f, ch])
        return [(f, t) for f, t in runs]

    def centred(self, text, x1, x2, y, size, **kw):
        self.text(text, (x1 + x2 - len(text) * size) / 2, y, size, **kw)

    def vertical(self, text, x, y, size):
        for index, ch in enumerate(text):
            self.text(ch, x, y + index * size, size)

    def column(self, paragraphs, x, y, chars, size, leading, bottom):
        """Paragraphs (each indented two characters) into lines of `chars` characters from (x, y),
        each line one drawing, down to `bottom`; what does not fit is returned."""
        row = y
        pending = list(paragraphs)
        while pending:
            kind, text = pending[0]
            if row + size > bottom:
                break
            if kind in ('head', 'face'):
                if kind == 'head':
                    self.centred(text, x, x + chars * size, row + 0.4 * size, size * 1.1, bold=True)
                else:
                    self.centred(text, x, x + chars * size, row + 0.4 * size, size, font=FACE)
                row += 2 * leading
                pending.pop(0)
                continue
            indent = 2 if kind == 'first' else 0
            line, rest = text[:chars - indent], text[chars - indent:]
            self.text(line, x + indent * size, row, size)
            row += leading
            pending[0] = ('more', rest) if rest else None
            if not rest:
                pending.pop(0)
        return pending

    def columns(self, paragraphs, lefts, y, chars, size, leading, bottom):
        """The paragraphs down the columns in turn (a column's left, or its left and top)."""
        pending = [('first', p) if k == 'p' else ('face' if k == 'f' else 'head', p) for k, p in paragraphs]
        for left in lefts:
            left, top = left if isinstance(left, tuple) else (left, y)
            pending = self.column(pending, left, top, chars, size, leading, bottom)
        assert not pending, 'the text does not fit its columns'

    def picture(self, x1, y1, x2, y2):
        self.ctx.set_source_rgb(0.6, 0.6, 0.6)
        self.ctx.rectangle(x1, y1, x2 - x1, y2 - y1)
        self.ctx.fill()

    def finish(self, articles, date, number):
        """The page written out; its articles, each dated and on its 版."""
        self.surface.finish()
        for one in articles:
            one.update(date=date, page=number)
        return articles


def body_text(paragraphs):
    return ''.join(p for _, p in paragraphs)


def heads(paragraphs):
    """The inner heads among the paragraphs (larger, or in another face)."""
    return [p for k, p in paragraphs if k in ('h', 'f')]


def article(titles, byline, paragraphs):
    """What a reader must find of an article: its titles, its byline, its text (the byline first,
    as Kanbao gives it), its inner heads."""
    return dict(titles=titles, byline=byline, body=byline + body_text(paragraphs), heads=heads(paragraphs))


def theory_page(path):
    page = Page(path, 900, 1300)
    page.text('2019年3月4日 星期一', 40, 40, 10)
    page.text('9', 760, 30, 30, font=LATIN)
    page.text('理论', 790, 30, 30)
    articles = []

    # A: a headline and its subheadline over four columns, a byline, inner heads, the author's note.
    title, sub, author = '坚持以人民为中心的发展思想', '——深入学习贯彻新发展理念', '王小明'
    page.centred(title, 30, 620, 110, 36)
    page.centred(sub, 30, 620, 156, 16)
    page.centred(author, 30, 620, 182, 11)
    a = [('p', sentences(1, 6)), ('p', sentences(2, 5)), ('h', '把握发展的根本立场'), ('p', sentences(3, 7)),
         ('p', sentences(4, 6)), ('h', '落实发展的根本目的'), ('p', sentences(5, 8)), ('p', sentences(6, 5)),
         ('p', '（作者为中国人民大学马克思主义学院教授）')]
    page.columns(a, [30, 180, 330, 480], 210, 15, 9, 13, 720)
    articles.append(article([title, sub], author, a))

    # B: a headline set down the page's right edge, its text beside it.
    title, author = '把握新发展阶段', '陈立'
    page.vertical(title, 838, 110, 32)
    page.text(author, 800, 110, 11)
    b = [('p', sentences(7, 8)), ('p', sentences(8, 6)), ('p', sentences(9, 7))]
    page.columns(b, [640], 140, 16, 9, 13, 720)
    articles.append(article([title], author, b))

    # C: across the foot, two authors; a picture in its last two columns with a caption under it.
    title, author = '推进国家治理体系和治理能力现代化', '李华  张强'
    page.centred(title, 30, 870, 760, 30)
    page.centred(author, 30, 870, 802, 11)
    page.picture(598, 830, 870, 960)
    page.text('图为某地群众在新建的文化广场上参加活动，广场去年建成开放，', 598, 968, 9)
    page.text('每天接待群众上千人次。新华社记者 某某摄', 598, 980, 9)
    c = [('p', sentences(10, 9)), ('p', sentences(11, 8)), ('h', '坚持和完善制度体系'), ('p', sentences(12, 10)),
         ('p', sentences(13, 9)), ('p', sentences(14, 9)), ('p', sentences(15, 9)), ('p', sentences(16, 8)),
         ('p', sentences(17, 10)), ('p', sentences(18, 6))]
    page.columns(c, [30, 172, 314, 456, (598, 1000), (740, 1000)], 830, 14, 9, 13, 1230)
    articles.append(article([title], author, c))

    page.text('本版责编：张三 李四 版式设计：王五', 40, 1270, 8)
    return page.finish(articles, '2019-03-04', 9)


def regional_page(path):
    page = Page(path, 700, 1020)
    page.text('2024年4月19日 星期五', 10, 30, 9)
    page.text('7', 640, 10, 26, font=LATIN)
    page.text('生活服务', 280, 15, 30)
    articles = []
    gutter = 6.5  # narrower than a character

    # A: a headline over three columns; the text in gutters narrower than a character, each line
    # of the three drawn as one run across them; inner heads a hair larger than the text.
    title, author = '“铁路卡”刷证进站新功能启用', '■记者 李晖'
    page.centred(title, 0, 460, 78, 26)
    page.text(author, 2, 120, 9)
    a = [('p', sentences(21, 7)), ('h', '“刷证”更方便'), ('p', sentences(22, 8)), ('p', sentences(23, 7))]
    lefts = [2, 2 + 16 * 9 + gutter, 2 + 2 * (16 * 9 + gutter)]
    # (Each row of the three columns drawn as one text run, as Founder's writer draws them.)
    rows = [[], [], []]
    pending = [('first', p) if k == 'p' else ('head', p) for k, p in a]
    for index in range(3):
        row = 0
        while pending and row < 15:
            kind, text = pending[0]
            if kind == 'head':
                rows[index].append(('head', text))
                row += 2
                pending.pop(0)
                continue
            indent = 2 if kind == 'first' else 0
            line, rest = text[:16 - indent], text[16 - indent:]
            rows[index].append(('line', (indent, line)))
            pending[0] = ('more', rest) if rest else None
            if not rest:
                pending.pop(0)
            row += 1
    assert not pending
    y = 138
    for index, column in enumerate(rows):
        row = 0
        for kind, item in column:
            if kind == 'head':
                page.centred(item, lefts[index], lefts[index] + 16 * 9, y + row * 12.5 + 3, 9.9, bold=True)
                row += 2
            else:
                indent, line = item
                page.text(line, lefts[index] + indent * 9, y + row * 12.5, 9)
                row += 1
    articles.append(article([title], author, a))

    # B: beside it, down the right, a headline inset over its second column only, its first
    # column beginning beside the headline with the byline.
    title, author = '武夷山免门票', '■记者 江娟'
    page.text(author, 480, 80, 9)
    page.text(title, 580, 78, 18)
    b = [('p', sentences(24, 9))]
    page.columns(b, [480, 580], 98, 10, 9, 12.5, 330)
    articles.append(article([title], author, b))

    # An advertisement: prices in many sizes, its own mark.
    page.picture(470, 360, 690, 380)
    page.text('三七西洋参', 480, 390, 30)
    page.text('2折起售', 560, 430, 40)
    page.text('市场价：1.2元/克', 480, 490, 7)
    page.text('直销价：0.4元/克', 480, 500, 8)
    page.text('热线电话：18960800706', 480, 520, 12)
    page.text('（广告）', 650, 540, 7)

    # C: under A, a headline over two columns and its text.
    title, author = '全球旅行商大会举行', '■记者 王芳'
    page.centred(title, 0, 300, 360, 20)
    page.text(author, 2, 392, 9)
    c = [('p', sentences(25, 6)), ('f', '海丝起点再出发'), ('p', sentences(26, 5))]
    page.columns(c, [2, 2 + 16 * 9 + gutter], 410, 16, 9, 12.5, 540)
    articles.append(article([title], author, c))

    page.text('责编 王杨林 美编 季春', 10, 995, 8)
    return page.finish(articles, '2024-04-19', 7)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else 'Tests/Fixtures/pdf/made'
    for name, make in (('theory-page', theory_page), ('regional-page', regional_page)):
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        articles = make(os.path.join(folder, name + '.pdf'))
        with open(os.path.join(folder, 'expect.json'), 'w', encoding='utf-8') as f:
            json.dump({'open': name + '.pdf', 'any_order': True, 'articles': articles}, f, ensure_ascii=False, indent=1)
            f.write('\n')


if __name__ == '__main__':
    main()
