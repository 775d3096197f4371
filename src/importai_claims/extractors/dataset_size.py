"""`dataset_size`: the size of a data set used for training or evaluation, in its own unit.

"9.3 trillion tokens", "1,000 samples", "777k math problems", "128,000 whole genomes", "a
benchmark of 4428 problems", "9500 years of subjective driving experience". Counts of
things that are not data ("15 collisions", "two reasoning models") are not claims.
"""

from __future__ import annotations

import regex

from ..models import Kind
from ..numbers import Quantity
from .base import Candidate, Check, Extractor, any_case, bound_of, ends_in, opens_with

# The counted things of a data set, as written after the number.
DATA_UNITS = (
    "tokens token samples sample examples example problems problem questions question tasks task "
    "images image videos video clips documents document pages words genomes genome nucleotides "
    "base-pairs scenarios scenario trajectories trajectory demonstrations demos episodes transitions "
    "sequences conversations dialogues dialogs prompts pairs instructions proteins molecules "
    "structures games puzzles repositories repos files papers books articles sentences utterances "
    "frames screenshots records rows datapoints annotations labels responses traces solutions "
    "programs functions patients scans cells images-text recordings comments posts tweets "
    "webpages websites preferences comparisons rollouts reads"
).split()
# Words that end a noun phrase: a unit must come before any of these.
_STOP = (
    "of the and in on for to with from by at are is was were be been that which who it its "
    "per than as into each every or but not no all this these those their our his her a an "
    "has have had will would can could may might do does did so if then there here"
).split()

DATA_UNIT = regex.compile(
    rf"""
    (?: [\s-]+ (?! (?: {'|'.join(_STOP)} ) \b ) [\w’'-]+ ){{0,4}}? [\s-]+  # up to four modifiers: "math", "whole"
    (?P<unit> {'|'.join(sorted(DATA_UNITS, key=len, reverse=True))} ) \b (?! - )  # not "question-answer"
    (?! \s* (?: per | a | an | / ) \s* (?: second | minute | hour | day | s ) \b )  # not a rate
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Durations and distances of data: "9500 years of subjective driving experience",
# "10,000 hours of audio", "1.6 billion km driven".
DATA_SPAN = regex.compile(
    r"""
    \s? (?P<unit> hours | years | days | minutes | km | kilometers | kilometres | miles )
    (?= \s (?: of \s (?: [\w-]+ \s ){0,3}? (?: audio | video | speech | footage | recordings? | data | gameplay
                                           | experience | driving | conversations? | text | play
                                           | demonstrations? | teleoperation | trajectories | episodes | interactions? )
             | driven ) \b )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
DATA_SPAN_FIRST = any_case("hydmk")  # the letters it opens with, perhaps behind a space
# The keys (base.tail_key) of its units: the only words that may follow a small count it takes.
DATA_SPAN_KEYS = frozenset("hours years days minutes km kilometers kilometres miles".split())
_UNIT_ALTS = "|".join(sorted(DATA_UNITS, key=len, reverse=True))
# The unit given earlier: "Filtering ~59k samples to ~1k", "cuts the total number of samples down
# to around ~24,000".
UNIT_BEFORE = regex.compile(
    rf"""
    (?: \d[\d,.]* [kKmMbB]? \s | \b (?: number | total | count | pool | set ) \s of \s (?: [\w-]+ \s ){{0,2}}? )
    (?P<unit> {_UNIT_ALTS} ) \b
    [^.;:!?]{{0,40}}? \b (?: to | into | of | is | was | at ) \s+ (?: around \s | about \s | roughly \s | just \s | only \s )? ~? $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Its last words: "to", "into", "of", "is", "was", "at", "around", "about", "roughly", "just", "only".
ENDS_IN_UNIT = ends_in(UNIT_BEFORE, frozenset("to of is as at nd ut ly st".split()), strip="~")
# A count right after a data set is named: "The resulting dataset contains more than 10,000,000
# distinct human choices"; the counted noun is the unit.
DATASET_BEFORE = regex.compile(
    r"""\b (?: data \s? set | corpus | benchmark ) s? \s+ (?: [\w-]+ \s+ ){0,2}?
        (?: contains | contained | consists \s of | comprises | comprising | includes | including | of | with | has | spans | spanning )
        \s+ (?: more \s than | over | about | around | roughly | nearly | some | approximately | just | only | ~ | \s )* $""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Its last words: "contains", "contained", "of", "comprises", "comprising", "includes", "including",
# "with", "has", "spans", "spanning", "than", "over", "about", "around", "roughly", "nearly", "some",
# "approximately", "just", "only".
NAMES_DATASET = ends_in(DATASET_BEFORE, frozenset("ns ed of es ng th as an er ut nd ly me st".split()), strip="~")
COUNTED_NOUN = regex.compile(r"(?:\s(?:[\w-]+\s){0,2}?)?\s?(?P<unit>[\p{Ll}][\p{Ll}-]+s)\b")
MIN_UNSCALED = 100  # a smaller count is rarely a data set: "two tasks", "five scenarios"
# The length of a piece of writing, not a data set: "the paper runs to 120 pages", "an essay 5,000 words long".
WRITING_UNITS = frozenset({"pages", "words"})
RUNS_TO = regex.compile(r"\b(?:runs?|ran|running)\s+(?:to|for)\s+(?:about\s+|over\s+|nearly\s+|~)?$", regex.IGNORECASE)
LONG_AFTER = regex.compile(r"\s+long\b", regex.IGNORECASE)


# The signs a modifier or unit of DATA_UNIT or COUNTED_NOUN may open with, behind its space or dash.
WORD_SIGNS = frozenset("0123456789_'-")


def _may_count(q: Quantity, text: str, head: str) -> bool:
    """Whether find may take a number that is not followed by DATA_SPAN's units: a count large enough."""
    return q.scaled or q.value >= MIN_UNSCALED


def _may_count_unit_before(q: Quantity, text: str, head: str) -> bool:
    """… and, before a sign no word may open with, its unit named in the head."""
    return (q.scaled or q.value >= MIN_UNSCALED) and ENDS_IN_UNIT(head[-100:])


def gate(key: str) -> bool | Check:
    """Whether find may take a number followed by what has this key (base.tail_key)."""
    if key in DATA_SPAN_KEYS:
        return True
    return _may_count if key.isalpha() or key in WORD_SIGNS else _may_count_unit_before


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency:
        return None
    m = DATA_SPAN.match(text, q.end) if opens_with(DATA_SPAN_FIRST, text, q.end) else None
    if m:
        rule = "dataset_size.duration"
    elif not _may_count(q, text, head):
        return None
    elif m := DATA_UNIT.match(text, q.end):
        rule = "dataset_size.unit"
    elif NAMES_DATASET(head := head[-100:]) and (m := COUNTED_NOUN.match(text, q.end)):
        rule = "dataset_size.dataset_named"
    elif ENDS_IN_UNIT(head) and (m := UNIT_BEFORE.search(head)):
        unit = m.group("unit").lower()
        return Candidate(Kind.dataset_size, q.start, q.end, q.value, q.value_max, unit,
                         bound_of(text, head, q.end), "dataset_size.unit_before")
    else:
        return None
    unit = m.group("unit").lower()
    if unit in WRITING_UNITS and (RUNS_TO.search(head[-40:]) or LONG_AFTER.match(text, m.end())):
        return None
    adjacent = m.start("unit") - q.end <= 1
    end = m.end() if adjacent else q.end
    return Candidate(Kind.dataset_size, q.start, end, q.value, q.value_max, unit,
                     bound_of(text, head, end), rule)


EXTRACTOR = Extractor(
    kind=Kind.dataset_size,
    find=find,
    gate=gate,
    must=(
        ("by learning statistical properties of DNA across 9 trillion tokens of genomic sequences", "9 trillion tokens", 9e12),
        ("SYNTHETIC-1 contains 777k math problems, 144k coding problems", "777k", 777000),
        ("Omni-Math, a dataset and benchmark of 4428 mathematical olympiad competition-level problems", "4428", 4428),
        ("9.3 trillion nucleotides – organic molecules which DNA and RNA are made out of – spanning 128,000 whole genomes",
         "128,000", 128000),
        ("1.6 billion km driven, or 9500 years of subjective driving experience", "9500 years", 9500),
        ("“In nuPlan our policy sustains 15 collisions in 1118 scenarios.", "1118 scenarios", 1118),
        ("You can make a powerful reasoning LLM with just 1,000 samples!", "1,000 samples", 1000),
        ("A full training run simulates over one trillion state transitions", "one trillion", 1e12),
        ("Filtering ~59k samples to ~1k: Key to the good performance", "1k", 1000),
        ("This cuts the total number of samples down to around ~24,000.", "24,000", 24000),
        ("The resulting dataset contains more than 10,000,000 distinct human choices", "10,000,000", 1e7),
        ("The dataset has 2.3M question-answer pairs.", "2.3M", 2.3e6),
        ("They collected 10,000 hours of robot demonstrations from 50 robots.", "10,000 hours", 10000),
        ("The corpus holds 1.2 billion words from 300,000 books.", "1.2 billion words", 1.2e9),
    ),
    must_not=(
        "Palisade Research has shown that two reasoning models will sometimes resort to cheating",
        "A hardware novice uses Claude to build a nuclear fusor in 36 hours",
        "The paper has 40 authors from 7 institutions and runs to 120 pages.",
        "Their report is 15,000 words long and makes three recommendations.",
        "The system can process 50 pages a minute",
        "“In Waymax our policy sustains 187 collisions",
    ),
)
