"""Who and what each number is about, from real seed passages.

Each case is a passage (title, subtitle and body as in an issue) and, for one number in it,
the context fields expected."""

from __future__ import annotations

import pytest

from importai_claims import extract


def issue(*body: str) -> str:
    """A one-story issue around the given paragraphs."""
    return "Import AI 999: Test issue\n\nA story:\n…A subtitle…\n" + "\n".join(body) + "\n"


# (passage, evidence text, expected fields)
DEV = [
    # Found on issues outside the seeds: words that open a sentence, units and modifiers are no subjects.
    (issue("We’ve seen a 1200X reduction in cost for GPT-3-level models."), "1200X", {"subject": None}),
    (issue("Meta trained CLIP 2 on 29 billion pairs. No model scores above ~33% on the benchmark."),
     "33%", {"subject": "CLIP 2"}),
    (issue("OpenAI trained a large model. The cost of 10^25 FLOPs is roughly $10M."), "$10M", {"subject": "OpenAI"}),
    (issue("Meta trained CLIP 2 on 29 billion pairs. Its English-only predecessor had a 50% success rate."),
     "50%", {"subject": "CLIP 2"}),
    (issue("Claude Opus 4 solves 72.5% of SWE-bench Verified tasks, up from 62.3% for Claude 3.7 Sonnet."),
     "62.3%", {"subject": "Claude 3.7 Sonnet", "benchmark": "SWE-bench Verified"}),
    (issue("The system reaches 1,000 TOPS at 100 watts. Performance rises from 40% to 65% on MMLU."),
     "40%", {"subject": None}),
    (issue("Results: Kimi K2 gets the following scores:", "    • MMLU: 88.7%", "    • GPQA: 53.6%"), "53.6%",
     {"subject": "Kimi K2", "benchmark": "GPQA"}),
    (issue("Llama 3 70B (79.5%) beats Mixtral 8x22B (77.8%) on MMLU."), "77.8%",
     {"subject": "Mixtral 8x22B", "benchmark": "MMLU"}),
    (issue("    • MMLU: DeepSeek R1 gets 90%, beating GPT-4o 86%."), "86%", {"subject": "GPT-4o"}),
    (issue("Google trained Gemini. The team used a cluster of 10,000 TPUv5p chips for 3 months."), "3 months",
     {"subject": "Gemini"}),
    (issue("xAI built the Colossus cluster. It runs FP8 compute, and the next run used about 5e25 FLOPs."),
     "5e25 FLOPs", {"subject": "xAI"}),
    (issue("Extremely hard for most models: Omni-Math is hard – most models get ~30% or less accuracy (e.g, "
           "Claude 3.5 Sonnet gets 26.23%, and DeepSeek-Coder-V2 gets 25.78%), though there are two outliers – "
           "OpenAI o1-preview and OpenAI o1-mini which get 52.5% and 60.5%, respectively."),
     "25.78%", {"subject": "DeepSeek-Coder-V2", "benchmark": "Omni-Math", "quoted": False}),
    (issue("OpenAI o1-preview and OpenAI o1-mini which get 52.5% and 60.5%, respectively, on Omni-Math."),
     "52.5%", {"subject": "OpenAI o1-preview"}),
    (issue("…OpenAI o1 gets ~60%, most other models get 30% or less…"), "30%", {"subject": "most other models"}),
    (issue("The results are encouraging: The Aya model has a 60% win rate against Google’s Gemma-2 9B, "
           "70% against Facebook’s Llama-3.1 8B."),
     "70%", {"benchmark": "win rate vs Facebook’s Llama-3.1 8B"}),
    (issue("    • MMLU: DeepSeek R1: 90.8. Kimi k1.5: 87.4. OpenAI o1: 91.8."),
     "87.4", {"subject": "Kimi k1.5", "benchmark": "MMLU"}),
    (issue("“The AI CUDA Engineer robustly discovered CUDA kernels used for common machine learning operations, "
           "with speedups as high as 10—100x faster than native and compiled kernels in PyTorch”."),
     "10—100x", {"baseline": "native and compiled kernels in PyTorch", "quoted": True, "bound": "up_to"}),
    (issue("Good results: In tests, these interventions give speedups of 1.5x over vanilla transformers run on GPUs "
           "when training GPT-style models and 1.2x when training visual image transformer models."),
     "1.2x", {"baseline": "vanilla transformers run on GPUs"}),
    (issue("We note that majority voting with Llama-3.1-8B EI still exceeds single-rollout with Sonnet for 3x less cost."),
     "3x", {"baseline": "single-rollout with Sonnet"}),
    (issue("Now the startup Prime Intellect has proved this out with the release of SYNTHETIC-1, a dataset of "
           "1.4 million reasoning examples with chain-of-thought thinking."),
     "1.4 million", {"subject": "SYNTHETIC-1"}),
    (issue("Findings: “Meta’s Llama31-70B-Instruct and Alibaba’s Qwen25-72B-Instruct accomplish the "
           "self-replication task in 50% and 90% trials respectively,” the researchers write."),
     "90%", {"subject": "Alibaba Qwen25-72B-Instruct", "benchmark": "the self-replication task", "quoted": True}),
    (issue("GigaFlow is a simulator. GigaFlow is fast. Apple writes about GigaFlow.",
           "“A full training run simulates over one trillion state transitions,” Apple writes."),
     "one trillion", {"subject": "GigaFlow", "quoted": True, "bound": "at_least"}),
    (issue("Evo 2 uses StipedHyena 2, a new architecture.",
           "This approach “provides substantially higher throughput (at 40 billion parameters, up to 1.3x speedup at "
           "16 thousand context length and 3x speedup at 1 million context length) than highly optimized "
           "Transformer baselines”."),
     "3x", {"subject": "StipedHyena 2", "bound": "up_to", "baseline": "highly optimized Transformer baselines"}),
    (issue("Mistral has released Mistral Small 3, and it runs 3x faster than Llama 3.3 70B on the same hardware."),
     "3x", {"baseline": "Llama 3.3 70B on the same hardware"}),
    (issue("Mistral has released a small model. A year ago, getting 80% on MMLU required a 70B model."),
     "70B", {"subject": "Mistral"}),
    (issue("DeepSeek-V3 is a new model. It scores 88.5 on MMLU, 75.9 on MMLU-Pro, and 59.1 on GPQA."),
     "59.1", {"subject": "DeepSeek-V3", "benchmark": "GPQA"}),
    (issue("DeepSeek-V3 is a new model. Epoch estimates the training run used 3.8e25 FLOP."),
     "3.8e25 FLOP", {"subject": "DeepSeek-V3"}),
    (issue("DeepSeek-V3 is a new model. It scores 88.5 on MMLU. The resulting system is about 10X cheaper "
           "than comparable systems."),
     "10X", {"subject": "DeepSeek-V3", "bound": "approx", "baseline": "comparable systems"}),
    (issue("OpenAI’s o3 gets 87.5% on ARC-AGI, while o1 scored 32%. xAI’s Colossus cluster of 100,000 H100s "
           "came online."),
     "100,000", {"subject": "xAI"}),
    (issue("Researchers at Berkeley show that a standard LLM (Llama-3-1-Instruct, 8b) is capable of protein work."),
     "8b", {"subject": "Llama-3-1-Instruct"}),
    (issue("Tencent has a paper that introduces Hunyuan-Large, a MoE model with 389 billion parameters "
           "(52 billion activated)."),
     "52 billion", {"subject": "Hunyuan-Large"}),
    (issue("Funding: “We expect to spend roughly $40M on this RFP over the next 5 months,” Open Phil writes."),
     "$40M", {"bound": "approx", "quoted": True}),
]


@pytest.mark.parametrize("passage,text,expected", DEV, ids=[d[1] for d in DEV])
def test_context(passage, text, expected):
    claims = {c.text: c for c in extract(passage)}
    assert text in claims, list(claims)
    got = claims[text].model_dump(mode="json")
    assert {k: got[k] for k in expected} == expected


def test_headline_claim_takes_the_story_subject():
    text = ("Import AI 396: $80bn on AI infrastructure; other things\n\n"
            "Microsoft plans to spend $80bn on AI buildout in 2025:\n…Stochastic parrots are worth a lot…\n"
            "Microsoft says it will spend a lot.\n")
    title, story = [c for c in extract(text) if c.text == "$80bn"]
    assert title.story is None and story.story.index == 0
    assert title.subject == story.subject == "Microsoft"


@pytest.mark.parametrize("title,subject", [
    ("Import AI 413: a 40B distributed training run; Google releases a classifier", None),
    ("Import AI 413: Prime Intellect’s distributed run trains a 40B model; Google releases a classifier",
     "Prime Intellect"),
])
def test_a_headline_claim_no_story_restates_takes_no_name_from_another_teaser(title, subject):
    """The title line teases one story between each ";": Google is no subject of the 40B."""
    text = f"{title}\n\nA story about safety:\n…Nothing…\nThe story holds no number.\n"
    [claim] = [c for c in extract(text) if c.text.startswith("40B")]
    assert claim.story is None and claim.subject == subject


def test_respectively_reads_names_before_the_clause():
    """subject looks at the names of the number's clause only, unless a "respectively" follows:
    then the names of the whole sentence are the list's."""
    passage = issue("OpenAI o1 and Claude 3.5 Sonnet do well on hard sums: they get 52.5% and 60.5%, respectively.")
    assert {c.text: c.subject for c in extract(passage)} == {"52.5%": "OpenAI o1", "60.5%": "Claude 3.5 Sonnet"}
