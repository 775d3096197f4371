"""What every extractor shares: the candidate it returns and helpers to read around a number."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..models import Bound, Kind
from ..numbers import Quantity
from ..vocab import ODD_LETTERS

WINDOW = 120  # characters of context an extractor looks at on either side of a number


class Candidate(NamedTuple):  # a tuple, not a frozen dataclass: made twice as fast, for every claim
    """A claim as an extractor sees it, before context attribution and ids."""

    kind: Kind
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    bound: Bound
    rule: str
    per: str | None = None
    metric: str | None = None
    baseline: str | None = None
    benchmark: str | None = None
    subject: str | None = None


# A check of a number, `check(q, text, head)`, that holds wherever an extractor's find may take it: a
# few of find's own first tests, cheaper than a call of find that fails.
Check = Callable[[Quantity, str, str], bool]


@dataclass(frozen=True, slots=True)
class Extractor:
    """One kind's extractor: a function from a quantity in its text, and the head before it
    (`before(text, q)`, read once for all extractors), to a candidate; with the real sentences it
    must and must not find a claim in.

    The rest says which numbers `find` may take, so that a number goes only to the extractors that
    could take it (tests/test_extractor_routes.py ties each gate to its patterns): `gate`, given the
    key of what follows a number that is no amount of money (`tail_key`), is True when find may take
    it, False when find cannot, or else a check; `takes_currency`, whether find may take an amount."""

    kind: Kind
    find: Callable[[Quantity, str, str], Candidate | None]
    must: tuple[tuple[str, str, float], ...]  # (sentence, evidence text, value)
    must_not: tuple[str, ...]
    gate: Callable[[str], bool | Check]
    takes_currency: bool = False


def keyed(keys: frozenset[str], otherwise: Check | None = None) -> Callable[[str], bool | Check]:
    """The gate of an extractor that may take a number followed by one of `keys` (its tail_key),
    and any other only where `otherwise` holds, if given."""
    return lambda key: key in keys or (otherwise or False)


LINE_BREAK = regex.compile(r"[\r\n]")


_last_breaks: tuple[str, list[int]] = ("", [])


def line_breaks(text: str) -> list[int]:
    """The offset of every line break ("\\n" or "\\r") in text, found once per text: the
    helpers below ask for the line around every number, and looking back or ahead each time
    would take time quadratic in the length of a line.

    The last text's are kept, and found again by identity: a cache keyed on the text's value
    (lru_cache) compares a new text equal to the cached one in full on every call, which
    made a second run over a re-read 2 MB file take seconds."""
    global _last_breaks
    last = _last_breaks  # read once: a thread that swaps it meanwhile cannot mismatch the pair
    if last[0] is not text:
        last = _last_breaks = (text, [m.start() for m in LINE_BREAK.finditer(text)])
    return last[1]


def line_start(text: str, pos: int) -> int:
    """The start of the line that holds `pos`: just after the last line break before it."""
    breaks = line_breaks(text)
    i = bisect_left(breaks, pos)
    return breaks[i - 1] + 1 if i else 0


def line_end(text: str, pos: int) -> int:
    """The end of the line that holds `pos`: the first line break at or after it."""
    breaks = line_breaks(text)
    i = bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else len(text)


def before(text: str, q: Quantity | int, size: int = WINDOW) -> str:
    """Up to `size` characters before the number, within its line. (The window is cut at its last
    line break, not at line_start's: a search of so few characters is faster than the bisection.)"""
    pos = q if isinstance(q, int) else q.start
    return text[max(pos - size, 0):pos].rpartition("\n")[2].rpartition("\r")[2]


def after(text: str, pos: int, size: int = WINDOW) -> str:
    """Up to `size` characters from `pos`, within its line (cut, as `before`, at its first line break)."""
    return text[pos:pos + size].partition("\n")[0].partition("\r")[0]


# What follows a number, as the registry routes it: behind one space or hyphen at most, a run of ASCII
# letters that no letter, digit or "_" goes on from (nor any character beyond ASCII but a few signs);
# or else the one sign there that is printable ASCII, no letter. stdlib re: the classes are ASCII, and
# it is faster.
TAIL_KEY = re.compile(r"[ -]?([A-Za-z]+(?=[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f’”“–—\xa0]|\Z)|[!-@\[-`{-~]?)")


def tail_key(text: str, end: int) -> str:
    """The key of what follows the number that ends at `end`: its first word, lower-cased, when
    that is a plain ASCII word, else its first sign when that is printable ASCII, else "" (a space
    or line break, a character beyond ASCII, a word that goes on in one, the end of the text).

    >>> [tail_key(t, 2) for t in ("7B Parameters,", "30% faster", "8B, 32B", "5 H100", "5 fİve")]
    ['parameters', '%', ',', '', '']
    """
    return TAIL_KEY.match(text, end).group(1).lower()


# Every character str.isspace holds for: all that \\s matches and four more (tests/test_extractor_prechecks.py).
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
          "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# The character an IGNORECASE pattern matches to an ASCII letter besides its two cases, if any.
ODD_CASES = {letter: odd for odd, letter in ODD_LETTERS.items()}


def any_case(letters: str) -> frozenset[str]:
    """Every character that IGNORECASE matches to one of these lower-case ASCII letters.

    >>> sorted(any_case("sx"))
    ['S', 'X', 's', 'x', 'ſ']
    """
    return frozenset(letters + letters.upper() + "".join(ODD_CASES.get(c, "") for c in letters))


def opens_with(first: frozenset[str], text: str, pos: int) -> bool:
    """False when a pattern that opens with one of `first`, perhaps behind one other character
    (`\\s?`), cannot match at `pos`: a test of two characters, several times faster than a regex
    call that fails."""
    return not first.isdisjoint(text[pos:pos + 2])


def opens_after_spaces(first: frozenset[str], text: str, pos: int) -> bool:
    """Like `opens_with`, for a pattern that opens with any run of spaces or dashes (`[\\s-]*`)
    before one of `first`: true too when the second character is a space or dash (str.isspace
    holds for every character \\s matches), as the run may go on."""
    two = text[pos:pos + 2]
    return not first.isdisjoint(two) or two[1:].isspace() or two[1:] == "-"


# Bound words just before a number: "~60%", "roughly $40M", "over one trillion", "up to 3x".
BOUND_BEFORE = regex.compile(
    r"""
    (?:
        (?P<up_to> \b (?: up \s to | as \s high \s as | as \s much \s as | as \s many \s as ) )
      | (?P<at_least> \b (?: over | more \s than | at \s least | above | in \s excess \s of | upwards \s of | north \s of
                           | greater \s than | exceeding ) | > | ≥ )
      | (?P<at_most> \b (?: under | less \s than | fewer \s than | below | at \s most | no \s more \s than
                          | not \s more \s than | a \s maximum \s of | within ) | < | ≤ )
      | (?P<approx> \b (?: roughly | about | around | approximately | approx\.? | nearly | almost | some | circa | ca\.
                         | on \s the \s order \s of | of \s the \s order \s of | an \s estimated | estimated
                         | close \s to | just \s (?: over | under ) ) | ~ | ≈ | \b O\( )
    )
    [\s“"(]* ~? [\s“"]* $                       # nothing but spaces, quotes or a tilde up to the number
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Bound words just after a number (and its unit sign): "90%+", "30% or less", "1,000 or more".
BOUND_AFTER = regex.compile(
    r"""(?: (?P<at_least> \+ | \s or \s (?:more|higher|greater|above) \b | \s plus \b )
            | (?P<at_most> \s or \s (?:less|lower|fewer|below) \b ) )""",
    regex.VERBOSE | regex.IGNORECASE,
)


def ends_in(pattern: regex.Pattern, endings: frozenset[str] | None = None,
            strip: str = "") -> Callable[[str], bool]:
    """A test of whether `pattern`, which ends in "$", matches a head (the text before a number):
    true exactly when `pattern.search(head)` is. It tries a lookbehind once, at the end of the
    head, where a search tries every start: several times faster on the many heads that do not
    match. With `endings`, the last character or two (lower-cased) that every match ends with
    once the characters in `strip` and spaces are stripped, a head that ends otherwise in ASCII is
    turned down first by that string test, faster still.

    >>> up_to = ends_in(regex.compile(r"\\bup to $"), frozenset({"to"}))
    >>> up_to("speeds up to "), up_to("a popup to "), up_to("up to 3 or ")
    (True, False, False)
    """
    newline = "\n" if pattern.flags & regex.VERBOSE else ""  # ends a comment on the pattern's last line
    behind = regex.compile(f"(?<={pattern.pattern}{newline})", pattern.flags)
    if endings is None:
        return lambda head: behind.match(head, len(head)) is not None
    strip += SPACES

    def test(head: str) -> bool:
        end = head.rstrip(strip)[-2:]
        if end.isascii() and end.lower() not in endings and end[-1:].lower() not in endings:
            return False
        return behind.match(head, len(head)) is not None
    return test


# How every way of BOUND_BEFORE ends, lower-cased, but for a tilde, spaces, quotes and "(": its
# last word or sign ("most" stands for "almost" too, "o" for "to" and the "O" of "O(").
BOUND_LAST_WORDS = tuple(
    "as over than least above of exceeding under below most within roughly about around approximately approx "
    "approx. nearly some circa ca. estimated > ≥ < ≤ ~ ≈ o".split()
)
LONGEST_LAST_WORD = max(map(len, BOUND_LAST_WORDS))
ODD_LETTER_SET = frozenset(ODD_LETTERS)  # the letters beyond ASCII that IGNORECASE reads as s, k or i
BOUND_AFTER_FIRST = frozenset("+") | any_case("op")  # "+", or the "or" and "plus" behind a space
# The longest of BOUND_BEFORE's ways, "on the order of" (tests/test_extractor_prechecks.py).
LONGEST_BOUND_WORDS = 15


def may_end_in_bound(head: str) -> bool:
    """False when BOUND_BEFORE cannot match the head: once spaces, quotes and "(" are stripped, it
    ends in none of BOUND_LAST_WORDS in lower case, and holds no letter that IGNORECASE reads as
    an ASCII one there. Most heads end in no bound: a string test in place of the regex's search."""
    last = head.rstrip(SPACES + '“"(')[-LONGEST_LAST_WORD:]
    return last.lower().endswith(BOUND_LAST_WORDS) or not ODD_LETTER_SET.isdisjoint(last)


def bound_words_start(head: str) -> int:
    """Where BOUND_BEFORE's search in `head` may start and find what a search of all of it finds:
    its words end at or after the last character that is no space, quote, "(" or "~", and are
    no longer than LONGEST_BOUND_WORDS. Searching 40 characters from the start took ~12 µs."""
    return max(0, len(head.rstrip(SPACES + '“"(~')) - LONGEST_BOUND_WORDS)


def bound_of(text: str, head: str, end: int) -> Bound:
    """The bound the text puts on the number that ends at `end` and has `head` before it
    (`before(text, q)`, or its last 40 characters or more).

    >>> t = "most models get ~30% or less accuracy"
    >>> bound_of(t, t[:t.index("30")], t.index("%") + 1)
    <Bound.at_most: 'at_most'>
    """
    if opens_with(BOUND_AFTER_FIRST, text, end) and (tail := BOUND_AFTER.match(text, end, min(len(text), end + 12))):
        return Bound[tail.lastgroup]
    head = head[-40:]
    if may_end_in_bound(head) and (bound := BOUND_BEFORE.search(head, bound_words_start(head))):
        return Bound[bound.lastgroup]
    return Bound.exact


def bound_sign(text: str, end: int) -> int:
    """The end of a "+" that marks a lower bound right after the evidence ("90%+")."""
    return end + 1 if text[end:end + 1] == "+" else end


# The joints of a list of numbers: "8B and 32B", "1B, 10B, and 100B", "52.5% and 60.5%".
LIST_JOINT = regex.compile(r",?\s(?:and|or|to)\s|,\s|/")
LIST_JOINT_FIRST = frozenset(",/aot")  # what it opens with, perhaps behind a space
# A further number in such a list, with an attached suffix or sign of its own.
LIST_MEMBER = regex.compile(r"[$£€¥]?~?\d[\d,.]*(?:[kKmMbBtT]n?)?(?![\w])[%×xX]?")


def end_of_list(text: str, pos: int) -> int:
    """Where a list of numbers that continues at `pos` ends: for "1B, 10B, and 100B parameter"
    at the end of "1B", the end of "100B". `pos` itself when no list follows."""
    end = pos
    while (opens_with(LIST_JOINT_FIRST, text, end) and (joint := LIST_JOINT.match(text, end))
           and (member := LIST_MEMBER.match(text, joint.end()))):
        end = member.end()
    return end


# Words that may stand just before a size in prose (rather than a model's name).
PROSE_BEFORE = frozenset(
    "a an the its their our this that these those both each every and or of at to from with "
    "in on into for by than vs versus between sizes size: trains trained train only just "
    "new smaller larger bigger small large".split()
)
# The last word before the spaces that end a text. Searched from the end (REVERSE), it is found in
# one try where a search from the start tries every position: the same word, ~9x faster.
PREVIOUS_TOKEN = regex.compile(r"(\S+)\s+$", regex.REVERSE)
SIZE_TOKEN = regex.compile(r"^[~$]?\d[\d.,]*[bBmMkK]n?[,;:]?$")


def preceded_by_name(text: str, start: int) -> bool:
    """True when the token before a number reads as a name it belongs to: "Llama 3.1 8B",
    "Ministral 8B", "Gaudi 1 chip".

    >>> preceded_by_name("against Mistral’s Ministral 8B", 28), preceded_by_name("The 8B model", 4)
    (True, False)
    >>> preceded_by_name("test on a Gaudi 1 chip", 16)
    True
    """
    m = PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    if not m:
        return False
    token = m.group(1)
    if token.endswith((",", ":", ";", "(", "“", '"')) or SIZE_TOKEN.match(token):
        return False
    if token.lower().strip("’'()") in PROSE_BEFORE:
        return False
    return token[0].isupper() or any(c.isdigit() for c in token)
