"""An atheris fuzz target: bytes -> decode -> read (any format) -> extract, where the only
allowed failures are the documented ones (ReadError, NotAnIssueError).

    pip install atheris && python fuzz/fuzz_extract.py -max_total_time=600 seeds/
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from importai_claims.pipeline import extract_document
    from importai_claims.readers import ReadError, load
    from importai_claims.segment import NotAnIssueError

NAMES = ("issue.txt", "issue.md", "issue.html", "feed.rss")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    try:
        doc = load(data[1:], name)
        claims = extract_document(doc)
    except (ReadError, NotAnIssueError):
        return
    for c in claims:
        assert doc.source[c.start:c.end] == c.text, (c.start, c.end, c.text)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
