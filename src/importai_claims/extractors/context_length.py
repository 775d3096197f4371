"""`context_length`: a model's context window or sequence length, in tokens.

"a context length of 8,192 tokens", "extended the context length to 1 million tokens", "3x
speedup at 1 million context length", "an 8k context length".
"""

from __future__ import annotations

import regex

from ..models import Kind
from ..numbers import Quantity
from .base import Candidate, Extractor, any_case, bound_of, keyed, opens_after_spaces

# The words after the number: "8k context length", "a 1M-token context window".
CONTEXT_AFTER = regex.compile(
    r"""[\s-]* (?: tokens? [\s-]+ (?: of \s+ )? )? (?: contexts? (?: [\s-] (?: lengths? | windows? | sizes? ) )? | sequence \s length
                                    | token \s context | ctx ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The words before the number: "a context length of", "scaling the context window of Rl to".
CONTEXT_BEFORE = regex.compile(
    r"""(?: context [\s-] (?: length | window | size ) s? | sequence \s length s? | context | max (?:imum)? \s length )
        \s+ (?: [\w’'-]+ \s+ ){0,6}?
        (?: of | to | is | at | from | with | reach (?:es|ed)? | up \s to | over | than )
        \s+ (?: up \s to \s+ | over \s+ | roughly \s+ | about \s+ | ~ )? [“"‘']? $""",
    regex.VERBOSE | regex.IGNORECASE,
)
CONTEXT_FIRST = any_case("tcs")  # the letters it opens with, after spaces or dashes
# The keys (base.tail_key) of what it opens with: its first words, or a second space or dash.
CONTEXT_KEYS = frozenset({"token", "tokens", "context", "contexts", "sequence", "ctx", "-"})
TOKENS = regex.compile(r"[\s-]?tokens?\b", regex.IGNORECASE)


def _may_follow_context(q: Quantity, text: str, head: str) -> bool:
    """False when CONTEXT_BEFORE cannot match the head's last 80 characters, which then need not
    be searched, and find takes a number only by what follows it: every way the pattern opens
    holds "context" or "length". (IGNORECASE matches no letter of these to a character that
    lower() leaves apart: only "İ" and "ſ" are such, for "i" and "s".)"""
    low = head[-80:].lower()
    return "context" in low or "length" in low


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency:
        return None
    words = CONTEXT_AFTER.match(text, q.end) if opens_after_spaces(CONTEXT_FIRST, text, q.end) else None
    if words:
        end, rule = q.end, "context_length.before_context"
        if tokens := TOKENS.match(text, q.end):
            end = tokens.end()
    elif _may_follow_context(q, text, head) and CONTEXT_BEFORE.search(head := head[-80:]):
        tokens = TOKENS.match(text, q.end)
        end, rule = (tokens.end() if tokens else q.end), "context_length.after_context"
    else:
        return None
    return Candidate(Kind.context_length, q.start, end, q.value, q.value_max, "tokens",
                     bound_of(text, head, end), rule)


EXTRACTOR = Extractor(
    kind=Kind.context_length,
    find=find,
    gate=keyed(CONTEXT_KEYS, _may_follow_context),
    must=(
        ("Evo2 was trained in two stages: a pretraining stage which “uses a context length of 8,192 tokens",
         "8,192 tokens", 8192),
        ("a midtraining stage where they extended the context length to “1 million tokens to learn", "1 million tokens", 1e6),
        ("up to 1.3x speedup at 16 thousand context length and 3x speedup", "16 thousand", 16000),
        ("The models have an 8k context length, cover 23 languages", "8k", 8000),
        ("Kimi k1.5 focused attention on scaling the context window of Rl to 128k tokens.", "128k tokens", 128000),
        ("models from 35 million to 4 billion parameters each with a sequence length of 1024.", "1024", 1024),
        ("The model supports 128k tokens of context and runs on one GPU.", "128k tokens", 128000),
        ("The system supports 1M token contexts on a single node.", "1M token", 1e6),
        ("INTELLECT-3 handles 1M+ token contexts.", "1M+ token", 1e6),
        ("The context window has grown from 4K tokens to 10M tokens in three years.", "10M tokens", 1e7),
    ),
    must_not=(
        "learning statistical properties of DNA across 9 trillion tokens of genomic sequences",
        "a 7 billion parameter model trained on 2.3 trillion tokens of data",
    ),
)
