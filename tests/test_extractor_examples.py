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


# A "+" after a number ("100+ GPUs") makes it a lower bound, and the extractors read what follows it.
PLUS = [
    ("INTELLECT-2 was trained across 100+ GPUs spread around the world.", "compute", "100+"),
    ("The benchmark has 10,000+ problems drawn from programming competitions.", "dataset_size", "10,000+ problems"),
    ("Meta trained a 400B+ parameter model on its own cluster.", "parameter_count", "400B+ parameter"),
    ("Llama 3 was trained on 15T+ tokens of public data.", "dataset_size", "15T+ tokens"),
    ("The startup raised $100M+ from investors.", "money", "$100M+"),
    # what it did before: a size with no unit after its "+" is still read as a size
    ("“Sohu can scale to massive 100B+ next-generation models”", "parameter_count", "100B"),
]


@pytest.mark.parametrize("sentence,kind,text", PLUS, ids=[p[2] for p in PLUS])
def test_a_plus_after_a_number_is_a_lower_bound(sentence, kind, text):
    found = [(sentence[c.start:c.end], c.kind.value, c.bound.value) for c in find_candidates(sentence)]
    assert found == [(text, kind, "at_least")]


@pytest.mark.parametrize("sentence", ["the score went 3+4 on the two tests", "it holds 2+2 GPUs"])
def test_a_plus_between_numbers_is_no_bound(sentence):
    assert all(c.bound.value == "exact" for c in find_candidates(sentence))
