"""The facts about the `regex` module that the extractors' quick tests before a regex rest on."""

from __future__ import annotations

import random
import string
import sys

import pytest
import regex

from conftest import mangle

from importai_claims import context
from importai_claims.extractors import base, benchmark_score, compute, context_length, dataset_size, money, parameter_count, speedup
from importai_claims.extractors.base import SPACES, any_case

EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_any_case_holds_every_character_ignorecase_matches_to_a_letter():
    for letter in string.ascii_lowercase:
        assert set(regex.findall(letter, EVERY_CHARACTER, flags=regex.IGNORECASE)) == any_case(letter), letter


def test_str_strips_every_character_backslash_s_matches():
    spaces = "".join(regex.findall(r"\s", EVERY_CHARACTER))
    assert spaces.isspace() and not spaces.strip()


def test_spaces_holds_every_character_str_strips():
    assert set(SPACES) == {c for c in EVERY_CHARACTER if c.isspace()}


# ends_in(pattern, endings) turns a head down by its last characters before trying the pattern.
# A word added to the pattern with an ending not in `endings` would be missed without a sound:
# these heads, made of each pattern's own words in every case and spacing, catch that.
def _words(*patterns: regex.Pattern) -> list[str]:
    return sorted(set(regex.findall(r"(?<!\\)[A-Za-z][A-Za-z.]*", "".join(p.pattern for p in patterns))) - {"P", "VERBOSE"})


def _heads(words: list[str], count: int, seed: int = 0, most: int = 5) -> list[str]:
    rng = random.Random(seed)
    words = words + ["59k samples", "5 tokens", "~", "≈", ">", "<", "≥", "≤", "O(", "(", "“", '"', "ca.", "5", "the", "ı"]
    seps = [" ", " ", "  ", "\u00a0", "\t", "\n", "\u2009", "", "\x1c", "-", "“", '"', "(", "~"]


    return ["".join(mangle(rng.choice(words), rng, (0.15, 0.3, 0.5)) + rng.choice(seps) for _ in range(rng.randint(1, most)))
            + "".join(rng.choice(seps) for _ in range(rng.randint(0, 3))) for _ in range(count)]


@pytest.mark.parametrize("pattern, test, count", [
    (dataset_size.UNIT_BEFORE, dataset_size.ENDS_IN_UNIT, 100_000),  # longer patterns: random
    (dataset_size.DATASET_BEFORE, dataset_size.NAMES_DATASET, 100_000),  # heads match them less often
], ids=["unit before", "data set before"])
def test_ends_in_with_endings_is_the_pattern_search(pattern, test, count):
    heads = _heads(_words(pattern), count)
    assert sum(pattern.search(h) is not None for h in heads) >= 40  # the heads do reach the pattern
    assert [h for h in heads if (pattern.search(h) is not None) != test(h)] == []


# bound_of tries BOUND_BEFORE only when may_end_in_bound finds one of its last words at the head's
# end. Heads of the pattern's words and phrases, in every case, spacing and odd letter, with signs,
# quotes, tildes and brackets at the end, check that it never turns down one the pattern matches
# (dropping a word from BOUND_LAST_WORDS, one character of its window, ſ or İ fails it).
def test_may_end_in_bound_never_turns_down_a_match():
    phrases = [p.replace(" \\s ", " ") for p in regex.findall(r"[a-z]+(?: \\s [a-z]+)+", base.BOUND_BEFORE.pattern)]
    heads = _heads(_words(base.BOUND_BEFORE) + phrases + ["≈", "≥", "≤", "approx.", "ſome", "İn excess of", "wİthİn"],
                   200_000, seed=6)
    found = [h for h in heads if base.BOUND_BEFORE.search(h)]
    assert len(found) >= 20_000 and sum(not base.may_end_in_bound(h) for h in heads) >= 50_000
    assert [h for h in found if not base.may_end_in_bound(h)] == []


# bound_of searches a head for BOUND_BEFORE from bound_words_start, not from its start: heads made
# of the pattern's words and its phrases whole ("on the order of"), in every case and spacing, with
# quotes, tildes and brackets at the end, find the same match either way (a LONGEST_BOUND_WORDS one
# less, or a strip that leaves one of the trailing characters, fails).
def test_bound_search_from_bound_words_start_finds_what_a_whole_search_finds():
    phrases = [p.replace(" \\s ", " ") for p in regex.findall(r"[a-z]+(?: \\s [a-z]+)+", base.BOUND_BEFORE.pattern)]
    assert "on the order of" in phrases
    heads = _heads(_words(base.BOUND_BEFORE) + phrases * 3, 100_000)
    found = [(h, base.BOUND_BEFORE.search(h)) for h in heads]
    assert sum(m is not None for _, m in found) >= 10_000
    for h, m in found:
        n = base.BOUND_BEFORE.search(h, base.bound_words_start(h))
        assert (m and (m.span(), m.lastgroup)) == (n and (n.span(), n.lastgroup)), h


# may_name_hardware turns a number down by string tests before HARDWARE and MACHINES. Texts after a
# number made of up to five words that are no unit (long ones, lone dashes) and then these patterns'
# own words and model names (with digits beyond ASCII too), in every case and spacing, check that it
# never turns down one they match (dropping one of its letters, looking at four words instead of
# five, counting a lone dash as a word or folding only ASCII digits fails it).
def test_may_name_hardware_holds_wherever_hardware_or_machines_match():
    count, rng = 200_000, random.Random(1)
    others = ["state-of-the-art", "extraordinarily-long-modifier", "x", "8", "2.5", "new", "-", "--", "of", "’s"]
    gaps = [" ", "  ", "-", " - ", "\u00a0", "\n", "\u2009", "\x1c", "\udcff"]
    models = ["H100", "H100s", "A100s", "GB200", "GB200s", "MI300X", "MI300Xs", "V100s", "B200s", "H\u0661\u0660\u0660s"]
    units = _words(compute.HARDWARE, compute.MACHINES) + models + ["graphics processing units", "8-GPU"]
    texts = ["5" + rng.choice(gaps) + "".join(rng.choice(others) + rng.choice(gaps) for _ in range(rng.randint(0, 5)))
             + tail for tail in _heads(units, count, most=2)]
    matched = [t for t in texts if compute.HARDWARE.match(t, 1) or compute.MACHINES.match(t, 1)]
    assert len(matched) >= 20_000 and sum(not compute.may_name_hardware(t, 1) for t in texts) >= 15_000
    assert [t for t in matched if not compute.may_name_hardware(t, 1)] == []


# PREVIOUS_TOKEN searches from the end of the text: it finds the word a search from the start
# finds, in texts of words, spaces of every kind, line breaks and characters str.isspace holds for
# but \s does not, between any bounds.
def test_previous_token_from_the_end_is_the_word_a_search_from_the_start_finds():
    rng = random.Random(0)
    forward = regex.compile(base.PREVIOUS_TOKEN.pattern)
    pieces = ["a", "Gaudi", "1", "’s", "(", "-", " ", " ", "\u00a0", "\n", "\r", "\t", "\u2009", "\x1c", "\x85", "\u2028"]
    for _ in range(100_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found, expected = base.PREVIOUS_TOKEN.search(text, start, end), forward.search(text, start, end)
        assert (found and found.span(1)) == (expected and expected.span(1)), (text, start, end)


# benchmark_score.NAME_BEFORE searches from the end of the head (REVERSE): heads of names, versions,
# model tags, colons, dots, dashes, spaces of every kind and odd letters give the same match as a
# search from the start.
def test_name_before_from_the_end_is_the_match_a_search_from_the_start_finds():
    rng = random.Random(5)
    forward = regex.compile(benchmark_score.NAME_BEFORE.pattern)
    pieces = ["DeepSeek", "R1", "Kimi", "k1", "k1.5", ".5", ".", "o1", "GPT-4o", "-", "4", "2024", "_", "x", "MMLU",
              "•", ":", ": ", " ", " ", " ", "  ", "\u00a0", "\u2009", "\t", "\x1c", "’s", "İ", "ı", "ſ", "\u212a", "é",
              "É", "\u0661", "(", ")", "1.5", "v2", "e.g."]
    found = 0
    for _ in range(200_000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) + rng.choice([" ", ": ", "\u00a0", ""])
        m, n = forward.search(head), benchmark_score.NAME_BEFORE.search(head)
        assert (m and m.span()) == (n and n.span()), head
        found += m is not None
    assert found >= 20_000


def test_the_look_for_param_never_turns_down_a_parameters_match():
    """parameter_count tries PARAMETERS only when "param" shows in the 21 characters after the
    number: every opening, modifier and unit the pattern allows, in every case, is tried."""
    openings = ["", " ", "-", "  ", " -", "- ", "--", "\u00a0\u2009", "\x1c"]
    modifiers = ["", "total ", "active ", "activated ", "activation ", "trainable ", "dense ", "sparse ",
                 "non-embedding ", "NON-EMBEDDING\t"]
    units = ["parameters", "parameter", "params", "param", "PARAMETERS", "Params"]
    tails = [o + m + u + e for o in openings for m in modifiers for u in units for e in ("", " of", "s")]
    found = [t for t in tails if parameter_count.PARAMETERS.match(t)]
    assert len(found) > 500 and all(parameter_count._parameters(t, 0) for t in found)


# opens_with(FIRST, text, pos) lets a pattern be tried at pos only when one of its first two
# characters is in FIRST. Texts that open with a separator and go on with the pattern's own words
# check each FIRST against the pattern it guards: a way of opening added to the pattern and not
# to its FIRST fails here.
@pytest.mark.parametrize("pattern, first", [
    (speedup.SIGN, speedup.SIGN_FIRST),
    (compute.FLOPS, compute.FLOPS_FIRST),
    (compute.TIMES_HARDWARE, compute.TIMES_FIRST),
    (compute.DURATION_ALONE, compute.DURATION_FIRST),
    (dataset_size.DATA_SPAN, dataset_size.DATA_SPAN_FIRST),
    (base.LIST_JOINT, base.LIST_JOINT_FIRST),
    (base.BOUND_AFTER, base.BOUND_AFTER_FIRST),
], ids=["speedup sign", "flops", "times hardware", "duration", "data span", "list joint", "bound after"])
def test_first_characters_never_turn_down_a_match(pattern, first):
    words = _words(pattern) + ["%", "×", "x", ",", "/", "+", "5", "10", "H100", "A100", "per", "of", "the"]
    openings = ["", " ", "-", "\u00a0", "\t", ",", "/", " /"]
    rng = random.Random(1)
    texts = [rng.choice(openings) + h for h in _heads(words, 60_000, most=3)]
    found = [t for t in texts if pattern.match(t)]
    assert len(found) >= 20 and [t for t in found if not base.opens_with(first, t, 0)] == []


def test_context_and_currency_first_letters_never_turn_down_a_match():
    """The same for the two patterns whose first letter comes after a run of spaces or dashes
    (CONTEXT_AFTER) or after one space (CURRENCY_AFTER)."""
    rng = random.Random(2)
    openings = [" ", "-", "  ", " - ", "\u00a0", "--"]
    texts = [rng.choice(openings) + h for h in _heads(_words(context_length.CONTEXT_AFTER), 20_000, most=3)]
    found = [t for t in texts if context_length.CONTEXT_AFTER.match(t)]
    assert len(found) >= 40
    assert [t for t in found if not base.opens_after_spaces(context_length.CONTEXT_FIRST, t, 0)] == []
    texts = [" " + h for h in _heads(_words(money.CURRENCY_AFTER) + ["dollars", "EUR", "yuan", "US"], 20_000, most=2)]
    found = [t for t in texts if money.CURRENCY_AFTER.match(t)]
    assert len(found) >= 40 and [t for t in found if t[1:2] not in money.CURRENCY_FIRST] == []


# context.subject tries MODELS_PHRASE, and context.benchmark TASK_BEFORE, only when _may_hold
# finds their words in the text before the number. Heads made of each pattern's own words, in
# every case, spacing and odd letter, check that it never turns down one the pattern matches.
# Odd letters in the only word of a group: lower() keeps "ſ" and makes "İ" "i" and a dot.
@pytest.mark.parametrize("pattern, groups, odd", [
    (context.MODELS_PHRASE, (context.MODELS_NOUNS, context.MODELS_VERBS), ["the best models wİn ", "most ſyſtems get "]),
    (context.TASK_BEFORE, (context.TASK_WORDS,), ["the coding taſk in ", "the coding benchmar\u212a on "]),
], ids=["models phrase", "task before"])
def test_context_word_checks_never_turn_down_a_match(pattern, groups, odd):
    words = _words(pattern) + ["Claude", "GPT-4o", "26%", "5", "x", "in", "the"]
    found = [h for h in _heads(words, 100_000, most=8) + odd if pattern.search(h)]
    assert len(found) >= 100 and set(odd) <= set(found)
    assert [h for h in found if not context._may_hold(h, *groups)] == []


# context.benchmark searches TASK_BEFORE only from after the last character its match cannot hold
# (NOT_IN_TASK). Heads of its own words and others, with every character it may hold ("-", "%",
# ".", spaces of every kind, odd letters) and some it may not, find the same match as a search
# from the head's start: dropping a character from what a match may hold fails it.
def test_task_search_from_the_last_character_it_cannot_hold_finds_what_a_whole_search_finds():
    rng = random.Random(3)
    words = _words(context.TASK_BEFORE) + ["self-replication", "50%", "3.5", "e.g.", "a_b", "x", "İn", "taſk"]
    spaces = [" ", " ", "  ", "\u00a0", "\u2009", "\t", "\x1c", "\u3000"]
    found = 0
    for head in _heads(words, 100_000, seed=3, most=6):
        tail = [rng.choice(["task", "test", "exam", "evaluation"]), rng.choice(["in", "on", "of"])]
        tail += rng.sample(["50%", "3.5", "e.g.", "a_b", "x", "-", "the"], rng.randint(0, 3))
        h = head + "".join(mangle(w, rng) + rng.choice(spaces) for w in tail)
        m = context.TASK_BEFORE.search(h)
        n = context._task_before(h, 0, len(h))
        assert (m and (m.span(), m.group("benchmark"))) == (n and (n.span(), n.group("benchmark"))), h
        found += m is not None
    assert found >= 3000


def test_before_and_after_cut_their_windows_at_the_line_the_number_is_on():
    """before and after cut a window at its line breaks, where line_start and line_end say its
    line starts and ends ("\\r", "\\n" or both; not other separators), at any size and position."""
    rng = random.Random(4)
    pieces = ["a", "bc", " ", "\n", "\r", "\r\n", "5", "’", "\u2028", "\x85", "\x0b", "x" * 50]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        pos, size = rng.randint(0, len(text)), rng.choice([0, 1, 2, 40, 80, 120, 1000])
        assert base.before(text, pos, size) == text[max(base.line_start(text, pos), pos - size):pos], (text, pos)
        assert base.after(text, pos, size) == text[pos:min(base.line_end(text, pos), pos + size)], (text, pos)
