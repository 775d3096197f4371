"""The quick looks of entities.py hold wherever the patterns they stand in front of match."""

from __future__ import annotations

import random

import pytest
import regex

from conftest import mangle

from importai_claims import entities


# _opens_sentence tells most names by a look at the characters before them, without
# SENTENCE_OPENING: none of its marks there, or one of OPENING_ENDS just before. Texts made of the
# pattern's own marks, line breaks, spaces of every kind and letters check it at every place: a
# mark left out of OPENING_MARKS, a window one character shorter, a name at the text's very start
# turned down, or an ending in OPENING_ENDS that the pattern does not always match fails here.
def test_opens_sentence_is_the_search_for_a_sentence_opening():
    rng = random.Random(0)
    pieces = [*".!?:…•“\"(\n", " ", "  ", "\u00a0", "\t", "\r", "\x1c", "\x85", "\u2028", "\u2009",
              "a", "B", "”", "’", ")"]
    tried = opening = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            expected = bool(entities.SENTENCE_OPENING.search(text, max(0, pos - 3), pos))
            assert entities._opens_sentence(text, pos) == expected, (text, pos)
            tried, opening = tried + 1, opening + expected
    assert opening > 10_000 and tried - opening > 10_000


# _name_matches runs two scans, one that stops at capitals and one at digits, and joins them.
# NAME below is the one pattern of both that they stand for (as it was before the split); texts
# of its own words, digits, heads of every length, spaces and odd letters check that the two
# scans find its every match from any start, names that open with a digit covered or not.
NAME = regex.compile(
    r"""
    (?: (?<![\w’'-]) (?P<head>) [\p{Lu}][\w.&’'+-]*
      | (?<= (?<![\w’'-]) (?P<head>[\p{Ll}]+) ) \d[\w.-]*
      | (?<= (?<![\w’'-]) (?P<head>[\p{Ll}]{1,3}) ) [\p{Lu}][\w.-]* )
    (?: [\ \u00a0] (?: [\p{Lu}][\w.&’'+-]* | \d[\w.-]* | [\p{Ll}]+\d[\w.-]* | v\d[\w.]* ) )*
    """,
    regex.VERBOSE,
)


def test_name_matches_are_the_matches_of_one_pattern():
    rng = random.Random(3)
    words = ["o1", "o1-preview", "k1.5", "gpt4", "word2vec", "nuPlan", "abcdX", "OpenAI", "Claude", "3.5", "AT&T",
             "Google’s", "R1", "v2", "v2.1", "x", "abc", "A", "B1", "12", "a٣", "ǅ", "ǆ1", "ß2", "İ", "ı1", "ſ1",
             "\u212a2", "é1", "x-y2", "a.b1"]
    seps = [" ", " ", "\u00a0", "\u2009", "\n", "\x1c", "", "", "-", ".", "’", "'", "“", "(", ",", "—", "&", "+", "_"]
    assert entities.HEAD == entities.DIGIT_NAME.groupindex["head"]  # one index reads both scans' heads
    with_digit = 0
    for _ in range(40_000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 10)))
        start = 0 if rng.random() < 0.5 else rng.randint(0, len(text))
        end = len(text) if rng.random() < 0.5 else rng.randint(start, len(text))
        expected = [(m.start("head"), m.start(), m.end()) for m in NAME.finditer(text, start, end)]
        found = [(m.start(entities.HEAD), m.start(), m.end())
                 for m in entities._name_matches(text, start, end)]
        assert found == expected, (text, start, end)
        with_digit += any(text[s].isdigit() for _, s, _ in expected)
    assert with_digit > 5_000


# between takes the names that start from `start` to `end` and drops the last one if it ends after
# `end`: no name reaches past the next one's start. Stories of names of every shape, cut anywhere,
# give the names wholly inside the cut: testing only the last name fails here if names overlap.
def test_between_is_the_names_inside():
    rng = random.Random(8)
    words = ["OpenAI", "o1-preview", "Claude 3.5 Sonnet", "The", "Google’s", "AT&T", "nuPlan", "Evo2", "the",
             "GPT-4o", "ǅ", "\u212a2", "In", "Key:", "v2"]
    seps = [" ", " ", "\u00a0", "\n", ". ", "-", "’", "(", ",", "&", "_", ""]
    dropped = 0
    for _ in range(20_000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        names = entities.StoryNames(text, 0, len(text))
        for _ in range(5):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            inside = [n for n in names.names if start <= n.start and n.end <= end]
            assert names.between(start, end) == inside, (text, start, end)
            dropped += any(start <= n.start < end < n.end for n in names.names)
    assert dropped > 10_000


# _shortenings compares only names of four or more characters that share their first four.
@pytest.mark.parametrize("spellings, expected", [
    (["Open Phil", "Open Philanthropy"], {"openphil": "openphilanthropy"}),
    (["Google", "Google’s Gemma-2 9B"], {}),  # a shortening ends mid-word, not before "’"
    (["Evo", "Evolution"], {}),  # three characters say too little
    (["Deep", "DeepMind", "DeepSeek-V3"], {"deep": "deepseekv3"}),  # the longest key of those it shortens
    (["Deep", "DeepSeek", "DeepMind"], {"deep": "deepseek"}),  # of two as long, the first named
    (["Anthropic", "Claude", "OpenAI"], {}),
], ids=["open phil", "possessive", "three letters", "longest", "first of two", "none"])
def test_shortenings(spellings, expected):
    assert entities._shortenings({entities.name_key(s): s for s in spellings}) == expected


# _is_speaker tries SPEAKER_AFTER only where the word after the name, its "’s" and spaces, opens
# with the first three letters of one of the pattern's words (or is cut short by the window).
# Texts of the pattern's own words, in every case, after quotes, "s" and runs of spaces of every
# kind and length, check it at every place: a head left out of SPEAKER_HEADS, a mark left out of
# the first strip, or a word cut short taken for a whole one fails here.
def _pattern_words(pattern: regex.Pattern) -> list[str]:
    return sorted(set(regex.findall(r"(?<!\\)[a-z]+", pattern.pattern)) - {"s"})


def _spaces(rng: random.Random) -> str:
    return "".join(rng.choice(" \u00a0\t\n\u2009\u3000\x1c") for _ in range(rng.choice([0, 1, 1, 1, 2, 5, 12, 14, 16])))


def test_is_speaker_is_the_match():
    rng = random.Random(4)
    words = _pattern_words(entities.SPEAKER_AFTER) + ["the", "sees", "tests", "Says", "WROTE", "xsaid", "Apple"]
    words += [w + "s" for w in words] + [w + "ed" for w in words] + [w[:2] for w in words]
    openings = ["", "’", "'", "s", "’s", "'s", "s’", "ss", "’’", "x"]
    tried = found = 0
    for _ in range(100_000):
        text = "".join(rng.choice(openings) + _spaces(rng) + rng.choice(words) for _ in range(rng.randint(1, 3)))
        text += rng.choice(["", " ", ".", "s", "’", "\u0301", "_"])
        for pos in range(len(text) + 1):
            expected = entities.SPEAKER_AFTER.match(text, pos) is not None
            assert entities._is_speaker(text, pos) == expected, (text, pos)
            tried, found = tried + 1, found + expected
    assert found > 20_000 and tried - found > 1_000_000


# _is_compared tries COMPARED only where the word before the name's spaces, lower-cased, ends
# like one of the pattern's phrases, holds "outperform", or is not ASCII. Texts of the pattern's
# own words, in every case and with "ſ", "K" and "İ" for s, k and i, before runs of spaces of
# every kind, check it at every place: an ending left out of COMPARED_ENDS, a tail one character
# shorter, the look for "outperform" or for letters beyond ASCII left out fails here.
def test_is_compared_is_the_search():
    rng = random.Random(5)
    words = _pattern_words(entities.COMPARED) + ["vs.", "outperformed", "outperforming", "outperforms",
                                                 "dislike", "beta", "the", "Google’s", "(", "“", "x", "5"]


    tried = found = 0
    for _ in range(100_000):
        text = "".join(mangle(rng.choice(words), rng, (0.15, 0.3, 0.45)) + _spaces(rng) for _ in range(rng.randint(1, 4))) + "X"
        for pos in range(len(text) + 1):
            expected = entities.COMPARED.search(text, max(0, pos - 30), pos) is not None
            assert entities._is_compared(text, pos) == expected, (text, pos)
            tried, found = tried + 1, found + expected
    assert found > 50_000 and tried - found > 1_000_000



# most_salient works out which mentions are minor (speakers, opponents) only as far as it has read
# the names, and goes on from there on a later call. Stories of names, speaker verbs and comparison
# words, asked in a random order, answer as a story asked once for each place does: a flag
# computed for the wrong mention, or not computed where a later call reads further, fails here.
def test_most_salient_reads_minor_mentions_as_far_as_it_needs():
    rng = random.Random(6)
    words = ["Apple", "Google’s", "DeepSeek", "Evo2", "o1", "writes", "says", "against", "versus", "than", "the",
             "model", "beats", "Cohere", "estimates", "and", "GPT-4o"]
    minor = 0
    for _ in range(3_000):
        text = " ".join(rng.choice(words) + rng.choice(["", "", ".", ",", "\n"]) for _ in range(rng.randint(1, 30)))
        befores = [rng.randint(0, len(text)) for _ in range(5)]
        asked = entities.StoryNames(text, 0, len(text))
        for before in befores:
            once = entities.StoryNames(text, 0, len(text))
            assert asked.most_salient(before, 0) == once.most_salient(before, 0), (text, before)
        minor += sum(asked._minor(len(asked.names)))
    assert minor > 3_000
