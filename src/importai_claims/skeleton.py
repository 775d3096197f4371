"""A text's skeleton: its words with every number masked, its spacing collapsed and its
typographic quotes and dashes made plain.

Two sentences that differ only in their numbers share a skeleton. That is what lets a claim
keep its id when another number in its sentence changes, and lets `diff` see that a number
changed in place rather than one claim going and another coming.

>>> skeleton("WaferLLM delivers 606× faster and 22× more\\n energy-efficient GEMV")
'WaferLLM delivers #× faster and #× more energy-efficient GEMV'
>>> skeleton("seven billion parameters") == skeleton("8 billion parameters")
True
>>> skeleton("Cerebras’s wafer-scale chip – fast")
"Cerebras's wafer-scale chip - fast"
>>> marked("It gets 60% and GPT gets 70%.", 25, 28)
'It gets #% and GPT gets⟨⟩.'

The mask is deliberately cruder than numbers.py: it does not depend on how the extractors
are tuned, so ids stay put when they are. (It borrows only number_starts' quick look for number
words, to skip the words' way in a text that holds none.)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .number_starts import WORD_AFTER_SPACE, letters_only
from .vocab import NUMBER_WORDS, SCALE_WORDS

_WORDS = "|".join(sorted((*NUMBER_WORDS, *SCALE_WORDS), key=len, reverse=True))

NUMBER = regex.compile(
    rf"""
      \d+ (?: [.,\u00a0\u202f\u2009\ ] \d+ )*   # 606  26.23  2,000  360 000
    | \b (?: {_WORDS} ) \b                      # number and scale words: seven, billion
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# NUMBER's first way. A text in which number_starts finds no number or scale word (most of the
# sentences around a claim) is masked by it alone: the words' way is tried at every character.
DIGITS = regex.compile(r"\d+ (?: [.,\u00a0\u202f\u2009\ ] \d+ )*", regex.VERBOSE)
NUMBER_RUN = regex.compile(r"\#(?:[\ \-]\#)+")  # "seven billion" -> "# #" -> "#"
SPACE = regex.compile(r"\s+")
# Typographic quotes and dashes, and what each is made: replaced one by one where present,
# fifteen times faster than str.translate, which looks up every character of a non-ASCII text.
PLAIN = (("‘", "'"), ("’", "'"), ("‛", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("–", "-"), ("—", "-"), ("‐", "-"), ("‑", "-"))
# The characters str.split splits at that \s does not match (tests/test_skeleton.py).
NOT_BACKSLASH_S = "\x1c\x1d\x1e\x1f"


@lru_cache(maxsize=4096)
def skeleton(text: str | None) -> str:
    """The text with numbers replaced by "#" and runs of whitespace by one space. Cached: a
    story's title and a claim's sentence are asked for again and again."""
    return _skeleton(text) if text else ""


def _skeleton(text: str) -> str:
    for typographic, plain in PLAIN:
        if typographic in text:
            text = text.replace(typographic, plain)
    masked = (NUMBER if WORD_AFTER_SPACE.search(letters_only(text)) else DIGITS).sub("#", text)
    masked = NUMBER_RUN.sub("#", masked)
    if any(c in masked for c in NOT_BACKSLASH_S):
        return SPACE.sub(" ", masked).strip()
    return " ".join(masked.split())  # the same, five times faster


MARK = "⟨⟩"


def marked(sentence: str, start: int, end: int) -> str:
    """The skeleton of `sentence` with the number at sentence[start:end] marked: it says where
    a claim stands among the numbers of its sentence, whatever their values."""
    return _skeleton(sentence[:start]) + MARK + _skeleton(sentence[end:])  # not cached: asked for once
