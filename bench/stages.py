"""Where extraction's time goes, stage by stage: `python bench/stages.py [SIZE_MB]`.

Times each stage of `importai_claims.extract` on its own over the bench corpus (2 MB unless
given), best of five: segmentation, number finding, the extractors (with number finding),
the names of the stories that hold claims, and sentence lookup with context attribution (with
the names). Whole extraction less these is the building of records. For performance work,
beside run.py's totals and same_output.py's check that nothing else changed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from run import corpus

from importai_claims.context import attribute
from importai_claims.entities import StoryNames
from importai_claims.extractors import find_candidates
from importai_claims.numbers import find_quantities
from importai_claims.pipeline import _regions, extract, issues_of
from importai_claims.readers import Document
from importai_claims.sentences import SentenceIndex


def best(label: str, func: Callable[[], object], runs: int = 5) -> object:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    print(f"{label:44s} {min(times) * 1000:8.1f} ms")
    return result


def main() -> None:
    text = corpus(float(sys.argv[1]) if len(sys.argv) > 1 else 2.0)
    doc = Document(text=text, source=text, meta=None)
    print(f"{len(text.encode('utf-8')) / 1e6:.2f} MB")
    best("extract, whole", lambda: extract(text))
    issues = best("  segmentation (issues_of)", lambda: issues_of(doc))
    regions = [(start, end) for issue in issues for start, end, _ in _regions(doc, issue)]
    best("  number finding", lambda: [list(find_quantities(text, s, e)) for s, e in regions])
    found = best("  extractors, number finding included",
                 lambda: [(s, e, list(find_candidates(text, s, e))) for s, e in regions])
    with_claims = [(s, e, c) for s, e, c in found if c]
    best("  names of the stories with claims", lambda: [StoryNames(text, s, e) for s, e, _ in with_claims])

    def attribution() -> None:
        for s, e, candidates in with_claims:
            sentences, names = SentenceIndex(text, s, e), StoryNames(text, s, e)
            for c in candidates:
                attribute(c, text, sentences.span_at(c.start), names, s)

    best("  sentences and context, names included", attribution)


if __name__ == "__main__":
    main()
