"""Find number expressions in prose and turn them into values.

A *quantity* is a number as written, with its currency sign, scale word or suffix, and the
high end of a range: "$80bn", "7B", "1.4 million", "360 000", "a trillion", "10—100",
"between $40bn and $70bn". What the number counts (its unit) is left to the extractors.

>>> [q.value for q in find_quantities("spend $80bn on 1.4 million samples")]
[80000000000.0, 1400000.0]
>>> q = next(find_quantities("speedups as high as 10—100x")); (q.value, q.value_max, q.text)
(10.0, 100.0, '10—100')
>>> parse_number("seven")
7.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

import regex

from .number_starts import number_starts
from .vocab import CURRENCY_SIGNS, NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, vocab_key

_WORD_ALTS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_WORD_ALTS = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_SUFFIX_ALTS = "|".join(sorted(SCALE_SUFFIXES, key=len, reverse=True))
# A sign that opens with a letter ("RMB", "US$") is none inside a word: "xRMB 5" (number_starts
# finds no word after a letter either).
_SIGN_ALTS = "|".join((r"(?<!\p{L})" if s[0].isalpha() else "") + regex.escape(s)
                      for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))

# One number: digits (with thousands separators, decimals or an exponent) or number words.
_NUMBER = rf"""
    (?:
        (?<![\w.,^]|[^\W\d]-) (?: \d+ (?: \. \d+ )? \s? [x×*] \s? )? 10 \^ [+-]? \d+  # 10^25, 1.2 x 10^25
      | (?<![\w.,]|[^\W\d]-) \d{{1,3}} (?: , \d{{3}} )+ (?: \. \d+ )?            # 1,000  2,788.5
      | (?<![\w.,]|[^\W\d]-) \d{{1,3}} (?: [\ \u00a0\u202f\u2009] \d{{3}} )+ (?![\d.,]\d)  # 360 000 (thin spaces too)
      | (?<![\w.,]|[^\W\d]-) \d+ (?: \. \d+ )? (?: [eE] [+-]? \d+ )?              # 26.23  3e25
      | (?<![\w.,]) \. \d+                                                # .5
      | (?<![\w-]) (?: {_WORD_ALTS} ) (?: [-\ ] (?: {_WORD_ALTS} ) )?    # seven, twenty-five
        (?![\w-])
      | (?<![\w-]) (?: half \ a | a | an ) (?= \ (?: {_SCALE_WORD_ALTS} ) \b )  # a trillion, half a million
    )
"""

# A number with its optional currency sign and scale: "$80bn", "1.4 million", "US$5".
_AMOUNT = rf"""
    (?: (?P<@_sign> {_SIGN_ALTS} ) \s? )?                  # currency sign
    (?P<@_number> {_NUMBER} )                              # the number itself
    (?:
        (?P<@_suffix> {_SUFFIX_ALTS} ) (?![\w])            # attached suffix: 7B, 80bn, 777k
      | [\ \u00a0-] (?P<@_scale> (?: {_SCALE_WORD_ALTS} ) (?: \ (?: {_SCALE_WORD_ALTS} ) )? ) \b  # 9 trillion, 1.5-billion
    )?
"""

QUANTITY = regex.compile(
    rf"""
    {_AMOUNT.replace("@_", "lo_")}
    (?:                                                       # the high end of a range
        (?: \s? [-–—] \s? | \ to \ )                          # 10—100, 125M to 13B, $1-2
        (?= [$£€¥\d] | (?: {_WORD_ALTS} ) \b )
        {_AMOUNT.replace("@_", "hi_")}
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "between $40bn and $70bn": a range joined by "and" once "between" opened it.
BETWEEN_AND = regex.compile(
    rf"\ and \ (?= [$£€¥\d] ) {_AMOUNT.replace('@_', 'hi_')}",
    regex.VERBOSE | regex.IGNORECASE,
)
BETWEEN_BEFORE = regex.compile(r"\bbetween\s+$", regex.IGNORECASE)

# The commonest numbers: plain digits, decimals, thousands and suffixes, and number words, that
# nothing around makes more of: "2024 was", "12%", "2.5 times", "1,000 GPUs", "7B parameters", "one
# of". QUANTITY takes about 3 µs to read one; this stdlib pattern under 1 µs, and whatever it does
# not take is left to QUANTITY (tests/test_numbers.py checks that it never takes what QUANTITY reads
# otherwise). What follows must be nothing QUANTITY goes on with: no scale word ("5 million"), " to "
# ("5 to 6"), "x" ("5 x 10^3"), dash ("5-6") or, after a number word, second number word ("twenty
# five"). Those words are turned down in any case by `re`'s IGNORECASE, which folds every letter
# `regex`'s does (and "ı" too: a word it folds that `regex` does not is only left to QUANTITY).
# A suffix in any ASCII case ("bn", "BN"), as QUANTITY's IGNORECASE reads it (the Kelvin sign is left to it).
_ASCII_SUFFIX_ALTS = "|".join("".join(f"[{c}{c.upper()}]" for c in s) for s in sorted(SCALE_SUFFIXES, key=len, reverse=True))
_LOWER_OR_CAPITAL_WORD_ALTS = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_GOES_ON = [*SCALE_WORDS, "to", "x"]


def _plain_end(goes_on: list[str]) -> str:
    """A lookahead for what follows a plain number: after a space, a word that is none of `goes_on`."""
    return rf"""
    (?=
        \Z                                     #   the end
      | [)\]%:;?!”’"'/+]                        #   a closing bracket or quote, a per cent sign, a colon...
      | [.,] (?: [\ \n] | \Z )                  #   a full stop or comma and a space: not "2.5", "2,000"
      | \n (?! [-–—x×*X] )                      #   a line break, and no range dash or times sign after it
      | \ [(“"]                                 #   a space and a bracket or quote
      | \ (?! (?i: {"|".join(goes_on)} ) (?! [A-Za-z] ) ) [A-Za-z]   # a space and a word that does not go on
    )"""


PLAIN_NUMBER = re.compile(
    rf"""
    (?: ^ | (?<= [\ \n(\[/#~“‘"'] ) )   # after a space, bracket, quote...: no word character, dot, comma or hyphen
    (?:
        (?P<digits> [0-9]{{1,3}} (?: , [0-9]{{3}} )+ (?: \. [0-9]+ )?   # 1,000  2,788.5
                  | [0-9]+ (?: \. [0-9]+ )? )                        # 2024  2.5
        (?: (?P<suffix> {_ASCII_SUFFIX_ALTS} )?                       # 7B  80bn
            {_plain_end(_GOES_ON)}
          | (?= [xX] (?! \s? 10 \^ ) ) )                               # 99.7x, not 2x10^5
      | (?P<word> {_LOWER_OR_CAPITAL_WORD_ALTS} )                     # one  Two
        {_plain_end([*_GOES_ON, *NUMBER_WORDS])}
    )
    """,
    re.VERBOSE,
)


TIMES_SIGN = regex.compile(r"[\s x×*]")
DIGIT = regex.compile(r"\d")


class UnknownDigit(ValueError):
    """A number written with a digit that `regex` knows (its `\\d` follows a newer Unicode than
    this Python's) and Python cannot read: "\U00010d41 billion" in Garay digits."""
DIGIT_GROUPING = regex.compile(r"[,\s\u00a0\u202f\u2009]")
WORD_JOINT = regex.compile(r"[-\s]+")  # "twenty-five", "two hundred"


class Quantity(NamedTuple):  # a tuple, not a frozen dataclass: one is made for every number, faster
    """A number expression found in text; offsets index the text it was found in."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    currency: str | None
    in_words: bool
    scaled: bool

    @property
    def is_range(self) -> bool:
        return self.value_max is not None


def parse_number(text: str) -> float:
    """The value of one number written in digits or words, without its scale.

    >>> parse_number("2,788.5"), parse_number("360 000"), parse_number("twenty-five"), parse_number("1.2 x 10^25")
    (2788.5, 360000.0, 25.0, 1.2e+25)
    """
    if text.isdecimal():  # most numbers: "2024", "7"
        return float(text)
    t = vocab_key(text.strip())  # IGNORECASE matched "ſix" as "six"
    if t in NUMBER_WORDS:  # most numbers in words: "one", "seven"
        return float(NUMBER_WORDS[t])
    if not t.isascii() and not all(d.isdecimal() for d in DIGIT.findall(t)):
        raise UnknownDigit(text)
    if "^" in t:
        mantissa, _, exponent = t.rpartition("10^")
        # One decimal literal, "6.0e23": 6.0 * 1e23 would round to 5.9999999999999995e+23. It is
        # inf past a float's range, never OverflowError.
        return float(f"{TIMES_SIGN.sub('', mantissa) or 1}e{int(exponent)}")
    if t and (t[0].isdigit() or t[0] == "."):
        return float(DIGIT_GROUPING.sub("", t))
    if t == "half a":
        return 0.5
    if t in ("a", "an"):
        return 1.0
    total = 0.0
    for word in WORD_JOINT.split(t):
        if word == "hundred":
            total = (total or 1.0) * 100
        else:
            total += NUMBER_WORDS[word]
    return total


def scale_value(value: float, factor: float) -> float:
    """value × factor as written in decimal, without binary rounding: "4.06B" is 4060000000,
    not 4059999999.9999995.

    >>> scale_value(4.06, 1e9), scale_value(1.1, 1e18)
    (4060000000.0, 1.1e+18)
    """
    if factor == 1.0 or not math.isfinite(value):
        return value * factor
    if value.is_integer() and abs(value * factor) < 2**53:  # "7B", "$80bn": whole, so exact in binary too
        return value * factor
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def scale_of(suffix: str | None, words: str | None) -> float:
    """The multiplier of a scale suffix ("bn") or of scale words ("hundred thousand")."""
    if suffix:
        return SCALE_SUFFIXES[suffix] if suffix in SCALE_SUFFIXES else SCALE_SUFFIXES[vocab_key(suffix)]
    factor = 1.0
    for word in vocab_key(words or "").split():
        factor *= SCALE_WORDS[word]
    return factor


# QUANTITY's groups in order: (sign, number, suffix, scale) of the low end of a range, then of
# the high end; BETWEEN_AND's are the high end's. Read with one Match.groups() call: ten
# times faster than asking for each by name (tests/test_numbers.py checks the order).
LOW_END = ("lo_sign", "lo_number", "lo_suffix", "lo_scale")
HIGH_END = ("hi_sign", "hi_number", "hi_suffix", "hi_scale")


def _amount(sign: str | None, number: str, suffix: str | None, words: str | None) -> tuple[float, str | None, bool, bool]:
    """(value, currency, in words, scaled) of one end of a range, from its groups."""
    value = parse_number(number)
    if suffix or words:
        value = scale_value(value, scale_of(suffix, words))
    currency = CURRENCY_SIGNS[sign.upper()] if sign else None  # IGNORECASE matched "us$"
    return value, currency, not number[0].isdigit() and number[0] != ".", bool(suffix or words)


def inside_name(text: str, start: int) -> bool:
    """True when the number at `start` is part of a name such as "GPT-4", "Qwen2.5-32B" or "8x22B".

    >>> inside_name("Qwen2.5-32B-Instruct", 8), inside_name("a $80bn plan", 2)
    (True, False)
    """
    i = start - 1
    while i >= 0 and not text[i].isspace() and text[i] not in "([“‘\"'/":
        if text[i].isalpha() and text[i] not in "$£€¥":
            return True
        i -= 1
    return False


def find_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every number expression in text[start:end], left to right, names such as "GPT-4" left out."""
    end = len(text) if end is None else end
    pos = start
    for place in number_starts(text, start, end):  # a superset of where QUANTITY matches
        if place < pos:
            continue
        if (plain := PLAIN_NUMBER.match(text, place, end)) and not after_between(text, place):
            q = _plain_quantity(plain)
        elif (m := QUANTITY.match(text, place, end)) is not None:
            try:
                q = _quantity(text, m, end)
            except UnknownDigit:  # a number Python cannot read is no quantity, rather than the end of the file
                continue
        else:
            continue
        pos = q.end
        if not inside_name(text, place):
            yield q


def _plain_quantity(m: re.Match) -> Quantity:
    """The Quantity of a PLAIN_NUMBER match: what _quantity makes of QUANTITY's match there."""
    digits, suffix, word = m.groups()
    if word:
        return Quantity(m.start(), m.end(), m[0], float(NUMBER_WORDS[word.lower()]), None, None, True, False)
    value = float(digits.replace(",", ""))
    if suffix:
        return Quantity(m.start(), m.end(), m[0], scale_value(value, SCALE_SUFFIXES[suffix.lower()]), None, None, False, True)
    return Quantity(m.start(), m.end(), m[0], value, None, None, False, False)


def after_between(text: str, start: int) -> bool:
    """True when "between" and spaces come right before `start` (BETWEEN_BEFORE, tried only when
    "between" is there in any case: the 12 characters it looks at are lower-cased first)."""
    lo = max(0, start - 12)
    return "between" in text[lo:start].lower() and BETWEEN_BEFORE.search(text, lo, start) is not None


def _quantity(text: str, m: regex.Match, end: int) -> Quantity:
    groups = m.groups()
    low, high = groups[:4], groups[4:]
    value, currency, in_words, scaled = _amount(*low)
    value_max = None
    stop = m.end()
    if high[1] is not None:
        value_max, hi_currency, _, hi_scaled = _amount(*high)
        currency = currency or hi_currency
        if not scaled and hi_scaled:
            value = scale_value(value, scale_of(high[2], high[3]))  # "$1-2 million"
        scaled = scaled or hi_scaled
    elif after_between(text, m.start()):
        tail = BETWEEN_AND.match(text, m.end(), end)
        if tail:
            value_max, hi_currency, _, hi_scaled = _amount(*tail.groups())
            currency = currency or hi_currency
            scaled = scaled or hi_scaled
            stop = tail.end()
    if value_max is not None and value_max < value:
        # "3-1" is a score line, not a range: keep the first number alone.
        value_max = None
        stop = max(m.end(g) for g in LOW_END[1:] if m.group(g))
    return Quantity(m.start(), stop, text[m.start():stop], value, value_max, currency, in_words, scaled)
