"""Sentence splitting: abbreviations, decimals, quotes, ellipses and bullets."""

from __future__ import annotations

import pytest

from importai_claims.sentences import SentenceIndex, sentence_spans

CASES = [
    # (text, expected sentences)
    ("Omni-Math is hard – most models get ~30% or less accuracy (e.g, Claude 3.5 Sonnet gets 26.23%). This suggests X.",
     ["Omni-Math is hard – most models get ~30% or less accuracy (e.g, Claude 3.5 Sonnet gets 26.23%).", "This suggests X."]),
    ("It beats GPT-4 (vs. 3.5 Sonnet) on most tasks. It is approx. 2x faster.",
     ["It beats GPT-4 (vs. 3.5 Sonnet) on most tasks.", "It is approx. 2x faster."]),
    ("“We expect to spend roughly $40M on this RFP,” it writes. Apply now.",
     ["“We expect to spend roughly $40M on this RFP,” it writes.", "Apply now."]),
    ("In nuPlan our policy sustains 15 collisions in 1118 scenarios. We analyzed each of them.",
     ["In nuPlan our policy sustains 15 collisions in 1118 scenarios.", "We analyzed each of them."]),
    ("…OpenAI o1 gets ~60%, most other models get 30% or less…", ["…OpenAI o1 gets ~60%, most other models get 30% or less…"]),
    ("  • MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4.\n  • AIME 2024: DeepSeek R1 79.8.",
     ["• MMLU: DeepSeek R1: 90.8.", "Kimi k1.5: 87.4.", "• AIME 2024: DeepSeek R1 79.8."]),
    ("Trained by J. Clark et al. in 2024. Done.", ["Trained by J. Clark et al. in 2024.", "Done."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_sentences(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_sentence_at_position():
    text = "First one here. Second has 26.23% in it."
    index = SentenceIndex(text)
    assert index.sentence_at(text.index("26.23")) == "Second has 26.23% in it."


def test_index_splits_lines_on_demand_as_the_whole_region_would(seed_texts):
    """SentenceIndex splits only the lines it is asked about: the same spans as splitting all."""
    from bisect import bisect_right

    text = seed_texts["import-ai-401.txt"]
    for start, end in ((0, len(text)), (150, len(text) // 2)):
        spans = sentence_spans(text, start, end)
        starts = [s for s, _ in spans]
        index = SentenceIndex(text, start, end)
        for pos in range(max(0, start - 3), min(len(text), end + 3)):
            i = bisect_right(starts, pos) - 1
            expected = spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos)
            assert index.span_at(pos) == expected, pos
        assert index.spans == spans
