"""The library's diff: pairing passes, changed fields, and the comparison by subject."""

from __future__ import annotations

import pytest

from conftest import SEEDS, read_source
from importai_claims.diff import Category, compare_subjects, diff_claims, normalise_name
from importai_claims.models import Bound, Kind
from importai_claims.pipeline import extract


@pytest.fixture(scope="module")
def claims():
    found = extract(read_source(SEEDS / "import-ai-400.txt"))
    assert len(found) >= 3
    return found


def test_the_same_claims_do_not_differ(claims):
    diff = diff_claims(claims, list(reversed(claims)))
    assert diff.counts() == {"added": 0, "removed": 0, "changed": 0, "unchanged": len(claims)}
    assert not diff.differs()


def test_a_context_field_change_keeps_the_id_and_is_changed(claims):
    new = [c.model_copy(update={"subject": "Someone else"}) if i == 1 else c for i, c in enumerate(claims)]
    diff = diff_claims(claims, new)
    [change] = diff.changed
    assert change.fields == ("subject",) and change.old.id == change.new.id
    assert diff.differs(["changed"]) and not diff.differs(["added", "removed"])


def test_a_reworded_sentence_with_the_same_number_is_changed(claims):
    target = claims[0]
    reworded = target.model_copy(update={"id": "400-other", "sentence": "Entirely new words " + target.text})
    diff = diff_claims(claims, [reworded if c is target else c for c in claims])
    [change] = diff.changed
    assert change.fields == ("sentence",) and (change.old.id, change.new.id) == (target.id, "400-other")


def test_another_number_in_the_sentence_is_not_a_change_of_this_claim(claims):
    target = claims[0]
    other = target.model_copy(update={"sentence": target.sentence.replace(target.text, target.text) + " (1 of 2)"})
    assert diff_claims([target], [other]).changed  # words added: a change
    renumbered = target.model_copy(update={"sentence": target.sentence + " 5"})
    again = target.model_copy(update={"sentence": target.sentence + " 6"})
    assert diff_claims([renumbered], [again]).counts()["changed"] == 0


def test_unmatched_claims_are_added_and_removed(claims):
    diff = diff_claims(claims[:-1], claims[1:])
    assert diff.removed == [claims[0]] and diff.added == [claims[-1]]


@pytest.mark.parametrize("a,b", [("Alibaba’s Qwen2.5-72B", "qwen2.5 72b"), ("Claude 3.5 Sonnet", "claude-3.5-sonnet"),
                                 ("“MMLU”", "mmlu"), ("AIME 2024", "AIME  2024")])
def test_names_normalise_to_the_same_key(a, b):
    assert normalise_name(a) == normalise_name(b) != ""


def test_by_subject_groups_and_reports_movement(claims):
    base = claims[0].model_copy(update={"kind": Kind.benchmark_score, "unit": "%", "value_max": None, "bound": Bound.exact})

    def score(issue, subject, benchmark, value):
        return base.model_copy(update={"issue": issue, "id": f"{issue}-{subject}-{value}", "subject": subject,
                                       "benchmark": benchmark, "value": value})

    old = [score(400, "Claude 3.5 Sonnet", "MMLU", 80.0), score(400, "GPT-4o", "MMLU", 70.0),
           score(400, "o1", "AIME 2024", 79.0)]
    new = [score(401, "claude-3.5-sonnet", "mmlu", 85.5), score(401, "Gemini 2", "MMLU", 75.0),
           score(401, "o1", "AIME 2024", 79.0)]
    result = compare_subjects(old, new)
    [moved] = result.of(Category.changed)
    assert moved.label == ("claude-3.5-sonnet", "mmlu") and moved.moved() == pytest.approx(5.5)
    assert [g.subject for g in result.of(Category.added)] == ["gemini 2"]
    assert [g.subject for g in result.of(Category.removed)] == ["gpt 4o"]
    assert [g.subject for g in result.of(None)] == ["o1"]
    assert result.differs(["removed"]) and result.counts()["unchanged"] == 1
