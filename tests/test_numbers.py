"""Number expressions and their values, from real Import AI sentences."""

from __future__ import annotations

import random
import string
from decimal import Decimal

import pytest

from importai_claims import extract

from conftest import mangle
from importai_claims.numbers import (BETWEEN_AND, BETWEEN_BEFORE, HIGH_END, LOW_END, PLAIN_NUMBER, QUANTITY, UnknownDigit, _plain_quantity,
                                     _quantity, after_between, find_quantities, parse_number, scale_value)
from importai_claims.vocab import NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS

# (sentence, the quantity's text, value, value_max, currency)
DEV = [
    ("Microsoft plans to spend $80bn on AI buildout in 2025:", "$80bn", 8e10, None, "USD"),
    ("SYNTHETIC-1 contains 777k math problems", "777k", 777000, None, None),
    ("S1, a 80m parameter transformer", "80m", 8e7, None, None),
    ("up to 150 densely interacting traffic participants 360 000 times faster", "360 000", 360000, None, None),
    ("Evo2 was trained on 2,000 H100 GPUs", "2,000", 2000, None, None),
    ("with speedups as high as 10—100x faster", "10—100", 10, 100, None),
    ("students and teachers ranging from 143M to 12.6B parameters", "143M to 12.6B", 1.43e8, 1.26e10, None),
    ("the ITER fusion reactor will cost between $40bn and $70bn once developed", "$40bn and $70bn", 4e10, 7e10, "USD"),
    ("“Grants will typically range in size between $100,000 and $5 million.”", "$100,000 and $5 million", 1e5, 5e6, "USD"),
    ("a midtraining stage which extended it to 16 thousand", "16 thousand", 16000, None, None),
    ("A full training run simulates over one trillion state transitions", "one trillion", 1e12, None, None),
    ("Dolma-style model at the one billion parameter scale", "one billion", 1e9, None, None),
    ("they spent half a million dollars", "half a million", 5e5, None, None),
    ("between 10^24 and 10^25 flops of compute", "10^24 and 10^25", 1e24, 1e25, None),
    ("around 3e25 FLOPs", "3e25", 3e25, None, None),
    ("costs $1-2 per hour", "$1-2", 1, 2, "USD"),
    ("the UK announced £10m for safety", "£10m", 1e7, None, "GBP"),
]
# Numbers inside names are not quantities at all.
INSIDE_NAMES = [
    "DeepSeek R-1 and o1-preview",
    "Qwen2.5-32B-Instruct",
    "GPT-4o and Claude-3",
    "Llama-3.1",
]


@pytest.mark.parametrize("sentence,text,value,value_max,currency", DEV, ids=[d[1] for d in DEV])
def test_quantity(sentence, text, value, value_max, currency):
    found = {q.text: q for q in find_quantities(sentence)}
    assert text in found, list(found)
    q = found[text]
    assert q.value == pytest.approx(value)
    assert q.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert q.currency == currency


@pytest.mark.parametrize("sentence", INSIDE_NAMES)
def test_numbers_inside_names_are_skipped(sentence):
    assert [q.text for q in find_quantities(sentence)] == []


@pytest.mark.parametrize("text,value", [("2,788.5", 2788.5), ("twenty-five", 25), ("seven", 7), ("1.2 x 10^25", 1.2e25),
                                        (".5", 0.5), ("a", 1), ("two hundred", 200)])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,value", [("6.0 × 10^23", 6e23), ("Mistral 7B used 6.0 × 10^23 FLOP", 6e23),
                                        ("2.15 x 10^24", 2.15e24), ("7.3×10^-3", 0.0073), ("10^25", 1e25)])
def test_powers_of_ten_are_read_as_written(text, value):
    """Exactly the float of the decimal written: 6.0 * 1e23 would be 5.9999999999999995e+23."""
    assert [q.value for q in find_quantities(text) if "^" in q.text] == [value]


def test_a_descending_dash_is_not_a_range():
    q = next(find_quantities("the team won 3-1 in the final"))
    assert (q.text, q.value, q.value_max) == ("3", 3, None)


def test_groups_are_read_in_order():
    """_quantity reads a match's groups by position: low end, then high end, each (sign, number,
    suffix, scale)."""
    assert tuple(QUANTITY.groupindex) == LOW_END + HIGH_END
    assert tuple(BETWEEN_AND.groupindex) == HIGH_END


@pytest.mark.parametrize("odd, plain", [
    ("They raised 5 thouſand dollarſ.", "They raised 5 thousand dollars."),
    ("The cluster delivers 3 gİgaflops and runs 5x faſter than before.",
     "The cluster delivers 3 gigaflops and runs 5x faster than before."),
    ("It costs $2 daİly and was trained on nİne bİllİon tokens.", "It costs $2 daily and was trained on nine billion tokens."),
])
def test_letters_ignorecase_reads_as_ascii_give_the_claims_of_the_plain_words(odd, plain):
    """regex's IGNORECASE matches "ſ", "İ" and the Kelvin sign to s, i and k; each word they
    spell is looked up as the plain word (a KeyError once made the whole file fail)."""
    def claims(sentence: str) -> list:
        text = f"Import AI 1: x\n\nA story:\n…a subtitle\n{sentence}\n"
        return [(c.kind, c.value, c.value_max, c.unit, c.per, c.metric) for c in extract(text)]
    assert claims(odd) == claims(plain) and claims(plain)


# PLAIN_NUMBER reads the commonest numbers without QUANTITY. Texts of one character, a number in
# digits or words, and then QUANTITY's own scale words, suffixes, separators, signs and ranges,
# words after a space in every case and with the letters IGNORECASE folds, every ASCII character
# and odd spaces and letters, check that wherever it takes a number, _quantity makes of QUANTITY's
# match there the same Quantity (taking a number before " to ", "x 10^3", a scale word, a second
# number word or a line break and a dash fails here).
def test_plain_numbers_are_what_quantity_reads():
    rng = random.Random(0)
    odd = ["“", "‘", "”", "’", "é", "ı", "İ", "ſ", "\u212a", "\u0301", "\u200d", "‿", "٣", "\u00a0", "\u2009", "\u202f",
           "\x1c", "\x1f", "—", "–", "×", "…"]
    befores = ["", *string.printable, *odd, "a-", "5-", "(-", "x^", "between ", "Between\n"]
    numbers = ["5", "10", "360", "2024", "2.5", "1,000", "12,345.6", "1,0000", "0.75", *NUMBER_WORDS,
               *(w.capitalize() for w in NUMBER_WORDS), "ONE", "oNe", "ſix", "fİve"]
    words = [*SCALE_WORDS, *NUMBER_WORDS, *SCALE_SUFFIXES, "to", "x", "and", "tokens", "times", "hours", "of", "models", "millions",
             "hundredfold", "twentyfold", "GPUs", "H100", "a", "é", "İ"]
    pieces = [*string.printable, *odd, *SCALE_SUFFIXES, *(s.upper() for s in SCALE_SUFFIXES), "\u212a", "\u212an",
              "-billion", "\u00a0hundred", " to 6", " to six", " to $5", " 000", "\u00a0000", ",000", ".5", "e5", "E+5",
              "-6", "–6", "—6", " - 6", " — 6", "\n-6", "\n–6", "\n5", "x 10^3", " x 10^3", "x10^3", "X 10^3", "×10^3", "*10^3",
              "^3", "+", ". ", ", ", "\n"]
    taken = 0
    for _ in range(200_000):
        before = rng.choice(befores) if rng.random() < 0.5 else " "
        text = before + rng.choice(numbers)
        for _ in range(rng.randint(0, 3)):
            text += rng.choice(pieces) if rng.random() < 0.6 else " " + mangle(rng.choice(words), rng)
        start, end = len(before), len(text)
        if (plain := PLAIN_NUMBER.match(text, start)) and not after_between(text, start):
            taken += 1
            m = QUANTITY.match(text, start)
            assert m and _plain_quantity(plain) == _quantity(text, m, end), text
    assert taken > 40_000


# after_between tries BETWEEN_BEFORE only when "between" shows in the 12 characters it looks at.
def test_after_between_is_between_before():
    rng = random.Random(1)
    words = ["between", "Between", "BETWEEN", "BeTwEeN", "betwee", "etween", "abetween", "x", "5", "and"]
    spaces = [" ", "  ", "     ", "      ", "\n", "\t", "\u00a0", "\u2009", "\x1c", ""]
    found = 0
    for _ in range(100_000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 3))) + "5"
        start = len(text) - 1
        expected = BETWEEN_BEFORE.search(text, max(0, start - 12), start) is not None
        found += expected
        assert after_between(text, start) == expected, text
    assert found > 10_000


@pytest.mark.parametrize("word", sorted(NUMBER_WORDS))
def test_every_number_word_in_every_case_is_its_value(word):
    for written in (word, word.upper(), word.capitalize(), word.replace("s", "ſ").replace("i", "İ")):
        assert parse_number(written) == NUMBER_WORDS[word], written
    assert parse_number(f"{word}-one") == NUMBER_WORDS[word] + 1


# scale_value multiplies a whole number in binary and any other in decimal. Whole numbers of every
# size (those around 2**53 over the factor too, and below zero), decimals and zero times every
# scale factor check that the product is the decimal one (multiplying a fraction, or a product
# past 2**53, in binary fails here).
def test_scale_value_is_the_product_in_decimal():
    rng = random.Random(2)
    factors = [*SCALE_SUFFIXES.values(), *(a * b for a in SCALE_WORDS.values() for b in SCALE_WORDS.values())]
    for _ in range(100_000):
        factor = rng.choice(factors)
        value = rng.choice([float(rng.randint(0, 10 ** rng.randint(0, 19))), float(int(2**53 / factor) + rng.randint(-2, 2)),
                            -float(rng.randint(0, 10 ** rng.randint(0, 19))), round(rng.uniform(0, 1000), rng.randint(1, 4)), 0.0])
        assert scale_value(value, factor) == float(Decimal(repr(value)) * Decimal(repr(factor))), (value, factor)


# `regex`'s \d follows a newer Unicode than Python 3.11's, which cannot read a Garay digit
# (U+10D41): such a number is no quantity, where it used to end the whole file with KeyError.
@pytest.mark.parametrize("sentence", [
    "The model has \U00010d41 billion parameters and 7B active",
    "It costs $\U00010d41\U00010d42 and 7B",
    "1\U00010d41 GPUs, then 7B",
])
def test_a_number_in_digits_python_cannot_read_is_no_quantity(sentence):
    assert [q.text for q in find_quantities(sentence)] == ["7B"]


@pytest.mark.parametrize("number", ["\U00010d41", "1\U00010d41", "\U00010d41,000", "1.2 x 10^\U00010d41"])
def test_parse_number_names_a_digit_python_cannot_read(number):
    with pytest.raises(UnknownDigit):
        parse_number(number)


def test_unknown_digits_leave_the_claims_of_an_issue():
    text = ("Import AI 999: A test issue\n\nA story about numbers:\n\u2026A subtitle\u2026\n"
            "The model has \U00010d41 billion parameters. Llama has 70 billion parameters.\n")
    assert [(c.kind, c.value) for c in extract(text)] == [("parameter_count", 70e9)]


@pytest.mark.parametrize("sentence, quantities", [
    ("DeepSeek charges RMB 2 per million tokens", [("RMB 2", "CNY")]),
    ("(RMB 5)", [("RMB 5", "CNY")]),
    ("the xRMB 5 model", [("5", None)]),  # a sign that is a word opens no number inside a word
    ("the éRMB 5 model", [("5", None)]),
])
def test_a_currency_word_opens_a_number_only_as_a_word(sentence, quantities):
    assert [(q.text, q.currency) for q in find_quantities(sentence)] == quantities
