#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Copies 人民日报's e-paper article files, as the crawl keeps them, and writes
their truth for kanbao-parse-score.

Reads: the month folders people_daily.py reads (the public crawl
caspiankexin/people-daily-crawler-date, each month extracted from its
archive: `git show d3f8f14:2020年数据/2020年1月.7z > m.7z`, `7z x m.7z`),
one file per e-paper article, YYYYMMDD-PP-NN.txt: its first three lines
the kicker, title and subtitle (any may be empty), the paragraphs under
them.

Writes, under OUT: each file unchanged, as OUT/人民日报/2020-01-19/
20200119-02-03.txt (page 02, article 3: kanbao reads a file so named as
one e-paper article), and OUT/truth.tsv in the format at the top of
bench/parse_score.cpp: one article a file, its kicker and title from the
first two lines (spaces as one); an advertisement (titled 广告, no text)
none; dates and reporters not labelled (?), no district (a national
paper); each file's form its month (人民日报 files 2020-01).

The crawl groups under one e-paper article what a printed page may set as
several items (a column of briefs, 财经短波; a round-up's sub-stories), so
a file the parser reads as several articles is not always wrong.

Run:
    bench/realpages/people_daily_files.py OUT MONTH_DIR...
    build/bench/kanbao-parse-score --truth OUT/truth.tsv \\
        --divisions data/divisions.tsv OUT

The output is third-party newspaper text: keep OUT outside the repository
and never commit it.
"""
import shutil
import sys
from pathlib import Path

# The crawl's files are read as the printed-page script reads them.
from people_daily import ARTICLE_FILE, PAPER, is_advert, read_article


def truth_rows(path, rel, month):
    """The file's page line and its article, none for an advertisement."""
    article = read_article(path)
    date = rel.parent.name
    rows = [f"page\t{rel}\t{PAPER} files {month}\t{date}"]
    if not is_advert(article):
        rows.append(f"art\t{article.kicker or '-'}\t{article.title or '-'}\t?\t?\t-")
    return rows


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, months = Path(argv[1]), argv[2:]
    truth = [f"paper\t{PAPER}\t{PAPER}\t-"]
    for month in months:
        for path in sorted(Path(month).rglob("*.txt")):
            m = ARTICLE_FILE.match(path.name)
            if not m:
                continue
            y, mo, d = m.group(1), m.group(2), m.group(3)
            rel = Path(PAPER) / f"{y}-{mo}-{d}" / path.name
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out / rel)
            truth += truth_rows(path, rel, f"{y}-{mo}")
    (out / "truth.tsv").write_text("\n".join(truth) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
