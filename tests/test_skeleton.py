"""The skeleton of a text, which claim ids and `diff` rest on, read the same as it always has: the
fast path (quotes and dashes replaced where present, words masked where number_starts' quick
look finds one, spaces collapsed by str.split or only stripped, a claim's sentence read once
with a cut in place of its number) against the patterns it stands for, on the seeds' sentences
and on generated text."""

from __future__ import annotations

import random
import sys

import regex

from conftest import mangle

from importai_claims.skeleton import (
    _DIGITS, _WORD, CUT, DIGITS, MARK, NOT_BACKSLASH_S, NUMBER_RUN, SPACE, _mask_words, _skeleton, marked, skeleton,
)
from importai_claims.vocab import NUMBER_WORDS, SCALE_WORDS

# What the skeleton masks, as first written: one pattern of both ways.
NUMBER = regex.compile(f"{_DIGITS} | {_WORD}", regex.VERBOSE | regex.IGNORECASE)
EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
# The typographic characters made plain, as first written.
TABLE = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "‐": "-", "‑": "-"})


def by_the_patterns(text: str) -> str:
    """The skeleton as first written: a translate table, then \\s+ made one space and stripped."""
    return SPACE.sub(" ", NUMBER_RUN.sub("#", NUMBER.sub("#", text.translate(TABLE)))).strip()


def test_str_split_splits_at_backslash_s_and_at_not_backslash_s_alone():
    split_at = {c for c in EVERY_CHARACTER if c.isspace()}
    assert split_at - set(regex.findall(r"\s", EVERY_CHARACTER)) == set(NOT_BACKSLASH_S)


def test_no_character_str_split_splits_at_is_printable_but_the_space():
    """_skeleton only strips a printable text without two spaces in a row: nothing in it to collapse."""
    assert {c for c in EVERY_CHARACTER if c.isspace() and c.isprintable()} == {" "}


def test_the_skeleton_of_every_seed_sentence_and_of_its_pieces(seed_texts):
    for text in seed_texts.values():
        for line in text.splitlines():
            for cut in range(0, len(line), 37):
                assert _skeleton(line[:cut]) == by_the_patterns(line[:cut])
                assert _skeleton(line[cut:]) == by_the_patterns(line[cut:])


def test_the_skeleton_of_generated_text():
    """Every number and scale word, in every case and with the letters IGNORECASE reads as ASCII
    ("ſix", "İ", the Kelvin sign), after and before characters of every kind: the quick look for
    words (number_starts') finds every place the words' way of NUMBER masks a word at."""
    rng = random.Random(0)
    words = [*NUMBER_WORDS, *SCALE_WORDS, "often", "someone", "5", "2,000", "360 000", "1.5", "GPT-4", "x", "_", "é"]
    marks = ["-", "—", "–", "‑", "‐", "’s", "‘", "“", "”", "„", "‛", ",", "", "", " ", "  ", "\t", "\n", "\u00a0",
             "\u2009", "\u3000", "\x1c", "\x1f", "\x85", "9", "_", "é", "ı"]


    texts = ["".join(rng.choice(marks) + mangle(rng.choice(words), rng) for _ in range(rng.randint(0, 6))) + rng.choice(marks)
             for _ in range(50_000)]
    assert sum(bool(NUMBER.search(t)) and not DIGITS.search(t) for t in texts) > 10_000  # words reach the mask
    assert [t for t in texts if DIGITS.sub("#", _mask_words(t)) != NUMBER.sub("#", t)] == []
    assert [t for t in texts if _skeleton(t) != by_the_patterns(t)] == []


def test_marked_is_the_skeletons_of_the_pieces_around_the_number():
    """marked reads the sentence once, with CUT in place of the number: the same as the skeletons
    of the pieces before and after, cut anywhere, a word or a run of numbers or spaces included,
    and with CUT or the mark already in the text."""
    rng = random.Random(1)
    words = ["seven", "billion", "sixty", "one", "5", "2,000", "360 000", "1.5", "#", "x", "é", MARK, CUT, CUT * 2]
    marks = ["-", "—", "’", "“", "", " ", "  ", "\t", "\n", "\u00a0", "\x1c", "\x1f", "9", "_", "⟨", "⟩", CUT]
    cases = 0
    for _ in range(1_000):
        sentence = "".join(rng.choice(marks) + mangle(rng.choice(words), rng) for _ in range(rng.randint(0, 5)))
        sentence += rng.choice(marks)
        for start in range(len(sentence) + 1):
            for end in range(start, min(start + 4, len(sentence)) + 1):
                cases += 1
                assert marked(sentence, start, end) == _skeleton(sentence[:start]) + MARK + _skeleton(sentence[end:])
    assert cases > 25_000


def test_marked_masks_every_number_and_marks_the_claims():
    assert marked("It gets 60% and GPT gets 70%.", 25, 28) == "It gets #% and GPT gets⟨⟩."
    sentence = "“Seven billion” – fast\x1c 2,000 times faster"
    start = sentence.index("2,000")
    assert marked(sentence, start, start + len("2,000 times")) == '"#" - fast⟨⟩faster'
    assert skeleton("WaferLLM delivers 606× faster and 22× more\n energy-efficient GEMV") == \
        "WaferLLM delivers #× faster and #× more energy-efficient GEMV"
