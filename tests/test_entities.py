"""The quick looks of entities.py hold wherever the patterns they stand in front of match."""

from __future__ import annotations

import random

from importai_claims import entities


# _opens_sentence turns a name down by a look at the characters before it, without
# SENTENCE_OPENING. Texts made of the pattern's own marks, line breaks, spaces of every kind and
# letters check it at every place: a mark left out of OPENING_MARKS, a window one character
# shorter or a name at the text's very start turned down fails here.
def test_opens_sentence_is_the_search_for_a_sentence_opening():
    rng = random.Random(0)
    pieces = [*".!?:…•“\"(\n", " ", "  ", "\u00a0", "\t", "\r", "\x1c", "\x85", "\u2028", "\u2009", "a", "B", "”", "’", ")"]
    tried = opening = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            expected = bool(entities.SENTENCE_OPENING.search(text, max(0, pos - 3), pos))
            assert entities._opens_sentence(text, pos) == expected, (text, pos)
            tried, opening = tried + 1, opening + expected
    assert opening > 10_000 and tried - opening > 10_000
