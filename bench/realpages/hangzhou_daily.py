#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes 都市快报's e-paper article pages, as a crawl keeps them, and their
truth for kanbao-parse-score.

Reads: day files of the public crawl grill-glitch/hangzhou-daily-crawler on
GitHub (JSON, one per day: {"date": ..., "articles": [{"url", "title",
"content", ...}]}); its history holds three: `git show
0d461ed:dskb_2026-03-28.json` (and dskb_2026-03-29.json there), `git show
224753e:hangzhou-daily-crawler/example/dskb_2026-04-04.json` (the
repository's example, which its later history removed). Each article's
`content` is the text of its e-paper page as the crawler took it: on some
days the whole page (the browser's
title bar "标题_都市快报", the links <<上一篇 / 下一篇>> / 返回主页, the header,
the date alone, the text), on others the header, the date and the text
only; the markup's tabs and spaces are kept, and so are the full-width
spaces that indent the lines a heading is broken over. `title` is the
e-paper's own title element, its lines broken where the page breaks them.

Writes, under OUT: one file per article, exactly its `content`,
OUT/都市快报/2026-03-28/A04-01.txt (page A04, article 1; articles with no date
line, which hold no text, are left out), and OUT/truth.tsv in the format at
the top of bench/parse_score.cpp: the title from the `title` element (its
lines joined by one space), the kicker the header lines above it, event
dates, reporters and districts not labelled (?), each page's form its day.

Run:
    bench/realpages/hangzhou_daily.py OUT DAY.json...
    build/bench/kanbao-parse-score --truth OUT/truth.tsv \\
        --divisions data/divisions.tsv OUT

The output is third-party newspaper text: keep OUT outside the repository
and never commit it.
"""
import json
import re
import sys
from pathlib import Path

from truth_text import one_space

PAPER = "都市快报"
ARTICLE_URL = re.compile(r"(\d{8})([AB]\d\d)(\d+)\.html$")
DATE_LINE = re.compile(r"\n\s*(\d{4}-\d\d-\d\d)\s*\n")
SITE_SUFFIX = "_" + PAPER


def header_lines(content):
    """The header's non-empty lines: between the page's links (返回主页) and
    the date alone, trimmed."""
    start = content.find("返回主页")
    head = content[start + len("返回主页"):] if start >= 0 else content
    date = DATE_LINE.search(head)
    lines = [one_space(line) for line in head[: date.start()].split("\n")]
    return [line for line in lines if line and line != "▲"]


def truth_row(article, content):
    """The kicker and title the e-paper's title element gives."""
    title_lines = [one_space(line) for line in article["title"].removesuffix(SITE_SUFFIX).split("\n")]
    title_lines = [line for line in title_lines if line]
    heads = header_lines(content)
    kicker = "-"
    for at in range(len(heads)):
        if heads[at : at + len(title_lines)] == title_lines:
            kicker = " ".join(heads[:at]) or "-"
            break
    return kicker, " ".join(title_lines)


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: hangzhou_daily.py OUT DAY.json...")
    out = Path(sys.argv[1])
    rows = []
    for day_file in sys.argv[2:]:
        day = json.loads(Path(day_file).read_text(encoding="utf-8"))
        for article in day["articles"]:
            m = ARTICLE_URL.search(article["url"])
            content = article["content"]
            if not m or not DATE_LINE.search(content):
                continue
            path = f"{PAPER}/{day['date']}/{m.group(2)}-{int(m.group(3)):02d}.txt"
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            with open(out / path, "w", encoding="utf-8", newline="") as f:
                f.write(content)
            kicker, title = truth_row(article, content)
            rows.append(f"page\t{path}\t{PAPER} {day['date']}\t{day['date']}")
            rows.append(f"art\t{kicker}\t{title}\t?\t?\t?")
    (out / "truth.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) // 2} articles under {out}")


if __name__ == "__main__":
    main()
