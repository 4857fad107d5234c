#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes 新民晚报's e-paper articles, as a crawl keeps them, and their truth
for kanbao-parse-score.

Reads: the CSV of the public crawl shenxingy/Chinese_newspaper_crawler on
GitHub, `git show 35a294b:Sample_Datasets/XinMin.csv > XinMin.csv` (the file
came in at 8ab9b4f and has not changed since). It is what the repository's
XinMin_Crawler.py made of paper.xinmin.cn for 2022-04-01..03: one row per
printed page, the first article of the page only, with the columns
special_title (the e-paper's 引题 element), title (主题), subtitle (副题),
content (the text element's get_text(): the whole article on ONE line, each
paragraph led by the four spaces of its indent, names padded with two),
url (.../2022-04-01/2-3.htm), date and ban (第2/3版:上海新闻).

Writes, under OUT: one file per row, OUT/新民晚报/2022-04-01/02-1.txt (the
first page the article is printed on, article 1 of it: the crawl keeps no
other), holding the non-empty heading elements, kicker, title, subtitle, one a
line as the e-paper sets them, over the content exactly as the crawl keeps it
(with --paragraphs, the content is cut into lines where a paragraph indent
stands instead, for comparison). Rows with no text but the pointer to the
web site (>>>详见新民网) are left out. And OUT/truth.tsv in the format at the
top of bench/parse_score.cpp: the kicker and title from the elements (spaces
as one), event dates, reporters and districts not labelled (?), each page's
form its day.

Run:
    bench/realpages/xinmin_evening.py [--paragraphs] OUT XinMin.csv
    build/bench/kanbao-parse-score --truth OUT/truth.tsv \\
        --divisions data/divisions.tsv OUT

The output is third-party newspaper text: keep OUT outside the repository
and never commit it.
"""
import csv
import re
import sys
from pathlib import Path

from truth_text import one_space

PAPER = "新民晚报"
PAGE_URL = re.compile(r"/(\d{4}-\d\d-\d\d)/(\d+)(?:-\d+)?\.htm$")
INDENT = re.compile(r" {4,}")
WEB_POINTER = "详见新民网"


def page_text(row, paragraphs):
    """The heading elements, one a line, over the content."""
    headings = [row[k].strip() for k in ("special_title", "title", "subtitle") if row[k].strip()]
    content = row["content"]
    if paragraphs:
        body = [p.strip() for p in INDENT.split(content) if p.strip()]
    else:
        body = [content]
    return "\n".join(headings + body) + "\n"


def main(argv):
    paragraphs = "--paragraphs" in argv
    args = [a for a in argv[1:] if a != "--paragraphs"]
    if len(args) != 2:
        sys.exit("usage: xinmin_evening.py [--paragraphs] OUT XinMin.csv")
    out, csv_path = Path(args[0]), Path(args[1])
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    truth = [f"paper\t{PAPER}\t{PAPER}\t上海市"]
    written = 0
    for row in rows:
        m = PAGE_URL.search(row["url"])
        if not m or (WEB_POINTER in row["content"] and len(row["content"].strip()) < 40):
            continue
        date, page = m.group(1), int(m.group(2))
        rel = f"{PAPER}/{date}/{page:02d}-1.txt"
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        with open(out / rel, "w", encoding="utf-8", newline="") as f:
            f.write(page_text(row, paragraphs))
        kicker = one_space(row["special_title"]) or "-"
        title = one_space(row["title"]) or "-"
        truth.append(f"page\t{rel}\t{PAPER} {date}\t{date}")
        truth.append(f"art\t{kicker}\t{title}\t?\t?\t?")
        written += 1
    (out / "truth.tsv").write_text("\n".join(truth) + "\n", encoding="utf-8")
    print(f"{written} articles under {out}")


if __name__ == "__main__":
    main(sys.argv)
