"""Where in a text a number can start, found with fast scans instead of one regex.

find_quantities tries QUANTITY only at these places. One regex of every way a number can open
(numbers.NUMBER_START) tries all its alternatives at every character, a few MB/s; here runs of
digits are found with `\\d+` (which `regex` scans at the speed of a bare number scan, where any
alternation runs four times slower), currency signs and number words with str.find, the words
in a lower-cased copy of the text, one pass per word, each at memory speed. The places are a
superset of NUMBER_START's, and QUANTITY decides at each, so what is found does not change
(tests/test_number_start.py compares the two on the seeds and on generated text).
"""

from __future__ import annotations

import regex

from .vocab import CURRENCY_SIGNS, NUMBER_WORDS, ODD_LETTERS, SCALE_WORDS

DIGITS = regex.compile(r"\d+")
# One-character currency signs. A longer sign ends in one ("US$", "CN¥") or is a word ("RMB").
SIGNS = tuple(s for s in CURRENCY_SIGNS if len(s) == 1)
LONGEST_SIGN = max(map(len, CURRENCY_SIGNS))
# QUANTITY opens no number in digits right after a word character, a dot or a comma, nor after
# a word and a hyphen ("H100", "2.5", "GPT-4"): a fifth of the digit runs in prose, and those
# places are left out rather than tried. Only ASCII ones are listed, a subset of `\w`.
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WORDLIKE = LETTERS | frozenset("0123456789_.,")


def _needles(words: list[str]) -> tuple[bytes, ...]:
    """The words in ASCII, less any that begins with another: "six" finds "sixty" and "sixteen" too."""
    return tuple(sorted(w.encode("ascii") for w in set(words)
                        if not any(o != w and w.startswith(o) for o in words)))


# Number words, and currency signs that hold no one-character sign ("RMB"), in lower case.
WORDS = _needles([w.lower() for w in NUMBER_WORDS]
                 + [s.lower() for s in CURRENCY_SIGNS if not any(c in SIGNS for c in s)])
# A scale word after a space, and the words before it that make a number of it: "a million",
# "an eighth"… as numbers.QUANTITY reads "(half a|a|an) (scale word)".
SCALES = tuple(b" " + w.lower().encode("ascii") for w in SCALE_WORDS)
ARTICLES = ("a", "an", "half a")


def number_starts(text: str, start: int, end: int) -> list[int]:
    """Sorted offsets in text[start:end] where a number may start."""
    places = []
    for m in DIGITS.finditer(text, start, end):
        i = m.start()
        before = text[i - 1] if i else " "
        if before == "." and (i < 2 or text[i - 2] not in WORDLIKE):  # ".5"
            places.append(i - 1)
        elif before not in WORDLIKE and not (before == "-" and i > 1 and text[i - 2] in LETTERS):
            places.append(i)
    for sign in SIGNS:  # "$", and the start of any longer sign that ends in it: "US$"
        i = text.find(sign, start, end)
        while i != -1:
            places.extend(range(max(start, i - LONGEST_SIGN + 1), i + 1))
            i = text.find(sign, i + 1, end)
    # Words are looked for in a lower-cased ASCII copy: one byte per character, so offsets
    # line up, and faster to make and search than a lower-cased str.
    region = text[start:end]
    for char, letter in ODD_LETTERS.items():
        if char in region:
            region = region.replace(char, letter)
    low = region.encode("ascii", "replace").lower()
    for word in WORDS:
        i = low.find(word)
        while i != -1:
            # A number word opens a number only after a character that is not a letter, digit
            # or hyphen. A place after an ASCII letter is left out here (QUANTITY would refuse
            # it anyway): number words are common inside words ("often", "someone").
            if not i or not low[i - 1:i].isalpha():
                places.append(start + i)
            i = low.find(word, i + 1)
    for scale in SCALES:
        i = low.find(scale)
        while i != -1:
            places.extend(start + i - len(a) for a in ARTICLES if i >= len(a))
            i = low.find(scale, i + 1)
    return sorted(set(places))
