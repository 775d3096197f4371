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
words, to try the words' way only where one may stand.)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .number_starts import WORD_AFTER_SPACE, letters_only
from .vocab import NUMBER_WORDS, SCALE_WORDS

_WORDS = "|".join(sorted((*NUMBER_WORDS, *SCALE_WORDS), key=len, reverse=True))
_DIGITS = r"\d+ (?: [.,\u00a0\u202f\u2009\ ] \d+ )*"  # 606  26.23  2,000  360 000
_WORD = rf"\b (?: {_WORDS} ) \b"                   # number and scale words: seven, billion

# The skeleton masks numbers by these two ways one after the other: words first, in the text as
# it is (\b reads the characters beside a word), then digits. A word is letters alone and a run of
# digits holds none, so no match of one way meets one of the other (tests/test_skeleton.py compares
# this with one pattern of both ways).
DIGITS = regex.compile(_DIGITS, regex.VERBOSE)
WORD = regex.compile(_WORD, regex.VERBOSE | regex.IGNORECASE)
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
    masked = DIGITS.sub("#", _mask_words(text))
    masked = NUMBER_RUN.sub("#", masked)
    if masked.isprintable() and "  " not in masked:  # no space but " ", never two: only ends to strip
        return masked.strip(" ")
    if any(c in masked for c in NOT_BACKSLASH_S):
        return SPACE.sub(" ", masked).strip()
    return " ".join(masked.split())  # the same, five times faster


def _mask_words(text: str) -> str:
    """The text with the number and scale words WORD matches made "#". WORD is tried only where
    number_starts' quick look finds a word after a non-letter: tried at every character, it
    costs six times what DIGITS does."""
    pieces, done = [], 0
    for m in WORD_AFTER_SPACE.finditer(letters_only(text)):
        word = WORD.match(text, m.start())  # the word's offset: its copy opens with a space
        if word:
            pieces += text[done:word.start()], "#"
            done = word.end()
    return "".join(pieces) + text[done:] if pieces else text


MARK = "⟨⟩"
# Where marked cuts a sentence it reads whole: no space, digit, word character, "#" or "-", so no
# number, run of numbers or run of spaces reaches across it; printable ASCII, so an ASCII sentence
# stays one (each pass over an ASCII text is faster, and MARK is none).
CUT = "`"


def marked(sentence: str, start: int, end: int) -> str:
    """The skeleton of `sentence` with the number at sentence[start:end] marked: it says where
    a claim stands among the numbers of its sentence, whatever their values."""
    before, after = sentence[:start], sentence[end:]
    if CUT in before:  # the cut put in below would not be the first one
        return _skeleton(before) + MARK + _skeleton(after)
    # One skeleton of both pieces with the cut between them, half the calls: only the spaces
    # beside the cut are left to strip.
    head, _, tail = _skeleton(before + CUT + after).partition(CUT)
    return head.rstrip() + MARK + tail.lstrip()
