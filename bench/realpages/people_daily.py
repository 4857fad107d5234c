#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rebuilds whole printed pages of 人民日报 and their truth for kanbao-parse-score.

Reads: months of the public crawl caspiankexin/people-daily-crawler-date on
GitHub, each a folder extracted from one of its archives, which only its
git history holds (`2020年数据/2020年1月.7z` at commit d3f8f14, the 2019
months at 0e607dd: `git show d3f8f14:2020年数据/2020年1月.7z > m.7z`, then
`7z x m.7z`). The folder holds one file per e-paper article,
YYYYMMDD-PP-NN.txt (date, page, article): its first three lines are the
kicker, title and subtitle (h3, h1, h2; any may be empty), the lines under
them its paragraphs, indented by two full-width spaces as the crawl gives
them.

Writes, under OUT: one page per date and page, OUT/人民日报/2020-01-08/07.txt,
its articles in article order, each one's non-empty heading lines flush left
over its paragraphs (whitespace-only lines left out), one blank line between
articles; the crawl's advertisements (titled 广告, no text) are left out. And
OUT/truth.tsv in the format at the top of bench/parse_score.cpp: the kicker
and title from the heading lines (spaces as one), event dates and reporters
not labelled (?), no district (a national paper), the issue date from the
path; each page's form is its month (人民日报 2020-01), so the scorer prints
every month beside the total.

Run:
    bench/realpages/people_daily.py OUT MONTH_DIR...
    build/bench/kanbao-parse-score --truth OUT/truth.tsv \
        --divisions data/divisions.tsv OUT

The output is third-party newspaper text: keep OUT outside the repository
and never commit it.
"""
import re
import sys
from collections import defaultdict, namedtuple
from pathlib import Path

from truth_text import one_space

PAPER = "人民日报"
ARTICLE_FILE = re.compile(r"(\d{4})(\d{2})(\d{2})-(\d{2})-(\d{2})\.txt$")
Article = namedtuple("Article", "kicker title headings paragraphs")


def read_article(path):
    """One crawl file: its kicker and title (spaces as one) for the truth,
    its heading lines and paragraphs as printed for the page."""
    lines = [line.rstrip("\r") for line in path.read_text(encoding="utf-8").split("\n")]
    lines += [""] * (3 - len(lines))
    return Article(
        kicker=one_space(lines[0]),
        title=one_space(lines[1]),
        headings=[line.strip() for line in lines[:3] if line.strip()],
        paragraphs=[line.rstrip() for line in lines[3:] if line.strip()],
    )


def is_advert(article):
    """The crawl's advertisement: titled 广告, with no text."""
    return article.title == "广告" and not article.paragraphs


def pages_of(month_dirs):
    """{(date, page): [article files in article order]} over all months."""
    pages = defaultdict(list)
    for month in month_dirs:
        for path in Path(month).rglob("*.txt"):
            m = ARTICLE_FILE.match(path.name)
            if m:
                y, mo, d, page, n = m.groups()
                pages[(f"{y}-{mo}-{d}", page)].append((int(n), path))
    return {key: [p for _, p in sorted(files)] for key, files in pages.items()}


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, months = Path(argv[1]), argv[2:]
    truth = [f"paper\t{PAPER}\t{PAPER}\t-"]
    for (date, page), files in sorted(pages_of(months).items()):
        articles = [read_article(f) for f in files]
        articles = [a for a in articles if not is_advert(a)]
        if not articles:
            continue
        rel = f"{PAPER}/{date}/{page}.txt"
        text = "\n\n".join("\n".join(a.headings + a.paragraphs) for a in articles)
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text + "\n", encoding="utf-8")
        truth.append(f"page\t{rel}\t{PAPER} {date[:7]}\t{date}")
        truth += [f"art\t{a.kicker or '-'}\t{a.title or '-'}\t?\t?\t-" for a in articles]
    (out / "truth.tsv").write_text("\n".join(truth) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
