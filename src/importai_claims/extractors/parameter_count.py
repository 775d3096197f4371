"""`parameter_count`: the number of parameters of a model.

"a 7B parameter VLM", "80m parameter transformer", "models ranging from 125M to 13B
parameters", "The 8B model". A size inside a model's name ("Qwen2.5-32B-Instruct",
"Llama 3.1 8B", "Gemma-2 9B") is not a claim.
"""

from __future__ import annotations

import regex

from ..models import Kind
from ..numbers import Quantity
from .base import Candidate, Extractor, bound_of, end_of_list, keyed, preceded_by_name

# The unit after the number: "7B parameter", "40 billion parameters", "37B activated parameters".
PARAMETERS = regex.compile(
    r"""[\s-]{0,2}
        (?: (?: total | active | activated | activation | trainable | dense | sparse | non-embedding ) \s )?
        (?: parameters? | params? ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _parameters(text: str, pos: int) -> regex.Match | None:
    """PARAMETERS at `pos`, after a test that "param" (whose letters IGNORECASE matches to no
    character but their two cases) shows in the 21 characters it can open with: most numbers
    are not followed by it, and the test is several times faster than the regex."""
    return PARAMETERS.match(text, pos) if "param" in text[pos:pos + 21].lower() else None


# The keys (base.tail_key) of what may follow a count of parameters: the words PARAMETERS (behind a
# second space or dash, perhaps) and ACTIVATED open with, and LIST_JOINT's signs and words.
PARAMETER_KEYS = frozenset(
    "parameters parameter params param total active activated activation trainable dense sparse non - "
    ", / and or to".split()
)
# Active parameters of a mixture of experts, after the total: "389B parameters (52B activated)".
ACTIVATED = regex.compile(r"\s(?:activated|active)\b", regex.IGNORECASE)
# A model size written as a bare suffix: "7B", "80M", "1.5b".
SIZE_SUFFIX = regex.compile(r"\d(?:[bB]n?|M)$")
# What may follow a bare size in prose: "The 8B model", "two sizes: 8B and 32B,", "671B total".
AFTER_BARE_SIZE = regex.compile(
    r"""\+?                                                   # "100B+"
        (?: (?: [\s-]+ [\w-]+ ){0,2}? [\s-]+                # up to two modifiers: "next-generation"
            (?: models? | LLMs? | LMs? | VLMs? | versions? | variants? | networks? | transformers?
              | MoE | dense | base | scale | sizes? | total | active | activated | one | checkpoints?
              | (?: training | pretraining ) \s runs? | runs? ) \b
          | \s (?! [HABV]\d{2,3}s?\b | GB\d | [GT]PUs?\b ) [\p{Lu}][\w.-]* \b  # a model named after its size: "405bn LLaMa3"
            (?! \s (?: [\w-]+ \s )? (?: tokens | samples | examples | GPUs | chips | hours ) \b )
          | \s* [,;:)] | \s+ (?: and | or | vs\.? | versus ) \b | \s* \. (?!\d) | \s* $ )""",
    regex.VERBOSE,
)


def _may_be_bare_size(q: Quantity, text: str, head: str) -> bool:
    """Whether find may take a number whatever follows it: a bare size ("8B"), tested first by
    the letter SIZE_SUFFIX ends with (a number's text never ends in a line break)."""
    return not q.in_words and q.text[-1] in "bBnM"


def find(q: Quantity, text: str, head: str) -> Candidate | None:
    if q.currency:
        return None
    unit = _parameters(text, q.end)
    if unit:
        return Candidate(Kind.parameter_count, q.start, unit.end(), q.value, q.value_max, "parameters",
                         bound_of(text, head, unit.end()), "parameter_count.unit")
    if q.scaled and ACTIVATED.match(text, q.end):
        return Candidate(Kind.parameter_count, q.start, q.end, q.value, q.value_max, "parameters",
                         bound_of(text, head, q.end), "parameter_count.activated")
    list_end = end_of_list(text, q.end)
    if list_end > q.end and _parameters(text, list_end):
        return Candidate(Kind.parameter_count, q.start, q.end, q.value, q.value_max, "parameters",
                         bound_of(text, head, q.end), "parameter_count.list")
    if _may_be_bare_size(q, text, head) and SIZE_SUFFIX.search(q.text) and not preceded_by_name(text, q.start):
        if AFTER_BARE_SIZE.match(text, list_end, min(len(text), list_end + 40)):
            return Candidate(Kind.parameter_count, q.start, q.end, q.value, q.value_max, "parameters",
                             bound_of(text, head, q.end), "parameter_count.bare_size")
    return None


EXTRACTOR = Extractor(
    kind=Kind.parameter_count,
    find=find,
    gate=keyed(PARAMETER_KEYS, _may_be_bare_size),
    must=(
        ("Helix has two components: S2, a a 7B parameter pretrained visual language model", "7B parameter", 7e9),
        ("S2 is continually passing data to S1, a 80m parameter transformer", "80m parameter", 8e7),
        ("Evo2 comes in two variants, a 7 billion parameter model trained on 2.3 trillion tokens", "7 billion parameter", 7e9),
        ("In training simulations at the 1B, 10B, and 100B parameter model scale", "10B", 1e10),
        ("the authors train some Chinchilla-style models from 35 million to 4 billion parameters each",
         "35 million to 4 billion parameters", 3.5e7),
        ("The expanse family come in two sizes: 8B and 32B, and the languages covered include", "32B", 3.2e10),
        ("The results are encouraging: The 8B model has a 60% win rate", "8B", 8e9),
        ("when training a Dolma-style model at the one billion parameter scale", "one billion parameter", 1e9),
        ("Prime Intellect’s “INTELLECT-1” 10bn parameter model was trained", "10bn parameter", 1e10),
        ("a MoE model with 389 billion parameters (52 billion activated).", "52 billion", 5.2e10),
        ("“Sohu can scale to massive 100B+ next-generation models in 4K resolution,” they write.", "100B", 1e11),
        ("(DeepSeek-v3, which is a ~700bn parameter MOE-style model, compared to 405bn LLaMa3)", "405bn", 4.05e11),
        ("Read more: Hunyuan-Large: An Open-Source MoE Model with 52 Billion Activated Parameters", "52 Billion Activated Parameters", 5.2e10),
        ("Import AI 413: 40B distributed training run; avoiding the ‘One True Answer’ fallacy of AI safety", "40B", 4e10),
        ("OpenAI trained a 1.5-billion-parameter model on web text.", "1.5-billion-parameter", 1.5e9),
    ),
    must_not=(
        "76.6% versus Mixtral 8x22B",
        "70% against Facebook’s Llama-3.1 8B, and 63% against Mistral’s Ministral 8B",
        "Today’s small open weight LLMs like LLaMa 3.1 8B are almost as good at science",
        "by finetuning a freely available Qwen2.5-32B-Instruct LLM",
        "Microsoft plans to spend $80bn on AI buildout in 2025:",
        "trained on 8B tokens of web text",
    ),
)
