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


# _ends_with_abbreviation reads the word before a boundary's full stop as what follows the last
# space of the 12 characters before it. At every boundary of texts made of the abbreviations,
# initials, quotes, brackets and spaces of every kind, it agrees with the pattern it replaced:
# the last run of non-spaces in that window, less a final full stop and any closing quotes.
def test_abbreviation_word_is_the_last_run_of_non_spaces():
    import random

    import regex

    from importai_claims import sentences

    last_word = regex.compile(r"""(\S+?)[.]?[”’"')\]]*$""")

    def reference(text: str, start: int, end: int) -> bool:
        m = last_word.search(text, max(start, end - 12), end)
        if not m or not text[max(start, end - 12):end].rstrip().endswith("."):
            return False
        word = m.group(1).lower().lstrip("(“‘\"'")
        return word in sentences.ABBREVIATIONS or (len(word) == 1 and word.isalpha())

    rng = random.Random(0)
    words = sorted(sentences.ABBREVIATIONS) + ["J", "x", "İ", "ſt", "Approx", "results", "(“e.g", "'vs"]
    words += ["x" + "(" * n + "e.g" for n in range(10)]  # words that reach the window's edge
    seps = [". ", ".” ", "? ", "… ", ".) ", " ", "  ", "\u00a0", "\u2009", "\x1c", "\t", ".", "“", "(", "A "]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 6))) + "X"
        for b in sentences.BOUNDARY.finditer(text):
            for start in (0, rng.randint(max(0, b.start() - 14), b.start())):
                expected = reference(text, start, b.start())
                assert sentences._ends_with_abbreviation(text, start, b.start()) == expected, (text, start)
                found += expected
    assert found >= 1000
