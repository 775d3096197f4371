"""The registry sends a number only to the extractors whose gate lets it through (extractors/__init__.py).

A gate must let through every number its extractor's `find` takes, or a later extractor may claim
the number instead. These tests make texts of each extractor's own pattern words (in every case,
with odd letters, spaces and signs between), numbers of every shape among them, and check that
every number `find` takes passes its gate; and keep a table of sentences, one for every key a gate
names and every check it gives, whose number only that lets through, so that a key dropped from a
gate, or a check that holds for fewer numbers, fails.
"""

from __future__ import annotations

import random

import pytest
import regex
from conftest import mangle
from test_extractor_prechecks import _words as _whole_words

from importai_claims.extractors import (
    EXTRACTORS, base, benchmark_score, compute, context_length, dataset_size, money, parameter_count, route, speedup,
)
from importai_claims.extractors.base import before, tail_key
from importai_claims.numbers import find_quantities
from importai_claims.vocab import CURRENCY_WORDS

NUMBERS = ["7", "8", "12", "100", "2024", "4428", "2,000", "16,384", "360 000", "3e25", "1.2 x 10^25", "0.5", "87.4",
           "99.9", "7B", "80bn", "1.5b", "10k", "2tn", "8K", "128k", "1M", "80m", "405bn", "100B", "10—100", "1-2",
           "35 million", "9 trillion", "one", "nine", "twenty-five", "one billion", "$80bn", "£10m", "€3", "$1,204.50"]
# What may stand between words, or right after a number: spaces of every kind, dashes, signs, glue
# that a word may run on with (a digit, "_", a combining mark, an odd letter).
GAPS = [" "] * 50 + ["", "", "-", "-", "  ", " -", "--", " - ", " .", " '", " _", "~", " ~", "\u00a0", "\u2009", "\x1c", "\n",
                     "\t", ",", ", ", ".", ". ", ")", " (", ":", "%", "% ", "×", "/", "+", "’", "”", "_", "'", ";", "5",
                     "\u0301", "ſ", "İ"]
# Each extractor with the patterns that read what follows its numbers, and those that read its heads.
PATTERNS = {
    speedup.EXTRACTOR: ([speedup.SIGN, speedup.GAIN_AFTER, speedup.NOT_A_GAIN],
                        [speedup.GAIN_BEFORE, speedup.SPEED_SENTENCE, speedup.UP_TO_IN_CLAUSE]),
    benchmark_score.EXTRACTOR: ([benchmark_score.PERCENT, benchmark_score.POINTS_AFTER, benchmark_score.SCORE_AFTER,
                                 benchmark_score.SHARE_AFTER, benchmark_score.ELO_AFTER],
                                [benchmark_score.SCORE_BEFORE, benchmark_score.ELO, benchmark_score.BALANCE,
                                 benchmark_score.EARLIER_SCORE, benchmark_score.EARLIER_POINTS,
                                 benchmark_score.SCORE_OF, benchmark_score.SCORE_FROM_TO]),
    money.EXTRACTOR: ([money.CURRENCY_AFTER, money.PER, money.PER_ADJECTIVE], [base.BOUND_BEFORE]),
    parameter_count.EXTRACTOR: ([parameter_count.PARAMETERS, parameter_count.ACTIVATED, parameter_count.AFTER_BARE_SIZE,
                                 base.LIST_JOINT], [base.BOUND_BEFORE]),
    context_length.EXTRACTOR: ([context_length.CONTEXT_AFTER, context_length.TOKENS], [context_length.CONTEXT_BEFORE]),
    compute.EXTRACTOR: ([compute.HARDWARE, compute.MACHINES, compute.TIMES_HARDWARE, compute.FLOPS, compute.DURATION,
                         compute.DURATION_ALONE], [compute.HARDWARE_BEFORE]),
    dataset_size.EXTRACTOR: ([dataset_size.DATA_SPAN, dataset_size.DATA_UNIT, dataset_size.COUNTED_NOUN],
                             [dataset_size.UNIT_BEFORE, dataset_size.DATASET_BEFORE]),
}
# Words and phrases of the patterns that their single words seldom make by chance.
TAILS = ["x", "%", "per cent", "US", "5", "2.5", "of the", "and", "or", "H100", "GPQA", "MMLU", "/10B", ", 8B", "8-GPU",
         "TPU v5", "GB200", "MI300X", "V100s", "driven", "of audio", "of driving experience", "parameters",
         "points on MMLU", "on GPQA", "70B parameters", "8 parameters", "faster", "tokens", "samples"]
HEADS = ["Elo of", "Elo rating of ~", "balance of", "scores", "context length of", "sequence length of",
         "maximum length of", "context window to", "dataset contains", "number of samples to", "59k samples to",
         "cuts the total number of samples down to around", "GPUs for about", "speedups of", "outperforms vLLM by",
         "up to", "of", "the"]
LINES = ["• MMLU: DeepSeek R1: ", "AIME 2024: Kimi k1.5 ", "    • MMLU: DeepSeek R1: 90.8. Kimi k1.5: "]  # SCORE_LINE
# Every key each gate names, "0" for every digit: each must be what lets through a number of NEEDED.
DIGITS_AS_0 = str.maketrans("123456789", "000000000")
KEYS = {extractor: {key.translate(DIGITS_AS_0) for key in keys} for extractor, keys in [
    (speedup.EXTRACTOR, speedup.SIGN_KEYS),
    (benchmark_score.EXTRACTOR, benchmark_score.SCORE_KEYS | benchmark_score.SCORE_END_KEYS),
    (money.EXTRACTOR, money.CURRENCY_KEYS),
    (parameter_count.EXTRACTOR, parameter_count.PARAMETER_KEYS),
    (context_length.EXTRACTOR, context_length.CONTEXT_KEYS),
    (compute.EXTRACTOR, compute.HARDWARE_SIGNS),
    (dataset_size.EXTRACTOR, dataset_size.DATA_SPAN_KEYS | dataset_size.WORD_SIGNS),
]}
SIGNS = [chr(c) for c in range(0x21, 0x7f) if not chr(c).isalpha()]  # every sign a key may be
NO_WORD, NO_SIGN = "zzzz", "#"  # a word and a sign no gate names


def _words(*patterns: regex.Pattern) -> list[str]:
    """The words of the patterns, and each without a last letter it makes optional ("parameters?")."""
    text = "".join(p.pattern for p in patterns)
    stems = regex.findall(r"(?<![\\\w])([A-Za-z]+)[A-Za-z]\?", text)
    return sorted(set(_whole_words(*patterns) + stems + regex.findall(r"(?<![\\\w])[A-Za-z]+(?:-[A-Za-z]+)+", text)))


def _texts(extractor, count: int, seed: int) -> list[str]:
    """Heads of words of the extractor's head patterns, a number, and tails of words of each of its
    tail patterns in turn (as its patterns read them: "5-fold faster"), or of all of them; half of
    them open with each word of its tail patterns, and each sign, in turn."""
    rng = random.Random(seed)
    tails, heads = PATTERNS[extractor]
    runs = [_words(pattern) + NUMBERS[:8] for pattern in tails]
    tail_words, head_words = _words(*tails) + TAILS, _words(*heads) + HEADS * 3
    openings = tail_words + SIGNS


    def run(words: list[str], most: int) -> str:
        return "".join(mangle(rng.choice(words), rng, (0.1, 0.25, 0.32)) + rng.choice(GAPS) for _ in range(rng.randint(0, most)))

    def tail(i: int) -> str:
        opening = mangle(openings[i % len(openings)], rng, (0.1, 0.25, 0.32)) + rng.choice(GAPS) if i % 2 else ""
        if rng.random() < 0.3:
            return opening + run(tail_words, 4)
        return opening + "".join(run(words, 2) for words in (runs if rng.random() < 0.7 else rng.sample(runs, len(runs))))

    def head() -> str:
        return (rng.choice(LINES) if rng.random() < 0.1 else "") + run(head_words, 4)

    return [head() + rng.choice(NUMBERS) + rng.choice(GAPS) + tail(i) for i in range(count)]


def _lets_through(gate: bool | base.Check, q, text, head) -> bool:
    return gate is True or gate is not False and gate(q, text, head)


def _taken(extractor, texts):
    """(quantity, text, head, key) of every number `find` takes in the texts."""
    for text in texts:
        for q in find_quantities(text):
            head = before(text, q)
            if extractor.find(q, text, head) is not None:
                yield q, text, head, tail_key(text, q.end)


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.kind.value)
def test_gate_lets_through_every_number_find_takes(extractor):
    texts = _texts(extractor, 25_000, seed=len(extractor.kind.value))
    taken = [t for t in _taken(extractor, texts) if not t[0].currency]
    assert len(taken) >= 200
    assert [(text, q) for q, text, head, key in taken if key and not _lets_through(extractor.gate(key), q, text, head)] == []


def test_currency_goes_to_the_extractors_that_take_it():
    for extractor in EXTRACTORS:
        texts = _texts(extractor, 5_000, seed=2)
        assert extractor.takes_currency == any(q.currency for q, _, _, _ in _taken(extractor, texts))


# For every key a gate names and every check it gives, a sentence whose number (the first with this
# text) only that lets through: (extractor, sentence, number, key). A key dropped from a gate, or a
# check that holds for fewer numbers (a letter, a word, a character of its window less), fails here.
NEEDED = [
    (speedup.EXTRACTOR, "iteration #1 yields a 2.7x speedup", "2.7", "x"),
    (speedup.EXTRACTOR, "360 000 times faster than real time", "360 000", "times"),
    (speedup.EXTRACTOR, "a 10-fold speedup on GPUs", "10", "fold"),
    (speedup.EXTRACTOR, "The new kernel is 30% faster than the baseline.", "30", "%"),
    (speedup.EXTRACTOR, "The new kernel is 30 percent faster than the baseline.", "30", "percent"),
    (speedup.EXTRACTOR, "The new kernel is 30 per cent faster than the baseline.", "30", "per"),
    (benchmark_score.EXTRACTOR, "Claude 3.5 Sonnet gets 26.23% on it", "26.23", "%"),
    (benchmark_score.EXTRACTOR, "the model gets 90 percent on MMLU", "90", "percent"),
    (benchmark_score.EXTRACTOR, "the model gets 90 per cent on MMLU", "90", "per"),
    (benchmark_score.EXTRACTOR, "The model reaches 2029 Elo on Codeforces", "2029", "elo"),
    (benchmark_score.EXTRACTOR, "DeepSeek R1 scores 71.5 on GPQA Diamond, just behind o1.", "71.5", "on"),
    (benchmark_score.EXTRACTOR, "DeepSeek R1 scores 71.5 points on GPQA Diamond", "71.5", "points"),
    (benchmark_score.EXTRACTOR, "    • MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4.", "90.8", "."),
    (benchmark_score.EXTRACTOR, "    • MMLU: DeepSeek R1: 90.8, Kimi k1.5: 87.4", "90.8", ","),
    (benchmark_score.EXTRACTOR, "    • MMLU: DeepSeek R1: 90.8; Kimi k1.5: 87.4", "90.8", ";"),
    (benchmark_score.EXTRACTOR, "    • MMLU: DeepSeek R1: 90.8) Kimi k1.5: 87.4", "90.8", ")"),
    (benchmark_score.EXTRACTOR, "The model reaches an Elo of 2029 for o3", "2029", "for"),  # _may_rate
    (benchmark_score.EXTRACTOR, "The model reaches an Elo rating of ~2029 for o3", "2029", "for"),
    (money.EXTRACTOR, "the startup raised 5 million US dollars", "5 million", "us"),
    *[(money.EXTRACTOR, f"the startup raised 5 million {word.upper()}", "5 million", word) for word in CURRENCY_WORDS],
    (parameter_count.EXTRACTOR, "a 700 param model", "700", "param"),
    (parameter_count.EXTRACTOR, "a 700 parameter model", "700", "parameter"),
    (parameter_count.EXTRACTOR, "it has 700 parameters", "700", "parameters"),
    (parameter_count.EXTRACTOR, "it has 700 params", "700", "params"),
    (parameter_count.EXTRACTOR, "it has 671 total parameters", "671", "total"),
    (parameter_count.EXTRACTOR, "it has 37 active parameters", "37", "active"),
    (parameter_count.EXTRACTOR, "it has 37 activated parameters", "37", "activated"),
    (parameter_count.EXTRACTOR, "it has 37 activation parameters", "37", "activation"),
    (parameter_count.EXTRACTOR, "it has 300 trainable parameters", "300", "trainable"),
    (parameter_count.EXTRACTOR, "it has 70 dense parameters", "70", "dense"),
    (parameter_count.EXTRACTOR, "it has 70 sparse parameters", "70", "sparse"),
    (parameter_count.EXTRACTOR, "it has 70 non-embedding parameters", "70", "non"),
    (parameter_count.EXTRACTOR, "it has 70 -parameters", "70", "-"),
    (parameter_count.EXTRACTOR, "models with 125, 350 parameters", "125", ","),
    (parameter_count.EXTRACTOR, "models with 125/350 parameters", "125", "/"),
    (parameter_count.EXTRACTOR, "models with 125 and 350 parameters", "125", "and"),
    (parameter_count.EXTRACTOR, "models with 125 or 350 parameters", "125", "or"),
    (parameter_count.EXTRACTOR, "models of 7 to ~8 parameters", "7", "to"),
    (parameter_count.EXTRACTOR, "The results are encouraging: The 8B model has a 60% win rate", "8B", "model"),
    (parameter_count.EXTRACTOR, "a 1.5b model", "1.5b", "model"),
    (parameter_count.EXTRACTOR, "compared to 405bn models", "405bn", "models"),
    (parameter_count.EXTRACTOR, "an 80M model", "80M", "model"),
    (context_length.EXTRACTOR, "an 8k token context", "8k", "token"),
    (context_length.EXTRACTOR, "The model supports 128k tokens of context and runs on one GPU.", "128k", "tokens"),
    (context_length.EXTRACTOR, "The models have an 8k context length, cover 23 languages", "8k", "context"),
    (context_length.EXTRACTOR, "The system supports 1M contexts of any kind", "1M", "contexts"),
    (context_length.EXTRACTOR, "The models have a 1024 sequence length", "1024", "sequence"),
    (context_length.EXTRACTOR, "The models have an 8k ctx", "8k", "ctx"),
    (context_length.EXTRACTOR, "The models have an 8k --context", "8k", "-"),
    (context_length.EXTRACTOR, "models trained with a sequence length of 1024.", "1024", "."),  # by its head
    (context_length.EXTRACTOR, "the context window for extraordinarily longwinded reasoning to 128k.", "128k", "."),
    (compute.EXTRACTOR, "trained on 2,000 - new GPUs", "2,000", "-"),
    (compute.EXTRACTOR, "trained on 2,000 .new GPUs", "2,000", "."),
    (compute.EXTRACTOR, "trained on 2,000 _new GPUs", "2,000", "_"),
    (compute.EXTRACTOR, "and completes in under 10 days one 8-GPU node", "one", "8"),
    (compute.EXTRACTOR, "Most significantly, Helix runs entirely onboard two embedded GPUs.", "two", "embedded"),
    (compute.EXTRACTOR, "a server with 8x H100", "8", "x"),
    (compute.EXTRACTOR, "3e25 FLOPs were used in the big run last year", "3e25", "flops"),
    (compute.EXTRACTOR, "2 zettaflops were used in the big run last year", "2", "zettaflops"),
    (compute.EXTRACTOR, "2.5 Exaflop/s were reached in the big run last year", "2.5", "exaflop"),
    (compute.EXTRACTOR, "20 petaflops were reached in the big run last year", "20", "petaflops"),
    (compute.EXTRACTOR, "20 teraflops were reached in the big run last year", "20", "teraflops"),
    (compute.EXTRACTOR, "20 gigaflops were reached in the big run last year", "20", "gigaflops"),
    (compute.EXTRACTOR, "7 hours of training were needed by the small team last year", "7", "hours"),
    (compute.EXTRACTOR, "7 hrs of training were needed by the small team last year", "7", "hrs"),
    (compute.EXTRACTOR, "30 days of training were needed by the small team last year", "30", "days"),
    (compute.EXTRACTOR, "3 weeks of training were needed by the small team last year", "3", "weeks"),
    (compute.EXTRACTOR, "3 months of training were needed by the small team last year", "3", "months"),
    (dataset_size.EXTRACTOR, "50 years of driving experience", "50", "years"),
    (dataset_size.EXTRACTOR, "20 hours of audio", "20", "hours"),
    (dataset_size.EXTRACTOR, "5 days of video", "5", "days"),
    (dataset_size.EXTRACTOR, "30 minutes of footage", "30", "minutes"),
    (dataset_size.EXTRACTOR, "80 km driven", "80", "km"),
    (dataset_size.EXTRACTOR, "60 kilometers driven", "60", "kilometers"),
    (dataset_size.EXTRACTOR, "60 kilometres driven", "60", "kilometres"),
    (dataset_size.EXTRACTOR, "90 miles driven", "90", "miles"),
    (dataset_size.EXTRACTOR, "with 1,000 - math problems", "1,000", "-"),
    (dataset_size.EXTRACTOR, "with 1,000 'math problems", "1,000", "'"),
    (dataset_size.EXTRACTOR, "with 1,000 _math problems", "1,000", "_"),
    (dataset_size.EXTRACTOR, "with 1,000 8-bit problems", "1,000", "8"),
    (dataset_size.EXTRACTOR, "SYNTHETIC-1 contains 777k math problems, 144k coding problems", "777k", "math"),
    (dataset_size.EXTRACTOR, "Filtering ~59k samples to ~1k: Key to the good performance", "1k", ":"),
]


def _other_gate(extractor, key: str) -> bool | base.Check:
    """The gate of a word (or sign) no gate names: what lets a number through but for its key."""
    return extractor.gate(NO_WORD if key.isalpha() else NO_SIGN)


@pytest.mark.parametrize("extractor, sentence, number, key", NEEDED, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_a_gate_lets_through_what_only_its_key_or_check_does(extractor, sentence, number, key):
    q = next(q for q in find_quantities(sentence) if q.text == number)
    head = before(sentence, q)
    assert extractor.find(q, sentence, head) is not None and tail_key(sentence, q.end) == key
    assert _lets_through(extractor.gate(key), q, sentence, head)
    if extractor.gate(key) is not _other_gate(extractor, key):  # its key, not the check of any other
        assert not _lets_through(_other_gate(extractor, key), q, sentence, head)


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.kind.value)
def test_every_key_and_check_of_a_gate_has_a_sentence(extractor):
    """Every key a gate names, every opening of compute's other patterns, and every check a gate
    gives, in NEEDED."""
    needed = [key for e, _, _, key in NEEDED if e is extractor]
    keys = {key.translate(DIGITS_AS_0) for key in needed if extractor.gate(key) is not _other_gate(extractor, key)}
    assert KEYS.get(extractor, set()) <= keys
    if extractor is compute.EXTRACTOR:
        assert [o for o in compute.OTHER_OPENINGS if not any(key.startswith(o) for key in keys)] == []
    checks = {extractor.gate(key) for key in [*SIGNS, NO_WORD, *(key for _, _, _, key in NEEDED)]} - {True, False}
    assert checks <= {extractor.gate(key) for key in needed}


def test_a_word_key_is_the_whole_word_as_regex_reads_it():
    """A word key is the first word after a number (behind one space or dash) as `regex` reads a
    word, lower-cased: no letter, digit, mark or odd letter goes on from it. A sign key is the
    character there."""
    rng = random.Random(3)
    pieces = ["of", "x", "Parameters", "GPUs", "e", "_", "5", "\u0301", "\u200d", "ſ", "İ", "\u212a", "ı", "’", "”", "-", " ",
              "\u00a0", "\x1c", ".", "%", "×", ")", "\n", "é"]
    seen = set()
    for _ in range(100_000):
        text = "5" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        key = tail_key(text, 1)
        if key.isalpha():
            word = regex.match(r"[ -]?(\w*)", text, pos=1).group(1)
            assert key.isascii() and word.lower() == key, text
        elif key:
            assert text[1 + (text[1] in " -")] == key and key.isprintable() and key.isascii() and not key.isspace(), text
        seen.add(key[:1].isalpha() or key)
    assert {True, "", ".", "%", ")", "_"} <= seen


def test_a_number_goes_to_the_extractors_in_order():
    names = {key: [find.__module__.rsplit(".", 1)[1] for find, _ in route(key)] for key in ("parameters", "of", "")}
    assert names["parameters"] == ["benchmark_score", "parameter_count", "context_length", "compute", "dataset_size"]
    assert names["of"] == ["benchmark_score", "parameter_count", "context_length", "dataset_size"]
    assert names[""] == [e.kind.value for e in EXTRACTORS]
