"""`speedup`: a multiplicative or percentage gain of one system over a baseline or real time.

"250× faster", "1.3x speedup", "4× more energy-efficient", "360 000 times faster than real
time", "30% faster", "cuts cost by 40%", "3x cheaper". Not a ratio of sizes ("4x larger"), nor a
vague quality ("10x easier").
"""

from __future__ import annotations

import regex

from ..models import Bound, Kind
from ..numbers import Quantity
from .base import Candidate, Extractor, after, bound_of, bound_sign, ends_in, keyed, opens_with

# The sign right after the number: a multiplier ("250×", "1.3x", "100X", "360 000 times") or a
# percent ("30%"); one regex, as most numbers have neither.
SIGN = regex.compile(r"(?:\s?[x×X](?![\w])|\s(?i:times|fold)\b|-fold\b)|\s?(?P<percent>%|percent\b|per\ cent\b)")
SIGN_FIRST = frozenset("x×XtTfF-%p")  # what each of its ways opens with, perhaps behind a space
# The keys (base.tail_key) of what SIGN opens with ("×" has none: a character beyond ASCII).
SIGN_KEYS = frozenset({"x", "times", "fold", "percent", "per", "%"})

# What a measured gain reads like after its number: "faster", "speedup", "more energy-efficient".
GAIN_AFTER = regex.compile(
    r"""[\s-]* (?: (?: a | an | the ) \s )? (?:
        (?: faster | quicker | speedups? | speed-?ups? | speed \s up | cheaper | throughput
          | as \s (?: fast | quick | cheap | efficient ) \s as )
      | (?: more | better | higher | greater | improved | increased ) \s+ (?: [\w-]+ \s+ ){0,2}?
        (?: [\w-]* efficien\w* | throughput | speed | bandwidth \w* | performance | utili[sz]ation
          | tokens \s per \s second | memory \s efficiency | sample \s efficiency )
      | (?: [\w-]+ -efficient | efficien\w* )
      | (?: less | lower | fewer | reduction | reduced | smaller ) \s+ (?: \w+ \s+ ){0,1}?
        (?: cost | costs | expensive | memory | energy | compute | power | latency | time | bandwidth | communication )
      | (?: improvements? | gains? | boost | acceleration | increase ) \s+ (?: in | of ) \s+ (?: [\w-]+ \s+ ){0,2}?
        (?: speed | throughput | efficiency | performance | latency )
      | (?: improvements? | gains? | boost | uplift ) \s+ (?: over | compared \s (?: to | with ) | versus | vs\.? | relative \s to )
    ) \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# What a gain reads like before its number: "speedups of 1.5x", "outperforms vLLM by 606×",
# "cuts cost by 40%", "as high as 10—100x".
GAIN_BEFORE = regex.compile(
    r"""
    (?: (?: speed-?ups? | speed \s up | accelerat\w* | faster | outperform\w* | improv\w* | boost\w*
          | cuts? | cutting | reduc\w* | lower\w* | slash\w* | decreas\w* | increas\w* (?: \s \w+ )? \s throughput )
        (?: \s (?: [\w’'()-]+ \s ){0,5}? )?
        (?: by | of | to | as \s high \s as | up \s to | with ) \s* (?: up \s to \s | as \s much \s as \s | over \s | roughly \s | about \s | ~ )?
      # a margin over a rival: "beats LLavaGuard 7B by 10%", "surpasses the baseline by 2x"
      | \b (?: beat (?: s | ing )? | surpass\w* | exceed (?: s | ed | ing )? ) \s (?: [\w’'().-]+ \s ){0,6}? by \s ~?
      # a cost or a wait that falls: "the cost of inference fell 1200x", "latency dropped by 45%"
      | \b (?: costs? | prices? | latenc (?: y | ies ) | runtimes? | (?: training | inference | wall-clock ) \s times? )
        \s (?: [\w’'()-]+ \s ){0,5}?
        (?: fell | falls? | dropped | drops? | declined | declines? | decreased | decreases? | shrank | shrinks? | plummeted )
        \s (?: by \s )? ~? )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ENDS_IN_GAIN = ends_in(GAIN_BEFORE)
# A bare factor in a sentence about speed: "… speedups of 1.5x over … and 1.2x when training …".
SPEED_SENTENCE = regex.compile(r"\b(?:speed-?ups?|faster|outperform\w*)\b", regex.IGNORECASE)
# What a factor that is not a gain reads like: "4x larger", "2X of H100", "8x H100".
NOT_A_GAIN = regex.compile(
    r"[\s-]*(?:larger|bigger|more\s+(?:parameters|data|compute|vacuum|tokens|GPUs)|the\s+size|"
    r"easier|harder|of\b|[A-Z]+\d|more\s+(?:likely|people|expensive))",
    regex.IGNORECASE,
)
# A percentage of efficiency or utilisation is a level, not a gain, unless a gain word follows: "at 40%
# efficiency" and "40% MFU" are no speedups; "a 40% efficiency gain" is one.
LEVEL_AFTER = regex.compile(
    r"[\s-]*(?:efficiency|utili[sz]ation|MFU)\b(?!\s+(?:gains?|improvements?|boosts?|increases?|jumps?|uplift))",
    regex.IGNORECASE,
)
UP_TO_IN_CLAUSE = regex.compile(r"\b(?:up\s+to|as\s+high\s+as)\b(?:[^.;]|\.\d)*$", regex.IGNORECASE)


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency or not opens_with(SIGN_FIRST, text, q.end):
        return None
    sign = SIGN.match(text, q.end)
    if not sign:
        return None
    unit = "%" if sign.group("percent") else "x"
    end = sign.end()
    tail, head = after(text, end, 80), head[-90:]
    if NOT_A_GAIN.match(tail) or unit == "%" and LEVEL_AFTER.match(tail) and not ENDS_IN_GAIN(head):
        return None
    if GAIN_AFTER.match(tail) or ENDS_IN_GAIN(head):
        rule = "speedup.gain_words"
    elif unit == "x" and SPEED_SENTENCE.search(head + " " + tail[:40]):
        rule = "speedup.factor_in_speed_sentence"
    else:
        return None
    bound = bound_of(text, head, end)
    if bound is Bound.exact and UP_TO_IN_CLAUSE.search(head):
        bound = Bound.up_to  # "up to 1.3x speedup at 16K context and 3x speedup at 1M context"
    return Candidate(Kind.speedup, q.start, bound_sign(text, end) if bound is Bound.at_least else end,
                     q.value, q.value_max, unit, bound, rule)


EXTRACTOR = Extractor(
    kind=Kind.speedup,
    find=find,
    gate=keyed(SIGN_KEYS),
    must=(
        ("with speedups as high as 10—100x faster than native and compiled kernels in PyTorch", "10—100x", 10),
        ("they’re able to get meaningful 2X speedups on Gaudi over normal transformers", "2X", 2),
        ("give speedups of 1.5x over vanilla transformers run on GPUs when training GPT-style models "
         "and 1.2x when training visual image transformer", "1.2x", 1.2),
        ("iteration #1 yields a 2.7x speedup, iteration #2 yields a 5.1x speedup", "2.7x", 2.7),
        ("DeepMind figures out a way to make it 100X more bandwidth-efficient to train models", "100X", 100),
        ("up to 150 densely interacting traffic participants 360 000 times faster than real time", "360 000 times", 360000),
        ("We reach the same SeqQA accuracy using the Llama-3.1-8B EI agent for 100x less cost.", "100x", 100),
        ("WaferLLM delivers 606× faster and 22× more energy-efficient GEMV compared to an advanced GPU", "22×", 22),
        ("outperforms vLLM (using A100) by 606× in GEMV operations", "606×", 606),
        ("The new kernel is 30% faster than the baseline.", "30%", 30),
        ("The technique cuts inference cost by 40%.", "40%", 40),
        ("The model gets 5 Times faster inference than the baseline.", "5 Times", 5),
        ("This gives a 40% efficiency improvement over the previous kernel.", "40%", 40),
        ("The cost of running GPT-3-level models fell 1200X in two years.", "1200X", 1200),
        ("API prices dropped by 10x over the year.", "10x", 10),
        ("Throughput improved by 3.2x while latency dropped by 45%.", "45%", 45),
        ("The chip delivers 20 petaFLOPS of FP4 performance, a 5x improvement over Hopper.", "5x", 5),
        ("ShieldGemma 2 beats LLavaGuard 7B by 10% on its test set.", "10%", 10),
        ("The robot completes tasks 2.5 times as fast as teleoperation.", "2.5 times", 2.5),
        ("The new scheduler improves efficiency by 40% on long jobs.", "40%", 40),
    ),
    must_not=(
        "3 mTorr of pressure (253,333x more vacuum than atmospheric)",
        "bandwidth-to-compute can increase to 2X of H100",
        "a model 4x larger than its predecessor",
        "this makes it 10x easier to get started",
        "76.6% versus Mixtral 8x22B",
        "66% of respondents rated their satisfaction",
        "Using H100 GPUs at FP8 precision and 40% efficiency, 10^25 FLOPs costs ~$10M",
        "They trained the model at 38% MFU on 2,048 GPUs.",
        "a 5x improvement in the number of users",
        "The new cluster is 4x as large as the old one.",
        "DeepSeek R1 beats GPT-4o with 90% on the test, exceeding 85% for the first time.",
        "The number of GPUs in the cluster fell 3x after the outage.",
    ),
)
