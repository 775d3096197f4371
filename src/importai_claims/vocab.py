"""Vocabularies as plain data: number words, scales, currencies."""

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

# Scale words written apart from the number: "9 trillion", "two hundred thousand".
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

# Scale suffixes attached to the number: "777k", "80m", "$80bn", "7B", "2tn".
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12, "tr": 1e12,
}

CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "RMB": "CNY", "CN¥": "CNY",
}

# Currency names written after the amount: "5 million dollars", "10 billion yuan".
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "gbp": "GBP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY",
}
