"""`benchmark_score`: a result of a system (or of humans) on a named benchmark, eval, test or task.

"Claude 3.5 Sonnet gets 26.23%", "a 60% win rate against Google’s Gemma-2 9B", "an Elo of
2029", "MMLU: DeepSeek R1: 90.8.", "a final balance of $1,204.50". Shares of people or things
("66% of respondents", "55.6% were caused by …") are not scores.
"""

from __future__ import annotations

import regex

from ..models import Kind
from ..numbers import Quantity
from .base import Candidate, Check, Extractor, after, before, bound_of, bound_sign, end_of_list, ends_in, line_start

PERCENT = regex.compile(r"\s?(?:%|\ percent\b|\ per\ cent\b)")
# The keys (base.tail_key) of what follows a score that PERCENT, ELO_AFTER or POINTS_AFTER finds.
SCORE_KEYS = frozenset({"%", "percent", "per", "elo", "on", "points"})
# A score reads like this before its number: "gets ~60%", "an accuracy of 90%", "scores 87.4".
SCORE_BEFORE = regex.compile(
    r"""\b (?: gets? | getting | got | scor (?:e|es|ed|ing) | achiev (?:e|es|ed|ing) | reach (?:es|ed|ing)?
             | hit (?:s|ting)? | obtain (?:s|ed|ing)? | attain (?:s|ed|ing)? | solv (?:e|es|ed|ing) | pass (?:es|ed)?
             | accuracy | win \s rate | success \s rate | pass@\d+ | score | rate | performance | results? | Elo | rating )
        (?: \s (?: [\w’'@.-]+ \s ){0,3}? (?: of | at | to | with | in | on | is | was | are | were | from ) )?
        \s+ (?: a \s | an \s | around \s | about \s | roughly \s | nearly \s | over \s | under \s | just \s | only \s
              | up \s to \s | more \s like \s | like \s )* ~? $""",
    regex.VERBOSE | regex.IGNORECASE,
)
ENDS_IN_SCORE_WORDS = ends_in(SCORE_BEFORE)
# … or like this after it: "26.23% on Omni-Math", "60% win rate", "70% against Facebook’s …".
SCORE_AFTER = regex.compile(
    r"""\+? (?: \s or \s (?: less | more ) )? \s*
        (?: (?: on | in | at ) \s (?: the \s )? (?: [A-Z] | \w+ [- ]?bench | benchmark | test | eval ) | top-\d | pass@\d
          | (?: average \s | mean \s | top-1 \s | overall \s )? (?: accuracy | win \s? rates? | success \s rates? | scores? )
          | against | vs\b | versus | trials | of \s the \s (?: problems | questions | tasks | puzzles | benchmark | test ) )""",
    regex.VERBOSE,
)
# A share of people or things, not a score: "66% of respondents", "55.6% were caused by".
SHARE_AFTER = regex.compile(
    r"\s*(?:of\s+(?!(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:problems|questions|tasks|puzzles|benchmark|test)\b|(?:them|these|those)\b)"
    r"|were\b|was\b|are\b|is\b|of\s+the\s+time)",
    regex.IGNORECASE,
)
# A line listing scores on one benchmark: "• MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4."
SCORE_LINE = regex.compile(
    r"""\s* (?: [•*·◦-] \s* )?                                       # a bullet
        (?P<benchmark> [\p{Lu}\d][\w.@-]* (?: \s [\p{Lu}\d][\w.@-]* ){0,3} )  # capitalised words: "AIME 2024"
        (?: \s \( [^()\n]{1,60} \) )?                                # an aside: "(replicating research)"
        : \s""",
    regex.VERBOSE,
)
BARE_SCORE = regex.compile(r"^\d{1,3}\.\d{1,2}$")
SCORE_END = regex.compile(r"[.,;)]?\s*$|[.,;)]\s")
# The system a bare score belongs to: "Kimi k1.5: 87.4", "DeepSeek R1 79.8"; tokens may carry a
# version (".5") but never end a sentence. Searched from the end (REVERSE), it is found in one try
# where a search from the start tries every position: the same match (tests/test_extractor_prechecks.py),
# ~2.5x faster.
NAME_BEFORE = regex.compile(
    r"(?<![\w.-])(?:[A-Z][\w-]*|[a-z]+\d[\w-]*)(?:\.\d+)*(?:\s(?:[A-Za-z][\w-]*|\d[\w-]*)(?:\.\d+)*){0,2}:?\s$",
    regex.REVERSE,
)
ELO = regex.compile(r"\b(?:Elo|Elo\s+rating|Elo\s+score|rating)\s+of\s+~?$")
ELO_AFTER = regex.compile(r"\s(?:Elo)\b")
# Money that is a score: "a final balance of $1,204.50" on a trading benchmark.
BALANCE = regex.compile(r"\b(?:balance|net\s+worth|profit|score)\s+of\s+~?$", regex.IGNORECASE)
# An earlier score in the same sentence: "will the best models be getting ~90%+ next year, or more
# like 70%?" — the 70% is a score too.
EARLIER_SCORE = regex.compile(
    r"""\b (?: gets? | getting | got | scor (?:e|es|ed|ing) | achiev (?:e|es|ed|ing) | reach (?:es|ed|ing)?
             | solv (?:e|es|ed|ing) )
        \s+ (?: \S+ \s+ ){0,2}? ~? \d[\d.]* \s? % (?: [^.!?] | \.\d )* $""",  # a decimal point ends no sentence
    regex.VERBOSE | regex.IGNORECASE,
)
# A score in brackets after its system, in a sentence that sets systems against each other or
# names the benchmark: "Llama 3 70B (79.5%) beats Mixtral 8x22B (77.8%) on MMLU".
NAME_THEN_PAREN = regex.compile(r"(?:[\p{Lu}][\w.-]*|\d[\w.-]*)\s\($")
PAREN_THEN_RIVALRY = regex.compile(
    r"\)[^.;!?\n]{0,80}?\b(?:on\s(?:the\s)?[\p{Lu}]|beats?|beating|outperforms?|vs\b|versus|trails?|behind)"
)
LIST_BEFORE = regex.compile(r"[$~]?\d[\d,.]*[%×xX]?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)$")


def _start_of_list(text: str, start: int) -> int:
    """Where a list of numbers that ends at `start` begins: for "52.5% and 60.5%" at "60.5", "52.5"."""
    while m := LIST_BEFORE.search(text, max(line_start(text, start), start - 30), start):
        start = m.start()
    return start


def _percent(q: Quantity, text: str, head: str) -> Candidate | None:
    near = text[q.end:q.end + 5]  # PERCENT holds "%" or " per" in its first five characters: tested first
    if not ("%" in near or "per" in near) or not (sign := PERCENT.match(text, q.end)):
        return None
    end = sign.end()
    tail = after(text, bound_sign(text, end), 60)
    if SHARE_AFTER.match(tail):
        return None
    list_end = end_of_list(text, end)
    list_head = before(text, _start_of_list(text, q.start), 80)
    if ENDS_IN_SCORE_WORDS(list_head) or SCORE_AFTER.match(tail) or SCORE_AFTER.match(after(text, list_end, 60)):
        rule = "benchmark_score.percent"
    elif listed := _listed_under_benchmark(q, text, head):
        benchmark, subject = listed
        return Candidate(Kind.benchmark_score, q.start, end, q.value, q.value_max, "%", bound_of(text, head, end),
                         "benchmark_score.score_line", benchmark=benchmark, subject=subject)
    elif EARLIER_SCORE.search(before(text, q, 160)):
        rule = "benchmark_score.percent_in_score_sentence"
    elif NAME_THEN_PAREN.search(list_head[-40:]) and PAREN_THEN_RIVALRY.match(text, list_end):
        rule = "benchmark_score.parenthesized"
    else:
        return None
    bound = bound_of(text, head, end)
    return Candidate(Kind.benchmark_score, q.start, bound_sign(text, end) if bound == "at_least" else end,
                     q.value, q.value_max, "%", bound, rule)


def _listed_under_benchmark(q: Quantity, text: str, head: str) -> tuple[str, str | None] | None:
    """(benchmark, system) for a number after a system's name on a line that names a benchmark:
    "• MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4."; the system is None when the name before the
    number is the benchmark's own ("• MMLU: 88.7%", in a list of one system's scores)."""
    line = SCORE_LINE.match(text, line_start(text, q.start))
    if not line or line.end() > q.start or not (name := NAME_BEFORE.search(head[-40:])):
        return None
    benchmark, system = line.group("benchmark").strip(), name.group().strip().rstrip(":")
    return benchmark, None if system == benchmark else system


def _may_be_bare_score(q: Quantity) -> bool:
    """Most numbers are over 100 or have no decimal point: tested before BARE_SCORE."""
    return q.value <= 100 and "." in q.text


# The signs SCORE_END opens with, but for spaces (tail_key's "", as the line's end is).
SCORE_END_KEYS = frozenset(".,;)")


def _may_rate(q: Quantity, text: str, head: str) -> bool:
    """Whether find may take a number (not money) that no key of its gate lets through: a rating
    after the word ELO ends with, tested before ELO's search (str.rstrip strips all \\s does)."""
    return head.rstrip("~").rstrip().endswith("of")


def _may_score(q: Quantity, text: str, head: str) -> bool:
    """… or, before a sign SCORE_END opens with, a bare decimal score."""
    return _may_be_bare_score(q) or _may_rate(q, text, head)


def gate(key: str) -> bool | Check:
    """Whether find may take a number followed by what has this key (base.tail_key)."""
    return key in SCORE_KEYS or (_may_score if key in SCORE_END_KEYS else _may_rate)


def _score_line(q: Quantity, text: str, head: str) -> Candidate | None:
    """A bare decimal listed under a benchmark."""
    if not _may_be_bare_score(q) or not BARE_SCORE.match(q.text) or not SCORE_END.match(after(text, q.end, 2)):
        return None
    if not (listed := _listed_under_benchmark(q, text, head)):
        return None
    benchmark, subject = listed
    return Candidate(Kind.benchmark_score, q.start, q.end, q.value, None, "%", bound_of(text, head, q.end),
                     "benchmark_score.score_line", benchmark=benchmark, subject=subject)


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency:
        if BALANCE.search(head[-40:]):
            return Candidate(Kind.benchmark_score, q.start, q.end, q.value, q.value_max, q.currency,
                             bound_of(text, head, q.end), "benchmark_score.money_score")
        return None
    elo_after = ELO_AFTER.match(text, q.end) if text.startswith("Elo", q.end + 1) else None  # its word tested first
    if elo_after or _may_rate(q, text, head) and ELO.search(head[-30:]):
        end = elo_after.end() if elo_after else q.end
        return Candidate(Kind.benchmark_score, q.start, end, q.value, None, "Elo", bound_of(text, head, end),
                         "benchmark_score.elo")
    return _percent(q, text, head) or _score_line(q, text, head) or _points(q, text, head) or _score_of(q, text, head)


# "DeepSeek R1 scores 71.5 on GPQA Diamond": a bare number between a scoring verb and a benchmark.
POINTS_AFTER = regex.compile(r"(?P<points>\spoints)?\son\s(?:the\s)?[\p{Lu}][\w.-]*")
# The score before it in a list: "It scores 88.5 on MMLU, 75.9 on MMLU-Pro, and 59.1 on GPQA."
EARLIER_POINTS = regex.compile(
    r"\d[\d.]*%?\s(?:points\s)?on\s(?:the\s)?[\p{Lu}][\w.-]*(?:\s[\p{Lu}\d][\w.-]*)*,?\s(?:and\s)?$"
)


# A bare score right after a score noun: "an overall score of 0.67", "the accuracy is 91.2", or the
# end of a change of score: "the HumanEval score goes from 0.378 … to 0.871".
SCORE_OF = regex.compile(
    r"""\b (?: score | accuracy ) \s
        (?: (?: goes | went | rose | rises | jumps | jumped | climbs | climbed | improves | improved ) \s )?
        (?: of | is | was | from | at ) \s+ ~? $""",
    regex.VERBOSE | regex.IGNORECASE,
)
ENDS_IN_SCORE_OF = ends_in(SCORE_OF)
SCORE_FROM_TO = regex.compile(r"\b(?:score|accuracy)\b[^.;!?\n]{0,60}?\bfrom\s~?\d[\d.,]*%?\s[^;!?\n]{0,80}?\bto\s+~?$",
                              regex.IGNORECASE)


def _bare_unit(q: Quantity) -> str:
    """The unit of a score written without one: points past 100 or below 1 ("0.67"), else per cent."""
    return "points" if q.value > 100 or q.value < 1 else "%"


def _score_of(q: Quantity, text: str, head: str) -> Candidate | None:
    """A bare number after a score noun, where it goes on with "on", or ends a clause and may be
    a score by _may_score (as the gate asks of a number before such an end)."""
    if q.scaled or q.in_words or q.is_range or not (
            text.startswith(" on ", q.end) or SCORE_END.match(after(text, q.end, 2)) and _may_score(q, text, head)):
        return None
    head = head[-120:]
    if not (ENDS_IN_SCORE_OF(head) or SCORE_FROM_TO.search(head)):
        return None
    return Candidate(Kind.benchmark_score, q.start, q.end, q.value, None, _bare_unit(q), bound_of(text, head, q.end),
                     "benchmark_score.score_of")


def _points(q: Quantity, text: str, head: str) -> Candidate | None:
    # POINTS_AFTER first: it looks at a few characters and rarely matches, where SCORE_BEFORE
    # searches eighty; and before it, a test of the words it opens with behind its space.
    if q.scaled or q.in_words or not text.startswith(("on", "points"), q.end + 1) or not (
            m := POINTS_AFTER.match(text, q.end)):
        return None
    head = head[-80:]
    if not (ENDS_IN_SCORE_WORDS(head) or EARLIER_POINTS.search(head)):
        return None
    unit = "points" if m.group("points") else _bare_unit(q)
    end = m.end("points") if m.group("points") else q.end
    return Candidate(Kind.benchmark_score, q.start, end, q.value, q.value_max, unit, bound_of(text, head, end),
                     "benchmark_score.points")


EXTRACTOR = Extractor(
    kind=Kind.benchmark_score,
    find=find,
    gate=gate,
    takes_currency=True,
    must=(
        ("Omni-Math is hard – most models get ~30% or less accuracy (e.g, Claude 3.5 Sonnet gets 26.23%", "26.23%", 26.23),
        ("OpenAI o1-preview and OpenAI o1-mini which get 52.5% and 60.5%, respectively.", "60.5%", 60.5),
        ("The 8B model has a 60% win rate against Google’s Gemma-2 9B, 70% against Facebook’s Llama-3.1 8B", "70%", 70),
        ("the 32B model does well as well (51% vs Gemma-2 27B, 54% vs Llama-3.1 70B", "54%", 54),
        ("Qwen25-72B-Instruct accomplish the self-replication task in 50% and 90% trials respectively", "50%", 50),
        ("    • MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4. OpenAI o1: 91.8.", "87.4", 87.4),
        ("    • AIME 2024: DeepSeek R1 79.8. Kimi k1.5 77.5. OpenAI o1: 79.2", "77.5", 77.5),
        ("My prediction: An AI system working on its own will get 80% on FrontierMath by 2028.", "80%", 80),
        ("The model reaches an Elo of 2029 on Codeforces", "2029", 2029),
        ("DeepSeek R1 scores 71.5 on GPQA Diamond, just behind o1.", "71.5", 71.5),
        ("It scores 88.5 on MMLU, 75.9 on MMLU-Pro, and 59.1 on GPQA.", "59.1", 59.1),
        ("On SWE-bench Verified the top score is 55.5%, up from 30% a year ago.", "55.5%", 55.5),
        ("will the best models be getting ~90%+ next year, or more like 70%?", "70%", 70),
        ("- CORE-Bench (replicating published research): GPT-4o 21.5% (Sept 2024) → Opus 4.5 95.5% (Dec 2025)",
         "95.5%", 95.5),
        ("“Claude Sonnet 4.5 scored 9.9% in September 2025, while GPT-5.2 reached 21.5% just months later.”",
         "21.5%", 21.5),
        ("the agent ended with a final balance of $1,204.50 on the trading benchmark", "$1,204.50", 1204.5),
        ("GigaChat 2 Max comes in at an overall score of 0.67, coming in sixth place behind Claude 3.7 Sonnet",
         "0.67", 0.67),
        ("the HumanEval coding score goes from 0.378 on the open weight model to 0.871 on the closed model",
         "0.378", 0.378),
        ("the HumanEval coding score goes from 0.378 on the open weight model to 0.871 on the closed model",
         "0.871", 0.871),
        ("The agent reaches an accuracy of 91.2 on the held-out set.", "91.2", 91.2),
        ("The benchmark consists of 1,200 tasks; the best model solves 23% of them.", "23%", 23),
        ("Claude Opus 4 solves 72.5% of SWE-bench Verified tasks, up from 62.3% for Claude 3.7 Sonnet.",
         "72.5%", 72.5),
        ("Claude Opus 4 solves 72.5% of SWE-bench Verified tasks, up from 62.3% for Claude 3.7 Sonnet.",
         "62.3%", 62.3),
        ("Performance rises from 40% to 65% as the model scales from 1B to 70B parameters.", "40%", 40),
        ("Llama 3 70B (79.5%) beats Mixtral 8x22B (77.8%) on MMLU.", "79.5%", 79.5),
        ("Llama 3 70B (79.5%) beats Mixtral 8x22B (77.8%) on MMLU.", "77.8%", 77.8),
        ("The system scores 85.3% on MMLU-Pro and 62.1% on GPQA Diamond, beating GPT-4o (74.7% and 53.6%).",
         "53.6%", 53.6),
    ),
    must_not=(
        "66% of respondents rated their satisfaction with their compute as 1-3 out of 5",
        "55.6% were caused by unavoidable IDM agent behavior",
        "I predict fewer than 1% of the readers of this newsletter will be able to solve them",
        "DeepSeek V3 was trained in 2024 on 14.8 trillion tokens",
        "he assigns ~60% probability that a frontier model will autonomously train its own successor",
        "The team got 3 papers accepted on NeurIPS this year",
        "• Small open weight LLMs (here: Llama 3.1 8B) can get equivalent performance to proprietary LLMs",
        "How they did it: DeepSeek’s R1 seems to be more focused on doing large-scale Rl, whereas Kimu 1.5 has more",
        "The team grew from 12 to 30 people, and its score is 3 times what it was.",
        "Each answer gets a score of 1 to 5 from the graders.",
        "We surveyed 200 researchers and 66% of them expect AGI by 2040.",
        "Some 40% of US adults use chatbots, and 12% of those solve problems at work with them.",
        "Most users (62%) prefer the new interface to the old one.",
        "Nvidia (80% of the market) beats AMD on sales.",
        "The accuracy of 3 models was checked from 2020 to 2024.",
    ),
)
