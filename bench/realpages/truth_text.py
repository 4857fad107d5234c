# SPDX-License-Identifier: MIT
"""How every converter under bench/realpages writes a heading into its
truth file: each run of spaces (full-width too) as one, trimmed, since
kanbao-parse-score compares titles exactly and papers pad headings with
spaces of any width. One rule, so the papers' truths compare alike."""


def one_space(line):
    """The line with each run of spaces (full-width too) as one, trimmed."""
    return " ".join(line.split())
