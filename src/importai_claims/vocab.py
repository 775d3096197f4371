"""Vocabularies as plain data: number words, scales, currencies; and the key a matched word
is looked up under."""

# The characters besides A-Z and a-z that regex's IGNORECASE matches to an ASCII letter (a test
# checks every code point). str.lower() leaves "ſ" as it is and makes "İ" two characters.
ODD_LETTERS: dict[str, str] = {"İ": "i", "ſ": "s", "\u212a": "k"}
_ODD_TO_ASCII = str.maketrans(ODD_LETTERS)


def vocab_key(word: str) -> str:
    """A word that an IGNORECASE pattern matched, as the key it has in a vocabulary here:
    "DOLLARS", "dollarſ" and "fİve" are "dollars" and "five".

    >>> vocab_key("Thouſand"), vocab_key("NİNE")
    ('thousand', 'nine')
    """
    return word.translate(_ODD_TO_ASCII).lower()


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
    "cents": "USD", "cent": "USD", "pence": "GBP",
}
# Those of them that name a hundredth of their currency: "5 cents" is 0.05 USD.
HUNDREDTHS: frozenset[str] = frozenset({"cents", "cent", "pence"})

# Names that are not subjects: generic acronyms, venues, months. Keys as entities.name_key makes them.
GENERIC_NAMES: frozenset[str] = frozenset(
    """ai agi asi llm llms lm lms vlm vlms slm moe rl rlhf ml nlp gpu gpus cpu cpus tpu tpus npu api apis sota
    us usa uk eu un phd ceo cto cfo dna rna ps ok faq pdf arxiv github youtube twitter x blog website
    importai techtales subscribenow readmore ieee acm neurips icml iclr cvpr
    researchers scientists authors engineers people experts users developers companies
    model models system systems agent agents
    flop flops flop/s flops/s teraflops petaflops exaflops tflops pflops fp4 fp8 fp16 fp32 bf16 tf32 int4 int8
    seriesa seriesb seriesc seriesd seriese tops kw mw gw tw kwh mwh gwh twh ram vram hbm dram sram
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)

# Benchmarks, evals and tests that Import AI reports scores on; keys as entities.name_key makes them.
KNOWN_BENCHMARKS: frozenset[str] = frozenset(
    """mmlu mmlupro gpqa gpqadiamond aime aime2024 aime2025 math math500 gsm8k humaneval mbpp swebench
    swebenchverified livecodebench codeforces arc arcagi arcagi2 hellaswag winogrande bigbench bbh
    mmmu mathvista chatbotarena lmarena frontiermath humanitysslastexam hle simpleqa truthfulqa drop
    squad glue superglue imagenet coco mteb helm agentbench webarena osworld cybench re-bench rebench
    mlebench paperbench tau-bench taubench lab-bench labbench seqqa litqa2 omnimath matharena
    minerva olympiadbench alpacaeval mtbench ifeval nuplan waymax""".split()
)
# Fragments that mark a name as a benchmark: "MC-Bench", "HumanEval", "Omni-Math", "SeqQA".
BENCHMARK_HINTS: tuple[str, ...] = ("bench", "eval", "math", "qa", "arena", "test", "exam", "leaderboard")

# Languages and nationalities: capitalised, but never what a number is about.
LANGUAGES: frozenset[str] = frozenset(
    """english chinese french german spanish portuguese italian dutch russian ukrainian polish czech greek
    turkish arabic hebrew hindi bengali urdu persian farsi japanese korean vietnamese thai indonesian malay
    romanian hungarian swedish norwegian danish finnish swahili tamil telugu american british european
    african asian western eastern southkorean northkorean taiwanese israeli iranian indian canadian
    australian""".split()
)
