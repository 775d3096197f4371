"""`compute`: an amount of hardware or compute used or built.

"2,000 H100 GPUs", "one 8-GPU node", "16,384 TPU v5 chips", "2.5 Exaflop/s", "2.788M H800
GPU hours", "3e25 FLOPs", "~7 hours of training on an H100". Groups of compute ("eight
datacenters", "32 islands of compute") are not claims.
"""

from __future__ import annotations

import string

import regex

from ..models import Kind
from ..numbers import Quantity, scale_value
from ..vocab import vocab_key
from .base import Candidate, Check, Extractor, any_case, bound_of, opens_with, preceded_by_name

_HARDWARE = r"""(?: graphics \s processing \s units? | (?: [HABV]\d{2,3} | GB\d{3} | GPU ) [\s-] equivalents?
                 | GPUs? | TPUs? | chips? | accelerators? | nodes? | CPUs? | cores? | NPUs? | IPUs? | servers?
                 | wafers? | [HABV]\d{2,3}s | GB\d{3}s | MI\d{3}X?s )"""
_STOP = r"(?: of | the | and | in | on | for | to | with | from | by | at | are | is | was | were | than | per | or )"

# Hardware counted after the number, perhaps behind a model name: "2,000 H100 GPUs",
# "16,384 TPU v5 chips", "two embedded GPUs", "2.788M H800 GPU hours".
HARDWARE = regex.compile(
    rf"""
    (?: [\s-]+ (?! {_STOP} \b ) [\w.-]+ ){{0,3}}? [\s-]+
    (?P<unit> {_HARDWARE} | (?: [HABV]\d{{2,3}} | GB\d{{3}} ) (?= [\s-] (?: hours? | days? ) \b ) ) \b
    (?P<hours> [\s-] (?: hours? | hrs? | days? ) \b )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# For the letters below, in UTF-8 (lone surrogates too): ASCII capitals to lower case; every digit,
# and every byte of a character beyond ASCII (which may be a digit to regex's \d), to "0".
FOLD_TO_ASCII = bytes.maketrans(string.ascii_uppercase.encode() + string.digits.encode() + bytes(range(128, 256)),
                                string.ascii_lowercase.encode() + b"0" * (10 + 128))
# What the unit of every match of HARDWARE and MACHINES holds once so folded: "pu" of GPU, TPU, CPU,
# NPU and IPU; "chip"; "graph" of graphics processing units; "accel"; "node"; "core"; "erver";
# "wafer"; a letter before a digit in a model name ("h0" of H100, "b0" of GB200, "i0" of MI300X).
# None holds "s" or "k", which IGNORECASE matches to "ſ" and the Kelvin sign; the "İ" it matches to
# the "i" of "chip" folds to "00", and "ch00p" holds "h0".
HARDWARE_LETTERS = ("pu", "chip", "graph", "accel", "node", "core", "erver", "wafer", "h0", "a0", "b0", "v0", "i0")
HARDWARE_WINDOW = 48  # characters after a number: five words or more, most often


def may_name_hardware(text: str, pos: int) -> bool:
    """False when neither HARDWARE nor MACHINES can match at `pos`, by string tests several times
    faster than the regexes, which fail on most numbers. Both open with a space or dash and name
    their unit within the first four words after the number (HARDWARE's three modifiers cannot
    hold a space; a word of dashes alone, as in " - ", is a separator), so a window that holds
    these four words whole and no unit's letters has no match."""
    window = text[pos:pos + HARDWARE_WINDOW]
    if not (window[:1].isspace() or window[:1] == "-"):  # str.isspace holds for all that \s matches
        return False
    folded = window.encode("utf-8", "surrogatepass").translate(FOLD_TO_ASCII).decode()
    for letters in HARDWARE_LETTERS:
        if letters in folded:
            return True
    return len(window.replace("-", "").split(None, 4)) < 5  # a fifth word: the first four are whole


# A count of machines of a given size: "one 8-GPU node".
MACHINES = regex.compile(
    r"\s\d+[\s-]?(?:GPU|TPU|chip|accelerator)s?[\s-]+(?P<unit>node|server|machine|box|pod|host)s?\b",
    regex.IGNORECASE,
)
# "8x H100", "8xA100": a count of accelerators by multiplication sign.
TIMES_HARDWARE = regex.compile(r"\s?[x×]\s?(?:NVIDIA\s)?(?:[HABV]\d{2,3}|GB\d{3}|MI\d{3}X?)\b")
TIMES_FIRST = frozenset("x×")  # what it opens with, perhaps behind a space
# Amounts of compute: "3e25 FLOPs", "2.5 Exaflop/s", "20 petaflops".
FLOPS = regex.compile(
    r"""\s? (?P<prefix> zetta | exa | peta | tera | giga )? (?P<flop> flops? | FLOPS? | FLOPs ) (?!\w)
        (?P<rate> /s | \s? per \s second )?""",
    regex.VERBOSE | regex.IGNORECASE,
)
FLOPS_FIRST = any_case("zeptgf")  # the letters it opens with, perhaps behind a space
PREFIXES = {"zetta": 1e21, "exa": 1e18, "peta": 1e15, "tera": 1e12, "giga": 1e9}
# A duration of training or inference on hardware: "~7 hours of training on an H100",
# "under 10 days one 8-GPU node", "trained for 3 weeks on 64 GPUs".
DURATION = regex.compile(
    rf"""
    \s? (?P<unit> hours | hour | hrs | days | day | weeks | week | months | month ) \b
    (?= [^.;]{{0,40}}? (?: {_HARDWARE} | \b\d+-GPU | \bof \s (?: pre-? )? training | \bof \s compute ) \b )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


GPU_MODEL = regex.compile(r"[HABV]\d|GB\d|MI\d")


# "trained on 4,096 H100 GPUs for about 30 days": a duration right after the hardware it ran on.
DURATION_ALONE = regex.compile(r"\s?(?P<unit>hours|hour|days|day|weeks|week|months|month)\b", regex.IGNORECASE)
DURATION_FIRST = any_case("hdwm")  # the letters DURATION and DURATION_ALONE open with, perhaps behind a space
HARDWARE_BEFORE = regex.compile(
    rf"{_HARDWARE}\s+(?:for|over)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|under\s+|~)?$",
    regex.VERBOSE | regex.IGNORECASE,
)


# The keys (base.tail_key) that may open HARDWARE or MACHINES: any word but a stop word (their first
# word, a modifier or the unit, is none), a digit (MACHINES), or a sign that may open a second space
# or dash, or a modifier.
STOP_WORDS = frozenset(regex.findall(r"\w+", _STOP))
HARDWARE_SIGNS = frozenset("0123456789-._")
# What the keys that may open the other patterns start with (FLOPS and DURATION may run on into a
# longer word): "x" of TIMES_HARDWARE, FLOPS's prefixes and "flop", DURATION's units.
OTHER_OPENINGS = ("x", "flop", "zetta", "exa", "peta", "tera", "giga", "hour", "hrs", "day", "week", "month")


def may_name_hardware_at_end(q: Quantity, text: str, head: str) -> bool:
    """may_name_hardware after the number: the check of a number that only HARDWARE or MACHINES may take."""
    return may_name_hardware(text, q.end)


def gate(key: str) -> bool | Check:
    """Whether find may take a number followed by what has this key (base.tail_key)."""
    if key.startswith(OTHER_OPENINGS):
        return True
    if key in HARDWARE_SIGNS or key.isalpha() and key not in STOP_WORDS:
        return may_name_hardware_at_end
    return False


def _hardware_unit(noun: str) -> str:
    """The unit for a counted hardware noun: "H100s" -> "GPUs", "chip" -> "chips", "tpu" -> "TPUs"."""
    if GPU_MODEL.match(noun) or noun.lower().startswith(("graphics", "gpu")):
        return "GPUs"
    singular = noun.removesuffix("s")
    return (singular.upper() if singular.lower().endswith("pu") else singular.lower()) + "s"


def _flops(q: Quantity, m: regex.Match) -> tuple[float, float | None, str]:
    """Value, high end and unit of an amount of compute: "2.5 Exaflop/s" is 2.5e18 FLOP/s."""
    prefix = vocab_key(m.group("prefix") or "")
    factor = PREFIXES.get(prefix, 1.0)
    rate = bool(m.group("rate")) or bool(prefix) and vocab_key(m.group("flop")) == "flops" or m.group("flop") == "FLOPS"
    value_max = scale_value(q.value_max, factor) if q.value_max is not None else None
    return scale_value(q.value, factor), value_max, "FLOP/s" if rate else "FLOPs"


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency:
        return None
    value, value_max = q.value, q.value_max
    hardware = may_name_hardware(text, q.end)  # false only where HARDWARE and MACHINES cannot match
    if hardware and (m := MACHINES.match(text, q.end)):
        unit, end, rule = m.group("unit").lower() + "s", m.end(), "compute.machines"
    elif opens_with(FLOPS_FIRST, text, q.end) and (m := FLOPS.match(text, q.end)):
        end, rule = m.end(), "compute.flops"
        value, value_max, unit = _flops(q, m)
    elif opens_with(TIMES_FIRST, text, q.end) and (m := TIMES_HARDWARE.match(text, q.end)):
        unit, end, rule = "GPUs", q.end, "compute.times_hardware"
    elif hardware and (m := HARDWARE.match(text, q.end)) and not preceded_by_name(text, q.start):
        unit = _hardware_unit(m.group("unit"))
        if m.group("hours"):
            unit = f"{unit.removesuffix('s')}-{'days' if 'd' in m.group('hours').lower() else 'hours'}"
        end, rule = q.end, "compute.hardware"
    elif not opens_with(DURATION_FIRST, text, q.end):
        return None
    elif (m := DURATION_ALONE.match(text, q.end)) and HARDWARE_BEFORE.search(head[-40:]):
        unit = m.group("unit").lower()
        unit, end, rule = (unit if unit.endswith("s") else unit + "s"), m.end(), "compute.duration_on_hardware"
    elif m := DURATION.match(text, q.end):
        unit = m.group("unit").lower()
        unit, end, rule = (unit if unit.endswith("s") else unit + "s"), m.end(), "compute.duration"
    else:
        return None
    return Candidate(Kind.compute, q.start, end, value, value_max, unit, bound_of(text, head, end), rule)


EXTRACTOR = Extractor(
    kind=Kind.compute,
    find=find,
    gate=gate,
    must=(
        ("Evo2 was trained on 2,000 H100 GPUs for several months.", "2,000", 2000),
        ("Most significantly, Helix runs entirely onboard two embedded GPUs.", "two", 2),
        ("and completes in under 10 days one 8-GPU node”.", "one 8-GPU node", 1),
        ("a reasoning LLM which they made using just 1,000 samples and ~7 hours of training on an H100.", "7 hours", 7),
        ("DeepSeek V3 was trained on 2.788M H800 GPU hours", "2.788M", 2.788e6),
        ("the largest training runs use around 3e25 FLOPs", "3e25 FLOPs", 3e25),
        ("the supercomputer delivers 2.5 Exaflop/s of compute", "2.5 Exaflop/s", 2.5e18),
        ("Google trained the model on 16,384 TPU v5 chips", "16,384", 16384),
        ("any model trained with ~28M H100 hours, which is around $50M USD", "28M", 2.8e7),
        ("Mistral says it trained the model on 4,096 H100 GPUs for about 30 days.", "30 days", 30),
        ("The model was trained on 15T tokens using 16,000 H100s over 54 days.", "54 days", 54),
        ("ByteDance's new software, HeteroScale, manages clusters of over 10,000 graphics processing units.",
         "10,000", 10000),
        ("Meta plans to have 600,000 H100 equivalents by the end of the year.", "600,000", 600000),
    ),
    must_not=(
        "Microsoft plans to build eight datacenters around the world",
        "training across 32 islands of compute",
        "A hardware novice uses Claude to build a nuclear fusor in 36 hours",
        "It produces a 15-day forecast in 8 minutes on a single TPU v5 chip.",
        "NVIDIA’s H100 is the chip everyone wants",
        "the experiments here test on a Gaudi 1 chip (released in 2019)",
        "The company delivered the chips in 5 days to its customers.",
        "The team spent 3 flopsy afternoons and 5 hourglass turns waiting for GPUs.",
    ),
)
