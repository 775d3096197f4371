"""find_quantities tries QUANTITY only where number_starts says a number can open. These tests
compare it with the plain search it replaced, on the seeds and on generated text, so a new
way of writing a number added to QUANTITY but not to number_starts fails here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import sys

import regex

from importai_claims.vocab import ODD_LETTERS
from importai_claims.numbers import QUANTITY, _quantity, find_quantities, inside_name


def searched(text: str, start: int = 0, end: int | None = None) -> list:
    """find_quantities as it was: QUANTITY.search from each number's end."""
    end = len(text) if end is None else end
    out, pos = [], start
    while (m := QUANTITY.search(text, pos, end)) is not None:
        q = _quantity(text, m, end)
        pos = q.end
        if not inside_name(text, m.start()):
            out.append(q)
    return out


def test_same_quantities_in_the_seeds(seed_texts):
    for name, text in seed_texts.items():
        assert list(find_quantities(text)) == searched(text), name


def test_same_quantities_in_a_slice(seed_texts):
    text = seed_texts["import-ai-401.txt"]
    assert list(find_quantities(text, 1000, 5000)) == searched(text, 1000, 5000)


PIECES = ["1", "23", "4,567", "360 000", "2.5", ".5", "3e25", "10^25", "1.2 x 10^", "$", "US$", "us$", "RMB",
          "CN¥", "£", "€", "¥", "bn", "B", "k", "M", "million", "a", "an", "half a", "A", "Half A ", "hundred",
          "thousand", "one", "Seven", "TWENTY", "twenty-five", "ſix", "İ", "SİX", "\u212a", "TWO", "Ten", "K", "٣", "３", "..", "dozen", " ", "  ", "-", "–", "—",
          " to ", " and ", "between ", ",", ".", "x", "×", "%", "GPT-", "Qwen", "\n", "\u00a0", "\u2009", "(", "“"]


def outcome(find, text: str, start: int) -> list | str:
    """The quantities found, or the error raised, so that the two searches are compared even
    where they fail ("us$1" and "ſix" once raised KeyError in both)."""
    try:
        return list(find(text, start))
    except (ArithmeticError, LookupError, ValueError) as e:
        return type(e).__name__


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(0, 5))
def test_same_quantities_in_generated_text(pieces, cut):
    text = "".join(pieces)
    for start in (0, min(cut, len(text))):
        assert outcome(find_quantities, text, start) == outcome(searched, text, start)


def test_every_character_that_folds_to_a_letter_is_handled():
    """number_starts finds words in a lower-cased ASCII copy of the text, and vocab_key looks
    words up in lower case: every other character that regex's IGNORECASE matches to an ASCII
    letter must be in ODD_LETTERS, or a number word spelled with it ("ſix") is missed."""
    letter = regex.compile(r"[a-z]", regex.IGNORECASE)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folding == set(ODD_LETTERS)
