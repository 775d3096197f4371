"""Where in a text a number can start, found with fast scans instead of one regex.

find_quantities tries QUANTITY only at these places. One regex of every way a number can open
tries all its alternatives at every character, a few MB/s; here runs of digits are found with
`\\d+` (which `regex` scans at the speed of a bare number scan, where any alternation runs four
times slower), currency signs with str.find, and words with one pass of stdlib `re` over a copy
of the text in which every byte but a letter is a space: `re` finds a pattern that opens with
one literal character (the space) by a bare scan for that character, and tries the words only
there. The places are a superset of those where QUANTITY can match, and QUANTITY decides at each,
so what is found does not change (tests/test_number_start.py compares find_quantities with a
plain QUANTITY search on the seeds and on generated text).
"""

from __future__ import annotations

import re
from itertools import groupby

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


def _needles(words: list[str]) -> list[str]:
    """The words, less any that begins with another: "six" finds "sixty" and "sixteen" too."""
    return sorted(w for w in set(words) if not any(o != w and w.startswith(o) for o in words))


def _alternatives(words: list[str]) -> str:
    """The words as one alternation grouped by first letter, "s(?:even|ix)|t(?:en|wo)": `re` then
    turns down a place by its first letter in one step, not once per word."""
    return "|".join(f"{first}(?:{'|'.join(w[1:] for w in group)})" for first, group in groupby(words, key=lambda w: w[0]))


# Number words, currency signs that hold no one-character sign ("RMB"), and scale words (for "a
# million", "half a million": the articles before a scale word make a number of it), in lower case.
WORD_SIGNS = [s.lower() for s in CURRENCY_SIGNS if not any(c in SIGNS for c in s)]
WORDS = _needles([w.lower() for w in NUMBER_WORDS] + WORD_SIGNS)
SCALES = sorted(w.lower() for w in SCALE_WORDS)
ARTICLES = ("a", "an", "half a")
# Words are looked for in a copy of the text in which ASCII letters are in lower case and every
# other byte is a space. A number word opens a number only after a character that is not a letter,
# digit or hyphen: a word after a space in the copy is one after no ASCII letter, and one inside a
# word ("often", "someone": number words are common there) is never tried, as QUANTITY refuses it.
# The scale words are found with them (tests/test_number_start.py checks that none is shadowed).
LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
WORD_AFTER_SPACE = re.compile(f" (?:{_alternatives(sorted(WORDS + SCALES))})".encode("ascii"))
# QUANTITY reads a number word, a sign that is a word ("RMB"), or a scale word after an article,
# only when no letter follows it: "often" and "tenth" hold "ten", "ones" is no number, nor is the
# "a" of "a millions". So a word found in the copy is a number start only if the copy's run of
# letters there is one of these words whole, and an article before a scale word only if the copy
# holds it whole (on the bench corpus a fifth of the words found, and most articles, are turned
# down here rather than by QUANTITY).
NUMBER_RUNS = frozenset(w.encode("ascii") for w in [*(w.lower() for w in NUMBER_WORDS), *WORD_SIGNS])
SCALE_RUNS = frozenset(w.encode("ascii") for w in SCALES)
ARTICLE_RUNS = tuple(a.encode("ascii") for a in ARTICLES)


def letters_only(region: str) -> bytes:
    """The copy of `region` that WORD_AFTER_SPACE searches: one byte per character, so that
    offsets line up (one on, for a space put first, for a word right at the start); the letters
    that IGNORECASE reads as ASCII made so, ASCII letters in lower case, every other byte a space."""
    for char, letter in ODD_LETTERS.items():
        if char in region:
            region = region.replace(char, letter)
    return b" " + region.encode("ascii", "replace").translate(LETTERS_ONLY)


def _article_before(letters: bytes, space: int, article: bytes) -> bool:
    """True when the copy holds `article` whole, after a space, right before the space at `space`
    (at or after the region's start: the copy's first byte is the space put first)."""
    at = space - len(article)
    return at >= 1 and letters[at - 1] == 32 and letters[at:space] == article


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
    letters = letters_only(text[start:end])
    for m in WORD_AFTER_SPACE.finditer(letters):
        j = m.start()  # the space before the word in the copy, one byte early: the word is at text[start + j]
        stop = letters.find(b" ", j + 1)
        word = letters[j + 1:stop] if stop != -1 else letters[j + 1:]
        if word in NUMBER_RUNS:
            places.append(start + j)
        elif word in SCALE_RUNS and j > 0 and text[start + j - 1] == " ":  # "a million", after a space itself
            places.extend(start + j - 1 - len(a) for a in ARTICLE_RUNS if _article_before(letters, j, a))
    return sorted(set(places))
