"""The facts about the `regex` module that the extractors' quick tests before a regex rest on."""

from __future__ import annotations

import string
import sys

import regex

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
