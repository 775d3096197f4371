"""Context attribution: who and what a number is about.

`subject` (the system, model or organisation), `benchmark` and `metric` for scores,
`baseline` for speedups, and `quoted` (inside the authors' quoted words). Best effort: a field
the text does not give stays empty.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .extractors.base import Candidate, line_end, line_start
from .models import Kind

# A name: capitalised or digit-bearing tokens, joined by spaces ("Claude 3.5 Sonnet",
# "DeepSeek-Coder-V2", "OpenAI o1-preview", "Llama-3.1-8B EI agent").
NAME = regex.compile(
    r"""
    (?<![\w’'-])
    (?: [\p{Lu}][\w.&’'+-]* | [\p{Ll}]+\d[\w.-]* | \d+[\w.-]*[\p{L}][\w.-]* )       # first token
    (?: \s (?: [\p{Lu}][\w.&+-]* | \d[\w.-]* | [\p{Ll}]+\d[\w.-]* | [\p{Ll}]{1,4}-\w[\w.-]* ) )*   # more tokens
    (?<![.,:;’'-])
    """,
    regex.VERBOSE,
)
# Capitalised words that open sentences or clauses rather than name anything.
NOT_A_NAME = frozenset(
    """the a an this that these those it its in on at for with by from to of and or but so if as why how what
    when where which who while though although however also then there here today now some most many all
    both each every other another our their his her my we i you they he she one two three four five six seven
    eight nine ten read check get find results result specifically basically notably plus mean means
    importantly extremely things thing ai llm llms model models we’re it’s there’s that’s my your
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
BENCHMARK_AFTER = regex.compile(
    r"[^.;]{0,40}?\b(?:on|in|at)\s+(?:the\s+)?(?P<benchmark>[\p{Lu}][\w.-]*(?:\s(?:[\p{Lu}\d][\w.-]*))*)"
)
BASELINE_AFTER = regex.compile(
    r"""[^.;]{0,80}?\b(?: than | over | compared \s (?:to|with) | relative \s to | versus | vs\.? | against )
        \s+ (?P<baseline> [^.,;:()“”"]{3,80}? )
        (?= \s* (?: [.,;:()“”"] | \s when \b | \s in \b | \s for \b | \s at \b | \s on \b | \s with \b | $ ) )""",
    regex.VERBOSE | regex.IGNORECASE,
)
METRIC_AFTER = regex.compile(
    r"""\W{0,3}(?:\s?(?:faster|more|better|higher|less|lower))?\s+
        (?P<metric> (?:[\w-]+\s){0,2}?(?:[\w-]*efficien\w*|throughput|speed|bandwidth[\w-]*|cost|latency|decod\w+(?:\s\w+)?
                   |accuracy|win\s?rate|success\s+rate|runtime|memory) )\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
OPEN_QUOTES = "“"
CLOSE_QUOTES = "”"


@dataclass(frozen=True, slots=True)
class Context:
    subject: str | None
    benchmark: str | None
    metric: str | None
    baseline: str | None
    quoted: bool


def is_quoted(text: str, pos: int) -> bool:
    """True when `pos` sits inside a quotation (“…” or "…") that opens on its line.

    >>> t = 'Apple writes: “It runs 360 000 times faster,” it said. It costs $5.'
    >>> is_quoted(t, t.index("360")), is_quoted(t, t.index("$5"))
    (True, False)
    """
    start = line_start(text, pos)
    head = text[start:pos]
    curly = head.count("“") - head.count("”")
    if curly > 0:
        return True
    if curly < 0:
        return False
    return head.count('"') % 2 == 1


def names_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The names in text[start:end] as (start, end, name), sentence-opening words left out."""
    out = []
    for m in NAME.finditer(text, start, end):
        tokens = m.group().split(" ")
        while tokens and tokens[0].lower().strip("’'") in NOT_A_NAME:
            tokens.pop(0)
        while tokens and tokens[-1].lower().strip("’'") in NOT_A_NAME:
            tokens.pop()
        if tokens:
            name = " ".join(tokens).rstrip("’'s").rstrip("’'")
            if len(name) > 1 and not regex.fullmatch(r"[\d.,%$×x-]+", name):
                out.append((m.start(), m.end(), name))
    return out


def attribute(c: Candidate, text: str, sentence: tuple[int, int]) -> Context:
    """The context of candidate `c` within its sentence."""
    s, e = sentence
    names_before = [n for n in names_in(text, s, c.start) if n[1] <= c.start]
    subject = c.subject
    if subject is None and names_before:
        subject = names_before[-1][2]
    if subject is None:
        after = names_in(text, c.end, e)
        if after:
            subject = after[0][2]
    tail = text[c.end:min(e, line_end(text, c.end))]
    benchmark = c.benchmark
    if c.kind is Kind.benchmark_score and benchmark is None:
        if m := BENCHMARK_AFTER.match(tail):
            benchmark = m.group("benchmark")
    baseline = c.baseline
    if c.kind is Kind.speedup and baseline is None and (m := BASELINE_AFTER.match(tail)):
        baseline = m.group("baseline").strip()
    metric = c.metric
    if c.kind in (Kind.speedup, Kind.benchmark_score) and metric is None and (m := METRIC_AFTER.match(tail)):
        metric = m.group("metric").strip()
    return Context(subject, benchmark, metric, baseline, is_quoted(text, c.start))
