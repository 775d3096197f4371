"""Score extracted claims against gold annotations, as ../shared/tools/score.py does. Matching
is the library's (importai_claims.gold.match: same kind, value within 0.1%, overlapping span,
one-to-one); the scorer's tallies and its fuzzy match of text fields are here."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from importai_claims.gold import gold_from_json, match


def norm(s: object) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).casefold()
    return " ".join(re.findall(r"\w+", re.sub(r"[’'`]", "", s)))


def fuzzy(g: object, p: object) -> bool:
    g, p = norm(g), norm(p)
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    a, b = set(g.split()), set(p.split())
    return len(a & b) / len(a | b) >= 0.5


@dataclass
class Tally:
    kinds: dict[str, list[int]] = field(default_factory=dict)  # kind -> [tp, pred, gold]
    attributes: dict[str, list[int]] = field(default_factory=lambda: {
        f: [0, 0] for f in ("bound", "subject", "benchmark", "baseline")})

    def add(self, gold: list[dict], pred: list[dict]) -> None:
        matching = match(gold_from_json({"claims": gold}).claims, pred)
        pairs = [(gi, pi) for pi, gi in matching.pairs.items()]
        for k in {c["kind"] for c in gold} | {p["kind"] for p in pred}:
            row = self.kinds.setdefault(k, [0, 0, 0])
            row[0] += sum(1 for i, _ in pairs if gold[i]["kind"] == k)
            row[1] += sum(1 for p in pred if p["kind"] == k)
            row[2] += sum(1 for c in gold if c["kind"] == k)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            self.attributes["bound"][0] += 1
            self.attributes["bound"][1] += (p.get("bound") or "exact") == g.get("bound", "exact")
            for f in ("subject", "benchmark", "baseline"):
                if g.get(f):
                    self.attributes[f][0] += 1
                    self.attributes[f][1] += fuzzy(g[f], p.get(f))

    @staticmethod
    def f1(tp: int, npred: int, ngold: int) -> float:
        p = tp / npred if npred else float(not ngold)
        r = tp / ngold if ngold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def typed_f1(self) -> float:
        return self.f1(*(sum(r[i] for r in self.kinds.values()) for i in range(3)))

    def attribute(self, name: str) -> float:
        n, right = self.attributes[name]
        return right / n if n else 1.0
