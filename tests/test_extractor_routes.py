"""The registry sends a number only to the extractors whose gate lets it through (extractors/__init__.py).

A gate must let through every number its extractor's `find` takes, or a later extractor may claim
the number instead. These tests make texts of each extractor's own pattern words (in every case,
with odd letters, spaces and signs between), numbers of every shape among them, and check that
every number `find` takes passes its gate; and that every key a gate names is the key of some
number `find` takes, so that the texts do reach it (a key dropped from a gate fails here).
"""

from __future__ import annotations

import random

import pytest
import regex
from test_extractor_prechecks import _words as _whole_words

from importai_claims.extractors import (
    EXTRACTORS, base, benchmark_score, compute, context_length, dataset_size, money, parameter_count, route, speedup,
)
from importai_claims.extractors.base import before, tail_key
from importai_claims.numbers import find_quantities

NUMBERS = ["7", "8", "12", "100", "2024", "4428", "2,000", "16,384", "360 000", "3e25", "1.2 x 10^25", "0.5", "87.4",
           "99.9", "7B", "80bn", "1.5b", "10k", "2tn", "8K", "128k", "1M", "80m", "405bn", "100B", "10—100", "1-2",
           "35 million", "9 trillion", "one", "nine", "twenty-five", "one billion", "$80bn", "£10m", "€3", "$1,204.50"]
# What may stand between words, or right after a number: spaces of every kind, dashes, signs, glue
# that a word may run on with (a digit, "_", a combining mark, an odd letter).
GAPS = [" "] * 40 + ["", "", "-", "-", "  ", " - ", "\u00a0", "\u2009", "\x1c", "\n", "\t", ",", ", ", ".", ". ", ")", " (",
                     ":", "%", "% ", "×", "/", "+", "’", "”", "_", "'", ";", "5", "\u0301", "ſ", "İ"]
ODD = {"s": "ſ", "k": "\u212a", "i": "İ"}
# Each extractor with the patterns that read what follows its numbers, and those that read its heads.
PATTERNS = {
    speedup.EXTRACTOR: ([speedup.SIGN, speedup.GAIN_AFTER, speedup.NOT_A_GAIN],
                        [speedup.GAIN_BEFORE, speedup.SPEED_SENTENCE, speedup.UP_TO_IN_CLAUSE]),
    benchmark_score.EXTRACTOR: ([benchmark_score.PERCENT, benchmark_score.POINTS_AFTER, benchmark_score.SCORE_AFTER,
                                 benchmark_score.SHARE_AFTER, benchmark_score.ELO_AFTER],
                                [benchmark_score.SCORE_BEFORE, benchmark_score.ELO, benchmark_score.BALANCE,
                                 benchmark_score.EARLIER_SCORE, benchmark_score.EARLIER_POINTS]),
    money.EXTRACTOR: ([money.CURRENCY_AFTER, money.PER, money.PER_ADJECTIVE], [base.BOUND_BEFORE]),
    parameter_count.EXTRACTOR: ([parameter_count.PARAMETERS, parameter_count.ACTIVATED, parameter_count.AFTER_BARE_SIZE,
                                 base.LIST_JOINT], [base.BOUND_BEFORE]),
    context_length.EXTRACTOR: ([context_length.CONTEXT_AFTER, context_length.TOKENS], [context_length.CONTEXT_BEFORE]),
    compute.EXTRACTOR: ([compute.HARDWARE, compute.MACHINES, compute.TIMES_HARDWARE, compute.FLOPS, compute.DURATION,
                         compute.DURATION_ALONE], [compute.HARDWARE_BEFORE]),
    dataset_size.EXTRACTOR: ([dataset_size.DATA_SPAN, dataset_size.DATA_UNIT, dataset_size.COUNTED_NOUN],
                             [dataset_size.UNIT_BEFORE, dataset_size.DATASET_BEFORE]),
}
OTHERS = ["x", "%", "per cent", "US", "5", "2.5", "of the", "and", "or", "-", "H100", "GPQA", "/10B", ", 8B"]
HEADS = ["Elo of", "rating of", "balance of", "context length of", "benchmark of", "of", "the"]
MODELS = ["H100", "H100s", "A100", "GB200", "MI300X", "V100s", "8-GPU", "TPU v5", "MMLU", "GPQA", "Llama"]
# Every key each gate names: each must be the key of some number the texts give `find` to take.
KEYS = {
    speedup.EXTRACTOR: speedup.SIGN_KEYS,
    benchmark_score.EXTRACTOR: benchmark_score.SCORE_KEYS,
    money.EXTRACTOR: money.CURRENCY_KEYS,
    parameter_count.EXTRACTOR: parameter_count.PARAMETER_KEYS,
    context_length.EXTRACTOR: context_length.CONTEXT_KEYS,
    dataset_size.EXTRACTOR: dataset_size.DATA_SPAN_KEYS,
}


def _words(*patterns: regex.Pattern) -> list[str]:
    """The words of the patterns, and each without a last letter it makes optional ("parameters?")."""
    stems = regex.findall(r"(?<![\\\w])([A-Za-z]+)[A-Za-z]\?", "".join(p.pattern for p in patterns))
    return sorted(set(_whole_words(*patterns) + stems))


def _texts(extractor, count: int, seed: int) -> list[str]:
    """Heads of words of the extractor's head patterns, a number, and tails of words of each of its
    tail patterns in turn (as its patterns read them: "5-fold faster"), or of all of them."""
    rng = random.Random(seed)
    tails, heads = PATTERNS[extractor]
    runs = [_words(pattern) + OTHERS for pattern in tails]
    tail_words, head_words = _words(*tails) + MODELS + OTHERS, _words(*heads) + HEADS

    def mangle(word: str) -> str:
        r = rng.random()
        if r < 0.1:
            return word.upper()
        if r < 0.25:
            return word.capitalize()
        if r < 0.32:
            return "".join(ODD.get(c, c) if rng.random() < 0.5 else c for c in word)
        return word

    def run(words: list[str], most: int) -> str:
        return "".join(mangle(rng.choice(words)) + rng.choice(GAPS) for _ in range(rng.randint(0, most)))

    def tail() -> str:
        if rng.random() < 0.3:
            return run(tail_words, 4)
        return "".join(run(words, 2) for words in (runs if rng.random() < 0.7 else rng.sample(runs, len(runs))))

    return [run(head_words, 4) + rng.choice(NUMBERS) + rng.choice(GAPS) + tail() for _ in range(count)]


def _taken(extractor, texts):
    """(key, gate of the key, quantity, text, head) of every number `find` takes in the texts."""
    for text in texts:
        for q in find_quantities(text):
            head = before(text, q)
            if extractor.find(q, text, head) is not None:
                yield q, text, head


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.kind.value)
def test_gate_lets_through_every_number_find_takes(extractor):
    texts = _texts(extractor, 30_000, seed=len(extractor.kind.value))
    keys, passed = set(), []
    for q, text, head in _taken(extractor, texts):
        key = tail_key(text, q.end)
        gate = extractor.gate(key) if key else True  # "" goes to every extractor
        passed.append(extractor.takes_currency if q.currency else gate is True or gate is not False and gate(q, text, head))
        keys.add(key)
        assert passed[-1], (text, q)
    assert len(passed) >= 300
    assert KEYS.get(extractor, frozenset()) <= keys  # the texts reach every key the gate names


def test_compute_gate_lets_through_the_words_its_other_patterns_open_with():
    """Every opening compute lets through without may_name_hardware is the start of a key it took."""
    texts = _texts(compute.EXTRACTOR, 30_000, seed=1)
    keys = {tail_key(text, q.end) for q, text, head in _taken(compute.EXTRACTOR, texts)}
    assert [o for o in compute.OTHER_OPENINGS if not any(key.startswith(o) for key in keys)] == []


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
