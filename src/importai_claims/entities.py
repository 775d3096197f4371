"""Names of systems, models, organisations and benchmarks in a story, and how salient each is.

A name is a run of capitalised or digit-bearing tokens ("Claude 3.5 Sonnet", "DeepSeek-Coder-V2",
"OpenAI o1-preview", "nuPlan"). Words that only look like names are left out: sentence-opening
words that the story never capitalises mid-sentence ("Filtering", "Key"), labels ("Funding:"),
generic acronyms ("AI", "LLM", "GPU") and hardware ("H100").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import NamedTuple

import regex

from .vocab import BENCHMARK_HINTS, GENERIC_NAMES, KNOWN_BENCHMARKS, LANGUAGES

# After its first token, a name goes on with capitalised words, numbers, and lower-case words with
# a digit, versions among them ("v2").
MORE_TOKENS = r"""
    (?: [\ \u00a0] (?: [\p{Lu}][\w.&’'+-]* | \d[\w.-]* | [\p{Ll}]+\d[\w.-]* ) )*  # 3.5 Sonnet, k1.5, v2
"""
# Most of a story is lower-case words, so the scans stop only at capitals and digits (1.7× as
# fast as trying every word): a name that starts in lower case ("nuPlan", "o1-preview") is found
# at its first capital or digit, its head ("nu", "o") matched looking back. A name starts where
# group "head" does. One scan stops at capitals, one at digits: `regex` skips to one kind of
# character much faster than to either of two, and the two scans take 0.85 of the time of one
# pattern of both (_name_matches joins them).
CAPITAL_NAME = regex.compile(
    r"""
    (?: (?<![\w’'-]) (?P<head>) [\p{Lu}][\w.&’'+-]*                                 # Claude
      | (?<= (?<![\w’'-]) (?P<head>[\p{Ll}]{1,3}) ) [\p{Lu}][\w.-]* )               # nuPlan
    """ + MORE_TOKENS,
    regex.VERBOSE,
)
DIGIT_NAME = regex.compile(
    r"""
    (?<= (?<![\w’'-]) (?P<head>[\p{Ll}]+) ) \d[\w.-]*                                # o1-preview
    """ + MORE_TOKENS,
    regex.VERBOSE,
)
HEAD = CAPITAL_NAME.groupindex["head"]  # m.start(HEAD): by name, a group costs a third of the scan
INSIDE_WORD = regex.compile(r"(?<=[\w’'-])[\w’'-]*")
OPENING_WORDS = frozenset(
    """the a an this that these those it its in on at for with by from to of and or but so if as why how what
    when where which who while though although however also then there here today now some most many all
    both each every other another our their his her my we i you they he she one two three four five six seven
    eight nine ten read check get find plus mean means our your such no not nor yet just only even still
    thus instead meanwhile overall finally despite unlike because since after before whether let them
    do does did can could would should""".split()
)
# The ending of a contraction: "We’ve", "It’s" and "Don’t" open a sentence as "we", "it" and "do" do.
CONTRACTION = regex.compile(r"(?:[’'](?:s|ve|re|ll|m|d)|n[’']t)$")
HARDWARE = regex.compile(r"^(?:[HABV]\d{2,3}s?|GB\d{3}s?|[GTNC]PUs?|TPU-?v\d\w*|RTX|MI\d{3}X?)(?:\s|$)", regex.IGNORECASE)
# Endings of words that are rarely names: "Filtering:", "Findings", "Basically".
COMMON_SUFFIXES = ("ing", "ings", "ed", "ly", "ness", "ment", "ments", "tion", "tions", "ity", "ies", "ous", "ful",
                   "ance", "ence")
MODIFIER = regex.compile(r"-(?:style|like|based|sized|scale|level|class|grade|only)$", regex.IGNORECASE)
# A mention of the one speaking ("Apple writes", "DeepSeek said") names the author, not the subject.
SPEAKER_AFTER = regex.compile(
    r"[’']?s?\s+(?:researchers\s+|team\s+|authors\s+)?(?:writes?|wrote|says?|said|notes?|noted|explains?|explained"
    r"|reports?|reported|argues?|argued|thinks?|estimates?|estimated|calculates?|calculated|predicts?|predicted)\b"
)
# The first three letters of each word SPEAKER_AFTER may find first after the name, its "’s" and spaces.
SPEAKER_HEADS = frozenset("res tea aut wri wro say sai not exp rep arg thi est cal pre".split())
POSSESSIVE = regex.compile(r"[’']s\b")
SENTENCE_OPENING = regex.compile(r"(?:^|[.!?:…•]\s*|[“\"(]\s*)$", regex.MULTILINE)
OPENING_MARKS = frozenset(".!?:…•“\"(\n")  # SENTENCE_OPENING's marks, and the line break of its "^$"
# Endings of a text that SENTENCE_OPENING matches, whatever comes before them.
OPENING_ENDS = (*OPENING_MARKS, *(mark + " " for mark in OPENING_MARKS - {"\n"}))
# Words after which a name is an opponent or a baseline, not what the story is about. Searched
# backwards (REVERSE: the same yes or no), each try from a place short of the name fails at once
# on "$" instead of after the words: 1.7× as fast.
COMPARED_WORDS = r"against|vs\.?|versus|than|compared\s+(?:to|with)|relative\s+to|like|such\s+as|beating|beats|outperform\w*"
COMPARED = regex.compile(rf"\b(?:{COMPARED_WORDS})\s+$", regex.IGNORECASE | regex.REVERSE)
# The last word of each of COMPARED's phrases but "outperform\w*" (which may end in any letters).
COMPARED_ENDS = ("against", "vs", "vs.", "versus", "than", "to", "with", "like", "as", "beating", "beats")


class Name(NamedTuple):
    """One mention of a name, and the key (name_key) its mentions count under. A named tuple: a
    story makes thousands, and a tuple is made twice as fast as a frozen dataclass."""

    start: int
    end: int
    text: str
    key: str


def _plain_word(text: str) -> bool:
    """One word, capitalised and otherwise lower case: "Approximate", "Apple"."""
    return text.isalpha() and text[1:].islower()


def _shortenings(surfaces: dict[str, str]) -> dict[str, str]:
    """The keys of names that shorten another mid-word, each mapped to the key of the longest
    name it shortens: "Open Phil" counts as "Open Philanthropy"; "Google" stays apart from
    "Google’s Gemma-2 9B". Only names of four or more characters that share their first four
    are compared, and only within such a group."""
    by_head: dict[str, list[tuple[str, str]]] = {}
    for k, surface in surfaces.items():
        if len(surface) >= 4:
            by_head.setdefault(surface[:4], []).append((k, surface))
    out = {}
    for group in by_head.values():
        if len(group) > 1:
            for k, short in group:
                longer = [o for o, long in group
                          if o != k and long.startswith(short) and long[len(short):][:1].isalpha()]
                if longer:
                    out[k] = max(longer, key=len)
    return out


KEY_NOISE = regex.compile(r"[\s\-’'.]")
MID_SENTENCE_CAPITAL = regex.compile(r"(?<=[\p{Ll},;]\s)[\p{Lu}][\w-]*")
LOWER_WORD = regex.compile(r"(?<![\w-])[\p{Ll}][\p{Ll}-]+")


@lru_cache(maxsize=4096)
def name_key(text: str) -> str:
    """A key under which variants of one name count together: "Evo 2" and "Evo2", "S1" and "s1"."""
    return KEY_NOISE.sub("", POSSESSIVE.sub("", text)).casefold()


@lru_cache(maxsize=4096)  # asked for every name before a number, for many numbers of a story
def is_benchmark_name(text: str) -> bool:
    """True for names that read as benchmarks: known ones, or ones like "MC-Bench", "HumanEval"."""
    key = name_key(text)
    return key in KNOWN_BENCHMARKS or key.endswith(BENCHMARK_HINTS) or "bench" in key or "eval" in key


def _function_word(token: str) -> bool:
    """True for a word that opens sentences and is no name, contracted or not: "The", "We’ve"."""
    return CONTRACTION.sub("", token.casefold().strip("’'")) in OPENING_WORDS


@lru_cache(maxsize=8192)
def _trim(raw: str) -> tuple[int, str, str, bool] | None:
    """A name as matched, without its opening words ("The", "In"), leading numbers and trailing
    dots: (its offset in `raw`, its text, its key, whether it is one plain word that may be a
    common one), or None when what is left is no name. It depends on the matched text alone, so
    it is cached: a story names the same things again and again."""
    if " " not in raw and _function_word(raw):
        return None  # the commonest case: "The", "In", "This"
    tokens = raw.split()
    offset = 0
    while tokens and _function_word(tokens[0]):
        offset += len(tokens[0]) + 1
        tokens.pop(0)
    while tokens and _function_word(tokens[-1]):
        tokens.pop()
    while tokens and tokens[0][0].isdigit():
        offset += len(tokens[0]) + 1
        tokens.pop(0)
    if not tokens:
        return None
    text = " ".join(tokens).rstrip(".’'")
    key = name_key(text)
    if len(text) < 2 or key in GENERIC_NAMES or key in LANGUAGES or HARDWARE.match(text) or MODIFIER.search(text):
        return None
    plain = len(tokens) == 1 and not (any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:])
                                      or "-" in text)
    return offset, text, key, plain


START, TEXT, KEY = attrgetter("start"), attrgetter("text"), attrgetter("key")
NEW_NAME = tuple.__new__  # NEW_NAME(Name, fields) skips the Python-level Name.__new__: twice as fast


def _merged(names: list[Name]) -> list[Name]:
    """The names, each shortening counting under the key of the name it shortens."""
    longer = _shortenings(dict(zip(map(KEY, names), map(TEXT, names))))  # the last spelling of each key
    if not longer:
        return names
    return [Name(n.start, n.end, n.text, longer[n.key]) if n.key in longer else n for n in names]


def _name_matches(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The names from `start` to `end`, leftmost first and none inside another, as one pattern
    of CAPITAL_NAME's and DIGIT_NAME's alternatives finds them. A story has few names that open
    with a digit ("o1", "k1.5"): the capitals' scan runs on between them, and each is taken
    unless a capital's name covers it ("OpenAI o1")."""
    found = []
    while (digit := DIGIT_NAME.search(text, start, end)) is not None:
        for m in CAPITAL_NAME.finditer(text, start, end):
            if m.start() > digit.start():
                break
            found.append(m)
            start = m.end()
        if digit.start() >= start:
            found.append(digit)
            start = digit.end()
    found.extend(CAPITAL_NAME.finditer(text, start, end))
    return found


def _opens_sentence(text: str, pos: int) -> bool:
    """True where a name at `pos` opens a sentence, a line or a quote."""
    lo = max(0, pos - 3)
    # SENTENCE_OPENING needs one of its marks or a line break before `pos` (or the text's start
    # at `pos`), and holds when one of OPENING_ENDS is just before it: nearly every name is
    # told by these two looks, without the search.
    if pos and OPENING_MARKS.isdisjoint(text[lo:pos]):
        return False
    return text.endswith(OPENING_ENDS, lo, pos) or bool(SENTENCE_OPENING.search(text, lo, pos))


def _is_speaker(text: str, end: int) -> bool:
    """True where SPEAKER_AFTER matches at `end`, the end of a name: "Apple writes"."""
    # It needs one of its words right after the name, its "’s" and spaces (str.strip strips every
    # character \s matches): the first three letters of the word there turn down 96% of the bench
    # corpus's names, at 0.35 µs a name against the match's 0.56. Spaces too many for the window
    # leave the word short, and to the match.
    word = text[end:end + 16].lstrip("’'s").lstrip()
    return (len(word) < 3 or word[:3] in SPEAKER_HEADS) and SPEAKER_AFTER.match(text, end) is not None


def _is_compared(text: str, start: int) -> bool:
    """True where COMPARED finds one of its words in the 30 characters before `start`, the start
    of a name: "against Google’s Gemma-2 9B"."""
    # It needs spaces just before the name and one of its words just before them: the end of the
    # last word, lower-cased (or "outperform" in the window), turns down 82% of the bench corpus's
    # names, at 0.86 µs a name against the search's 1.06. An end not in ASCII (IGNORECASE matches "ſ" to s, "K" to k and "İ" to i;
    # lower() keeps "ſ" and makes "İ" two characters) is left to the search.
    head = text[max(0, start - 30):start]
    word = head.rstrip()
    if len(word) == len(head):
        return False
    tail = word[-7:].lower()
    return ((not tail.isascii() or tail.endswith(COMPARED_ENDS) or "outperform" in head.lower())
            and COMPARED.search(text, max(0, start - 30), start) is not None)


def _nothing(name: Name) -> bool:
    return False


class StoryNames:
    """The names in one story, and what the story's own text says about each."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.end = end
        self.region = text[start:end]
        self.names = _merged(self._scan(start, end))
        self.starts = list(map(START, self.names))
        self.counts = Counter(map(KEY, self.names))
        # the first spelling of each key: the names are read backwards, so it is written last
        self.surface = dict(zip(map(KEY, reversed(self.names)), map(TEXT, reversed(self.names))))
        self._salient: dict[tuple[int, int, Callable[[Name], bool]], str | None] = {}
        self._minor_flags: list[bool] = []

    # minor and owners weigh mentions for most_salient only, which few claims reach: each is
    # worked out on its first use rather than for every story, and minor only as far as
    # most_salient has read the names (a third of them, on the bench corpus, are never read).
    def _minor(self, upto: int) -> list[bool]:
        """Whether each of the first `upto` mentions says little about what the story is about:
        the one speaking ("Apple writes"), and opponents ("against Google’s Gemma-2 9B")."""
        flags, text = self._minor_flags, self.text
        if len(flags) < upto:
            flags += [_is_speaker(text, n.end) or _is_compared(text, n.start) for n in self.names[len(flags):upto]]
        return flags

    def is_speaker(self, name: Name) -> bool:
        """True for a mention followed by what it says: "Epoch estimates …", "Apple writes"."""
        return _is_speaker(self.text, name.end)

    @cached_property
    def owners(self) -> set[str]:
        """Keys of names written as an owner ("Cohere’s", "Google’s Gemma-2 9B"): an
        organisation, less often the subject."""
        return {name_key(token) for n in self.names if "’" in n.text or "'" in n.text  # (a quick first look)
                for token in n.text.split() if POSSESSIVE.search(token)}

    def _scan(self, start: int, end: int) -> list[Name]:
        text, names = self.text, []
        # The scans look back for a lower-case head ("o" of "o1"), which must not reach before
        # `start`: a story that starts inside a word is scanned from the end of that word.
        if inside := INSIDE_WORD.match(text, start):
            start = inside.end()
        for m in _name_matches(text, start, end):  # (all in one loop: no call per match)
            head = m.start(HEAD)
            trimmed = _trim(text[head:m.end()])
            if trimmed is None:
                continue
            offset, name, key, plain = trimmed
            first = head + offset
            last = first + len(name)
            # A label ("Funding:", "Why this matters:") or a common word ("Filtering") opening a
            # sentence is no name. Only those two need the look at what precedes the name.
            label = text.startswith(":", last)
            if (label or plain) and _opens_sentence(text, first) and (label or self._common_word(name)):
                continue
            names.append(NEW_NAME(Name, (first, last, name, key)))
        return names

    def _common_word(self, word: str) -> bool:
        """A capitalised word at a sentence opening that the story writes in lower case or that
        ends like a common word ("Findings"), and that the story never capitalises mid-sentence."""
        lower = word.lower()  # the cheapest test first, the look for mid-sentence capitals last
        return ((lower.endswith(COMMON_SUFFIXES) or self._written_as(LOWER_WORD, lower))
                and not self._written_as(MID_SENTENCE_CAPITAL, word))

    def _written_as(self, pattern: regex.Pattern[str], word: str) -> bool:
        """True when `word` is one of the story's `pattern` matches. Only the few opening words
        asked about are looked for, rather than collecting every match in the story."""
        i = self.region.find(word)
        while i != -1:
            m = pattern.match(self.region, i)  # a whole match there: not inside a longer word
            if m and m.end() == i + len(word):
                return True
            i = self.region.find(word, i + 1)
        return False

    def between(self, start: int, end: int) -> list[Name]:
        """The names from `start` to `end`, in order."""
        i = bisect_left(self.starts, start)
        names = self.names[i:bisect_left(self.starts, end, lo=i)]
        # No name reaches past the next one's start, so only the last may end after `end`: a
        # slice and a look at its last name, not a test of each (2.5 -> 1.7 ms on the bench corpus).
        if names and names[-1].end > end:
            names.pop()
        return names

    def salience(self, name: Name | str) -> int:
        return self.counts[name.key if isinstance(name, Name) else name_key(name)]

    def most_salient(self, before: int, paragraph_start: int, exclude: Callable[[Name], bool] = _nothing
                     ) -> str | None:
        """The story's most mentioned name up to `before`, mentions in the same paragraph counting double.

        The answer depends on how many names come before `before`, not on `before` itself, and
        is remembered so: the numbers of a sentence with no name between them ask the same."""
        upto = bisect_left(self.starts, before)
        key = (upto, paragraph_start, exclude)
        if key not in self._salient:
            self._salient[key] = self._most_salient(upto, paragraph_start, exclude)
        return self._salient[key]

    def _most_salient(self, upto: int, paragraph_start: int, exclude: Callable[[Name], bool]) -> str | None:
        scores: dict[str, float] = {}
        last: dict[str, int] = {}
        owners = self.owners
        for n, minor in zip(self.names[:upto], self._minor(upto)):
            if minor or exclude(n):
                continue
            weight = 2 if n.start >= paragraph_start else 1
            scores[n.key] = scores.get(n.key, 0) + (weight / 2 if n.key in owners else weight)
            last[n.key] = n.start
        if not scores:
            return None
        # A plain word named once ("Approximate" opening a bullet) is a weak guess: any name the
        # story repeats, or that looks like a product ("GigaFlow", "Evo2"), comes first.
        key = max(scores, key=lambda k: (self.counts[k] > 1 or not _plain_word(self.surface[k]), scores[k], last[k]))
        return self.surface[key]


def display(name: str) -> str:
    """A name as a subject: possessives dropped ("DeepSeek’s R1" -> "DeepSeek R1")."""
    return POSSESSIVE.sub("", name)
