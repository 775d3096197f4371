"""Context attribution: who and what a number is about.

`subject` (the system, model or organisation), `benchmark` and `metric` for scores,
`baseline` for speedups, and `quoted` (inside the authors' quoted words). Best effort: a field
the text does not give stays empty.

The subject of a claim is, in order: the system named for it in a "respectively" list; the
noun phrase that does the scoring ("most other models get 30%"); the name closest before the
number in its clause (names after "against", "than" or "vs", and names in asides, excluded),
unless the story mentions another name of that clause far more often; and otherwise the
story's most mentioned name so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import regex

from .entities import COMPARED_WORDS, Name, StoryNames, display, is_benchmark_name
from .extractors.base import Candidate, line_start
from .models import Kind
from .vocab import vocab_key


class Context(NamedTuple):
    """What attribute finds for a claim. A named tuple: one is made per claim, in a third of
    the time a frozen dataclass takes (as entities.Name)."""

    subject: str | None
    benchmark: str | None
    metric: str | None
    baseline: str | None
    quoted: bool


def _words(*words: str) -> re.Pattern[str]:
    """Any of `words` (lower-case ASCII), in a lower-cased text, for _may_hold. IGNORECASE also
    matches "ſ" to s, "K" to k and "İ" to i; lower() makes "K" "k" but keeps "ſ" and makes "İ"
    "i" and a combining dot: either stands for any word."""
    return re.compile("|".join(words) + "|ſ|\u0307")


def _may_hold(text: str, *groups: re.Pattern[str]) -> bool:
    """A quick test, before a costly IGNORECASE pattern, that `text` may hold a word of each of
    the groups (made by _words) in this order: stdlib re on text.lower(), a search per group."""
    low, pos = text.lower(), 0
    for words in groups:
        if not (m := words.search(low, pos)):
            return False
        pos = m.start() + 1
    return True


# Words after which a name is an opponent or a baseline, not the subject: entities' COMPARED words,
# and "over" ("a 2x speedup over vLLM"). Searched backwards (REVERSE: the same yes or no), a try
# from a place short of the name fails at once on "$".
COMPARISON = regex.compile(rf"\b(?:{COMPARED_WORDS}|over)\s+$", regex.IGNORECASE | regex.REVERSE)
# A noun phrase of models doing the scoring: "most other models get", "the best models be getting".
MODELS_PHRASE = regex.compile(
    r"""\b (?P<np> (?P<det> most | all | other | the | best | many | some | both | these | those | top | leading | several | few )
                 (?: \s (?: [\w-]+ ) ){0,2}? \s (?: models? | LLMs? | systems? | agents? | humans? | people ) )
        \s (?: \w+ \s ){0,1}? (?: gets? | getting | got | scores? | scoring | scored | achieves? | reach (?:es)? | has | have
                               | had | does | do | did | performs? | wins? )
        \b (?: [^.;] | \.\d )* $""",
    regex.VERBOSE | regex.IGNORECASE,
)
# MODELS_PHRASE needs one of its nouns, then one of its verbs.
MODELS_NOUNS = _words("model", "llm", "system", "agent", "human", "people")
MODELS_VERBS = _words("get", "got", "scor", "achiev", "reach", "has", "have", "had", "do", "did", "perform", "win")
QUANTIFIED = regex.compile(r"\b(?:best|top|leading|strongest|largest|smallest|most|other|frontier|open|closed)\b", regex.IGNORECASE)
# Words that open a noun phrase pointing back to a name given earlier: "The models", "This approach".
ANAPHOR = regex.compile(
    r"""^ [\s“"]* (?: the | this | these | those | its | their ) \s (?: [\w-]+ \s )?
        (?: models? | approach | method | system | technique | architecture | work | model \s family | family | network | company ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)
APPOSITIVE = regex.compile(r"[”\"’']?s?,\s(?:a|an)\s(?:[^,;()]|(?<=\d),(?=\d))*\(?")
# A name right before its number: "(Llama-3-1-Instruct, 8b)", "GPT-4o 86%".
ADJACENT = regex.compile(r"[’']?s?[\s,:(]{1,3}")
# A name right after its number behind "for": "up from 62.3% for Claude 3.7 Sonnet".
FOR_NAME = regex.compile(r"\s+for\s+(?:the\s+)?")
PREPOSITION = regex.compile(r"\b(?:in|on|at|of|for|with|from|into|across|through)\s+(?:the\s+)?$", regex.IGNORECASE)
SIZE = regex.compile(r"\b\d+(?:\.\d+)?[BbMm]\b")
RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)
NUMBER_IN_LIST = regex.compile(r"~?\d[\d,.]*\s?[%×xX]?")
# The numbers of a list before the current one: "52.5% and ", "1B, 10B, and ".
LIST_BEFORE = regex.compile(r"(?:~?\d[\d,.]*\s?[%×xX]?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))+$")
ASIDE = regex.compile(r"\([^()]*\)|\s[–—]\s[^–—]*\s[–—]\s")
CLAUSE_BREAK = regex.compile(r"[;:]\s|\s[–—]\s|,\s(?:and|but|while|whereas|so|yet)\s|\bwhile\s|\bwhereas\s")
# Searched backwards, CLAUSE_BREAK finds the last break without reading past every earlier one.
CLAUSE_BREAK_BACK = regex.compile(CLAUSE_BREAK.pattern, regex.REVERSE)

# Where a benchmark is named: "26.23% on Omni-Math", "accomplish the self-replication task in 50%".
BENCHMARK_AFTER = regex.compile(
    r"[^.;]{0,40}?\b(?:on|in|at)\s+(?:the\s+)?(?P<benchmark>[\p{Lu}][\w.-]*(?:\s(?:[\p{Lu}\d][\w.-]*))*)"
)
TASK_BEFORE = regex.compile(
    r"\b(?P<benchmark>(?:the\s+)?[\w-]+(?:\s[\w-]+)?\s(?:task|benchmark|test|eval|evaluation|challenge|exam))\s+(?:in|on|with|at|of)\s+(?:[\w%.]+\s+){0,3}$",
    regex.IGNORECASE,
)
# TASK_BEFORE needs one of its words.
TASK_WORDS = _words("task", "benchmark", "test", "eval", "challenge", "exam")
# A match of TASK_BEFORE holds only word characters, "-", "%", "." and spaces, and ends at the
# number: it starts after the last other character before the number (searched backwards).
NOT_IN_TASK = regex.compile(r"[^\w\-%.\s]", regex.REVERSE)
OPPONENT = regex.compile(
    r"\s?%?\s(?:win\s?rate\s)?(?:against|vs\.?|versus)\s(?P<opponent>[^,;()]{2,60}?)(?=\s*(?:[,;()]|\sand\b|$))",
)
METRIC_AFTER = regex.compile(
    r"""\W{0,3}(?:\s?(?:faster|more|better|higher|less|lower|greater))?\s+
        (?: or \s (?: less | more ) \s )?
        (?P<metric> (?: (?! or\b | and\b | less\b | more\b | than\b ) [\w-]+\s){0,2}?(?:[\w-]*efficien\w*|throughput|speed|bandwidth[\w-]*|cost|latency|decod\w+(?:\s\w+)?
                   |accuracy|win\s?rate|success\s+rate|runtime|memory|pass@\d) )\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A gain whose comparative names what it measures: "250× faster" is speed, "3x cheaper" cost.
IMPLIED_METRIC = regex.compile(r"\W{0,3}\s?(faster|quicker|speedups?|speed-ups?|cheaper)\b", regex.IGNORECASE)
IMPLIED_METRICS = {"faster": "speed", "quicker": "speed", "speedup": "speed", "speedups": "speed",
                   "speed-up": "speed", "speed-ups": "speed", "cheaper": "cost"}
# The baseline of a speedup: "… faster than native and compiled kernels in PyTorch".
BASELINE = regex.compile(
    r"""\b(?: than | compared \s (?:to|with) | relative \s to | versus | vs\.? | over )
        \s+ (?P<baseline> (?: [^.,;:()“”"–—] | \.\d ){3,80}? )
        (?= \s* (?: [,;:()“”"–—] | \.(?!\d) | \s (?: when | in \s (?:GEMV|tests?) | for | at | while | with \s the ) \b | $ ) )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "exceeds single-rollout with Sonnet for 3x less cost": the thing exceeded is the baseline.
BASELINE_BEFORE = regex.compile(
    r"\b(?:exceeds|outperforms|beats|surpasses)\s+(?P<baseline>[^.,;:()]{3,80}?)\s+(?:for|by|with)\s+(?:\w+\s+)?$",
    regex.IGNORECASE,
)


def is_quoted(text: str, line: int, pos: int) -> bool:
    """True when `pos` sits inside a quotation (“…” or "…") that opens on its line, which starts
    at `line`. The quotes are counted in place, not in a copy.

    >>> t = 'Apple writes: “It runs 360 000 times faster,” it said. It costs $5.'
    >>> is_quoted(t, 0, t.index("360")), is_quoted(t, 0, t.index("$5"))
    (True, False)
    """
    curly = text.count("“", line, pos) - text.count("”", line, pos)
    if curly != 0:
        return curly > 0
    return text.count('"', line, pos) % 2 == 1


def _clause_start(text: str, sentence_start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last ";", ":", dash, ", and", ", but" or
    "while" before it."""
    last = CLAUSE_BREAK_BACK.search(text, sentence_start, pos)
    if not last:
        return sentence_start
    # The breaks are read from the left, each once: a dash whose space ends another break ("; — ")
    # is none. No other break can start inside one and end after it, so only a dash is checked.
    dash = last.start() + 1
    if (text[dash] in "–—" and (inner := CLAUSE_BREAK_BACK.search(text, sentence_start, dash))
            and inner.end() == dash):
        return [m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, pos)][-1]
    return last.end()


def _subject_candidates(c: Candidate, text: str, names: StoryNames, s: int, first: int,
                        is_benchmark: Callable[[Name], bool]) -> list[Name]:
    """The names from `first` to the number, in its sentence (from `s`), that may be its subject:
    not opponents or baselines ("against X"), not in parentheses or dashes that close before the
    number."""
    asides = None  # looked for on the first name that needs it: most numbers have none before them
    out = []
    for n in names.between(first, c.start):
        if is_benchmark(n) or COMPARISON.search(text, max(s, n.start - 30), n.start) or names.is_speaker(n):
            continue  # a benchmark; an opponent or a baseline; or who says it ("Epoch estimates …")
        if asides is None:
            asides = _asides(text, s, c.start)
        if any(a <= n.start and n.end <= b for a, b in asides):
            continue
        out.append(n)
    return out


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the asides in text[start:end]: in parentheses or between dashes."""
    if text.find("(", start, end) == -1 and text.find("–", start, end) == -1 and text.find("—", start, end) == -1:
        return []  # (a quick first look: an aside needs a bracket or a dash)
    return [(m.start(), m.end()) for m in ASIDE.finditer(text, start, end)]


def _benchmark_test(c: Candidate) -> Callable[[Name], bool]:
    """The test of whether a name is a benchmark that this claim is measured on rather than made
    by: a score or a gain is on a benchmark; only a data set's size may be the benchmark's own.
    (One function per claim rather than a test of its kind per name: most_salient asks for many.)"""
    return _never if c.kind is Kind.dataset_size else _is_benchmark_mention


def _never(n: Name) -> bool:
    return False


def _is_benchmark_mention(n: Name) -> bool:
    return is_benchmark_name(n.text)


def _respectively(c: Candidate, text: str, candidates: list[Name], resp: regex.Match[str]) -> Name | None:
    """"A and B which get 52.5% and 60.5%, respectively": the i-th number belongs to the i-th name
    (`resp`, the "respectively" after the number)."""
    head = LIST_BEFORE.search(text, max(0, c.start - 80), c.start)
    list_start = head.start() if head else c.start
    index = len(NUMBER_IN_LIST.findall(head.group())) if head else 0
    total = index + len(NUMBER_IN_LIST.findall(text, c.start, resp.start()))
    pool = [n for n in candidates if n.end <= list_start]
    return pool[len(pool) - total + index] if len(pool) >= total >= 2 else None


def subject(c: Candidate, text: str, names: StoryNames, sentence: tuple[int, int], paragraph_start: int,
            story_start: int) -> str | None:
    s, e = sentence
    clause = _clause_start(text, s, c.start)
    is_benchmark = _benchmark_test(c)
    # Only a "respectively" list reads the names before the clause: most numbers need only the
    # clause's, and each name costs a look at the words around it.
    listed = RESPECTIVELY.search(text, c.end, min(e, c.end + 80))
    candidates = _subject_candidates(c, text, names, s, s if listed else clause, is_benchmark)
    if listed and (pick := _respectively(c, text, candidates, listed)):
        return display(pick.text)
    if (_may_hold(text[clause:c.start], MODELS_NOUNS, MODELS_VERBS)
            and (m := MODELS_PHRASE.search(text, clause, c.start))):
        np = m.group("np")
        if size := SIZE.search(np):
            main = names.most_salient(c.start, paragraph_start)
            return f"{display(main)} {size.group()}" if main else np  # "The 8B model" of Aya Expanse
        if m.group("det").lower() not in ("the", "these", "those") or QUANTIFIED.search(np):
            return np  # "most other models", "the best models"
    # A name right before its number, an opponent's too: "(Llama, 8b)", "beats Mixtral 8x22B (77.8%)".
    last = next((n for n in reversed(names.between(clause, c.start)) if not is_benchmark(n)), None)
    if last and ADJACENT.fullmatch(text, last.end, c.start):
        return display(last.text)
    in_clause = [n for n in candidates if n.start >= clause]
    if in_clause and APPOSITIVE.fullmatch(text, in_clause[-1].end, c.start):
        return display(in_clause[-1].text)  # "SYNTHETIC-1, a dataset of 1.4 million …"
    if (following := names.between(c.end, e)) and FOR_NAME.fullmatch(text, c.end, following[0].start):
        return display(following[0].text)  # "62.3% for Claude 3.7 Sonnet"
    # A name in subject position beats one behind a preposition ("… by 606× in GEMV operations").
    in_clause = [n for n in in_clause if not PREPOSITION.search(text, max(s, n.start - 12), n.start)] or in_clause
    if not in_clause and ANAPHOR.match(text[clause:c.start]):
        earlier = [n for n in names.between(story_start, s) if not is_benchmark(n)]
        if earlier:
            return display(earlier[-1].text)  # "This approach …" is what the last sentence named
    if in_clause:
        return display(in_clause[0].text)  # the clause's subject comes first
    # What the story is about so far; for a claim in the title, what the whole story is about.
    main = (names.most_salient(c.start, paragraph_start, is_benchmark)
            or names.most_salient(names.end, paragraph_start, is_benchmark))
    return display(main) if main else None


def benchmark(c: Candidate, text: str, names: StoryNames, sentence: tuple[int, int], story_start: int) -> str | None:
    if c.benchmark:
        return c.benchmark
    s, e = sentence
    if (m := OPPONENT.match(text, c.end, e)) and "win rate" in text[s:e].lower().replace("winrate", "win rate"):
        return f"win rate vs {m.group('opponent').strip().rstrip('.')}"
    if m := BENCHMARK_AFTER.match(text, c.end, e):
        named = m.group("benchmark").rstrip(".")  # "… and 59.1 on GPQA."
        if is_benchmark_name(named) or names.salience(named) > 0:
            return named
    if m := _task_before(text, s, c.start):
        return m.group("benchmark")
    in_sentence = [n for n in names.between(s, e) if is_benchmark_name(n.text)]
    if in_sentence:
        return in_sentence[0].text
    earlier = [n for n in names.between(story_start, c.start) if is_benchmark_name(n.text)]
    if earlier:
        return max(earlier, key=lambda n: (names.salience(n), n.start)).text
    return None


def _task_before(text: str, start: int, end: int) -> regex.Match[str] | None:
    """TASK_BEFORE's match in text[start:end], searched only from where one can start: a forward
    search from the sentence's start tries its words at every word (~40 µs a sentence)."""
    if other := NOT_IN_TASK.search(text, start, end):
        start = other.end()
    return TASK_BEFORE.search(text, start, end) if _may_hold(text[start:end], TASK_WORDS) else None


def metric(c: Candidate, text: str, sentence: tuple[int, int]) -> str | None:
    if c.metric:
        return c.metric
    if c.kind not in (Kind.speedup, Kind.benchmark_score):
        return None
    if m := METRIC_AFTER.match(text, c.end, sentence[1]):
        return m.group("metric").strip()
    if c.kind is Kind.speedup and (m := IMPLIED_METRIC.match(text, c.end, sentence[1])):
        return IMPLIED_METRICS[vocab_key(m.group(1))]
    return None


def baseline(c: Candidate, text: str, sentence: tuple[int, int]) -> str | None:
    if c.baseline or c.kind is not Kind.speedup:
        return c.baseline
    s, e = sentence
    if m := BASELINE.search(text, c.end, e):
        return m.group("baseline").strip()
    if m := BASELINE_BEFORE.search(text, s, c.start):
        return m.group("baseline").strip()
    return None


def attribute(c: Candidate, text: str, sentence: tuple[int, int], names: StoryNames, story_start: int) -> Context:
    """The context of candidate `c` within its sentence and story."""
    paragraph = line_start(text, c.start)
    m = metric(c, text, sentence)
    return Context(
        subject=c.subject or subject(c, text, names, sentence, paragraph, story_start),
        benchmark=benchmark(c, text, names, sentence, story_start) if c.kind is Kind.benchmark_score else None,
        metric=m,
        baseline=baseline(c, text, sentence),
        quoted=is_quoted(text, paragraph, c.start),
    )
