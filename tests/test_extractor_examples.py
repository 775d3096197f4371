"""Every extractor's own examples: the sentences it must find a claim in, and those it must not.

An extractor without examples fails here, so no rule goes in untested.
"""

from __future__ import annotations

import pytest

from importai_claims.extractors import EXTRACTORS, find_candidates

MUST = [(ex.kind, *case) for ex in EXTRACTORS for case in ex.must]
MUST_NOT = [(ex.kind, sentence) for ex in EXTRACTORS for sentence in ex.must_not]


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda ex: ex.kind.value)
def test_every_extractor_has_examples(extractor):
    assert len(extractor.must) >= 3 and len(extractor.must_not) >= 1


@pytest.mark.parametrize("kind,sentence,text,value", MUST, ids=lambda v: str(v)[:50])
def test_must_match(kind, sentence, text, value):
    found = [(sentence[c.start:c.end], c.value) for c in find_candidates(sentence) if c.kind is kind]
    assert any(text in t or t in text for t, v in found if abs(v - value) <= 1e-9 * max(1, value)), found


@pytest.mark.parametrize("kind,sentence", MUST_NOT, ids=lambda v: str(v)[:50])
def test_must_not_match(kind, sentence):
    found = [sentence[c.start:c.end] for c in find_candidates(sentence) if c.kind is kind]
    assert found == []
