"""`money`: an amount of money — costs, prices, funding, spending, grants, revenue.

"$80bn", "$40M", "between $100,000 and $5 million", "under $5 per million km", "$1-2", "£10m",
"5 million dollars". The value is the absolute amount; the unit its ISO code.
"""

from __future__ import annotations

import regex

from ..models import Kind
from ..numbers import Quantity, scale_value
from ..vocab import CURRENCY_WORDS, HUNDREDTHS, vocab_key
from .base import Candidate, Extractor, any_case, bound_of, keyed

# A currency written after the amount: "5 million dollars", "10 billion yuan", "20 EUR".
CURRENCY_AFTER = regex.compile(
    r"\s(?:US\s)?(?P<currency>" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b",
    regex.IGNORECASE,
)
CURRENCY_FIRST = any_case("u" + "".join(word[0] for word in CURRENCY_WORDS))  # the letter after its space
CURRENCY_KEYS = frozenset({"us", *CURRENCY_WORDS})  # the keys (base.tail_key) of the words it opens with
# The denominator of a rate: "$5 per million km", "$3 a month", "$2/hour", "$3 monthly".
PER = regex.compile(
    r"""
    (?: \s? / \s? | \s per \s | \s an? \s (?= (?:month|year|week|day|hour|minute|token|task|query|user)\b ) )
    (?P<per> (?: (?: million | thousand | billion | trillion | hundred | [\d,.]+[kKmM]? ) \s )? [\w-]+
             (?: \s (?: tokens? | words? | quer (?: y | ies ) | requests? | images? | pages? | hours? | users? | seats? ) \b )? )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
PER_ADJECTIVE = regex.compile(r"\s(?P<per>hourly|daily|weekly|monthly|yearly|annual|annually)\b", regex.IGNORECASE)
ADJECTIVE_NOUN = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                  "yearly": "year", "annual": "year", "annually": "year"}


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    currency, end, value, value_max = q.currency, q.end, q.value, q.value_max
    if currency is None:
        word = CURRENCY_AFTER.match(text, q.end) if text[q.end + 1:q.end + 2] in CURRENCY_FIRST else None
        if not word:
            return None
        key = vocab_key(word.group("currency"))
        currency, end = CURRENCY_WORDS[key], word.end()
        if key in HUNDREDTHS:  # "5 cents": 0.05 USD
            value = scale_value(value, 0.01)
            value_max = None if value_max is None else scale_value(value_max, 0.01)
    per = None
    if m := PER.match(text, end):
        per, end = m.group("per"), m.end()
    elif m := PER_ADJECTIVE.match(text, end):
        per = ADJECTIVE_NOUN[vocab_key(m.group("per"))]
    return Candidate(Kind.money, q.start, end, value, value_max, currency,
                     bound_of(text, head, end), "money.amount", per=per)


EXTRACTOR = Extractor(
    kind=Kind.money,
    find=find,
    gate=keyed(CURRENCY_KEYS),
    takes_currency=True,
    must=(
        ("Microsoft plans to spend $80bn on AI buildout in 2025:", "$80bn", 8e10),
        ("the company said it plans in 2025 “to invest approximately $80 billion to build out", "$80 billion", 8e10),
        ("ITER fusion reactor will cost between $40bn and $70bn once developed", "$40bn and $70bn", 4e10),
        ("at a cost of under $5 per million km driven,” Apple writes.", "$5 per million km", 5),
        ("the API costs $0.10 per million input tokens", "$0.10 per million input tokens", 0.1),
        ("“Grants will typically range in size between $100,000 and $5 million.”", "$100,000 and $5 million", 1e5),
        ("the startup raised 5 million dollars from investors", "5 million dollars", 5e6),
        ("the UK announced £10m for AI safety research", "£10m", 1e7),
        ("Open Phil wants to spend $40m to fund AI research over the next five months:", "$40m", 4e7),
        ("the cost fell from $60 per million tokens to 5 cents per million tokens", "5 cents per million tokens", 0.05),
        ("running the classifier costs 0.3 pence per image", "0.3 pence per image", 0.003),
        ("Pretraining took 2.79M H800 GPU hours, which at $2 per GPU hour is $5.576M.", "$2 per GPU hour", 2),
    ),
    must_not=(
        "they trained on 80 million documents",
        "The expanse family come in two sizes: 8B and 32B",
        "accuracy rose by 5 per cent on the held-out set",
    ),
)
