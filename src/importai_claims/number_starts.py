"""Where in a text a number can start, found with fast scans instead of one regex.

find_quantities tries QUANTITY only at these places. One regex of every way a number can open
(numbers.NUMBER_START) tries all its alternatives at every character, a few MB/s; here digits
and currency signs are found with one character-class scan, and number words with str.find in
a lower-cased copy of the text, one pass per word, each at memory speed. The places are a
superset of NUMBER_START's, and QUANTITY decides at each, so what is found does not change
(tests/test_number_start.py compares the two on the seeds and on generated text).
"""

from __future__ import annotations

import regex

from .vocab import CURRENCY_SIGNS, NUMBER_WORDS, SCALE_WORDS

# A digit that opens a run of digits, the dot of ".5", or a one-character currency sign.
DIGIT_OR_SIGN = regex.compile(
    r"(?<!\d)\d|\.(?=\d)|[" + "".join(regex.escape(s) for s in CURRENCY_SIGNS if len(s) == 1) + "]"
)


def _needles(words: list[str]) -> tuple[str, ...]:
    """The words, less any that begins with another: "six" finds "sixty" and "sixteen" too."""
    return tuple(sorted(w for w in set(words) if not any(o != w and w.startswith(o) for o in words)))


# Number words, and currency signs written with letters ("US$", "RMB"), in lower case.
WORDS = _needles([w.lower() for w in NUMBER_WORDS] + [s.lower() for s in CURRENCY_SIGNS if len(s) > 1])
# A scale word after a space, and the words before it that make a number of it: "a million",
# "an eighth"… as numbers.QUANTITY reads "(half a|a|an) (scale word)".
SCALES = tuple(" " + w.lower() for w in SCALE_WORDS)
ARTICLES = ("a", "an", "half a")
# The characters besides A-Z that regex's IGNORECASE matches to an ASCII letter, and that
# str.lower() does not turn into it (tests/test_number_start.py checks the list).
FOLDS = {"İ": "i", "ſ": "s"}


def number_starts(text: str, start: int, end: int) -> list[int] | None:
    """Sorted offsets in text[start:end] where a number may start; None when the lower-cased
    copy would not line up with the text (then the caller searches with NUMBER_START)."""
    low = text[start:end]
    for char, ascii_letter in FOLDS.items():
        if char in low:
            low = low.replace(char, ascii_letter)
    low = low.lower()
    if len(low) != end - start:
        return None
    places = {m.start() for m in DIGIT_OR_SIGN.finditer(text, start, end)}
    for word in WORDS:
        i = low.find(word)
        while i != -1:
            places.add(start + i)
            i = low.find(word, i + 1)
    for scale in SCALES:
        i = low.find(scale)
        while i != -1:
            places.update(start + i - len(a) for a in ARTICLES if i >= len(a))
            i = low.find(scale, i + 1)
    return sorted(places)
