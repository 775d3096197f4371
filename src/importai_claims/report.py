"""A review page: one self-contained HTML file showing every claim highlighted in its text.

The page has inline CSS and JS only (no network; it works from file://) and a
Content-Security-Policy that lets only its own script and style run. Newsletter text is data:
every character of it is escaped, and the records shown on hover are read from a JSON block
and written with `textContent`, never as markup.

>>> from importai_claims.readers import read_text
>>> doc = read_text("Import AI 999: Test\\n\\nA story:\\n…sub…\\nIt runs 250× faster <script>.\\n", "t.txt")
>>> page = report([doc])
>>> page.count('data-claim-id="999-speedup-'), "&lt;script&gt;" in page, "<script>." in page
(1, True, False)
"""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from html import escape
from importlib import resources

from .gold import Gold, GoldClaim, GoldError, match
from .models import Claim, Issue, Kind, Section
from .pipeline import extract_document, parse
from .readers import Document
from .writers import plain_number

# The colour of each kind, as data: the highlight, the sidebar badges and the chart use it.
KIND_COLOURS = {
    Kind.speedup: "#ffd166",
    Kind.parameter_count: "#a0c4ff",
    Kind.benchmark_score: "#b9fbc0",
    Kind.money: "#ffadad",
    Kind.compute: "#cdb4db",
    Kind.dataset_size: "#8ee3ef",
    Kind.context_length: "#e6ccb2",
}
STATUS_LABELS = {"hit": "found (in gold)", "false": "false hit (not in gold)", "miss": "missed (gold only)"}
CHART_WIDTH, CHART_ROW, CHART_LABEL = 250, 14, 22


@dataclass(frozen=True)
class ReportDocument:
    """One input as the page shows it: its text, issues and claims, and its gold if any."""

    document: Document
    issues: list[Issue]
    claims: list[Claim]
    gold: Gold | None = None


def report_document(doc: Document) -> ReportDocument:
    """Parse and extract one document for the page."""
    return ReportDocument(doc, parse(doc), extract_document(doc))


def attach_gold(entries: Sequence[ReportDocument], golds: Sequence[tuple[str, Gold]]) -> list[ReportDocument]:
    """Give each gold (named, for errors) to the document whose text it indexes: every gold
    claim's text stands at its offsets. A document of the gold's file name is preferred."""
    out = list(entries)
    for name, gold in golds:
        fits = [i for i, e in enumerate(out) if gold.indexes(e.document.source)]
        named = [i for i in fits if gold.file and posixpath.basename(out[i].document.name.replace("\\", "/")) == gold.file]
        if not fits:
            raise GoldError(f"{name}: its claims do not stand at their offsets in any input"
                            f"{f' (it annotates {gold.file})' if gold.file else ''}")
        i = (named or fits)[0]
        if out[i].gold is not None:
            raise GoldError(f"{name}: {out[i].document.name} already has a gold file")
        out[i] = replace(out[i], gold=gold)
    return out


def report(documents: Iterable[Document], golds: Sequence[tuple[str, Gold]] = (),
           title: str = "Import AI claims review") -> str:
    """The review page of some documents, with misses and false hits marked where a gold applies."""
    return render_report(attach_gold([report_document(d) for d in documents], golds), title)


# --- Highlighting: escaped text with nested marks ------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """An element around source[start:end]. A claim is one element, never split (`whole`);
    other marks (misses, title lines) may be cut into pieces where they cross a claim, and only
    the first piece carries `first_attrs` (an id, a tab stop)."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    whole: bool = False
    first_attrs: tuple[tuple[str, str], ...] = ()

    def open(self, first: bool) -> str:
        attrs = self.attrs + (self.first_attrs if first else ())
        return f"<{self.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">"

    def close(self) -> str:
        return f"</{self.tag}>"


def untangle(marks: Iterable[Mark]) -> list[Mark]:
    """Whole marks made to nest: one that starts inside another and ends after it is started
    where that one ends (it stays one element, only its painted span shrinks)."""
    accepted: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        crossing = True
        while crossing:
            crossing = False
            for r in accepted:
                if r.start < m.start < r.end < m.end:
                    m = replace(m, start=r.end)
                    crossing = True
        accepted.append(m)
    return sorted(accepted, key=lambda m: (m.start, -m.end))


def highlight(source: str, marks: Iterable[Mark]) -> str:
    """`source` escaped, with every mark opened and closed around its span."""
    marks = [m for m in marks if 0 <= m.start <= m.end <= len(source)]
    whole = untangle(m for m in marks if m.whole)
    pieces = sorted((m for m in marks if not m.whole), key=lambda m: (m.start, -m.end))
    bounds = sorted({0, len(source), *(m.start for m in marks), *(m.end for m in whole + pieces)})
    out: list[str] = []
    open_whole: list[Mark] = []
    open_pieces: list[Mark] = []
    started: set[int] = set()
    for i, b in enumerate(bounds):
        ending = [m for m in open_whole if m.end == b]
        opening = [m for m in whole if m.start == b]
        active = [m for m in pieces if m.start <= b < m.end]
        if ending or opening or active != open_pieces or any(m.start == m.end == b for m in pieces):
            out.extend(m.close() for m in reversed(open_pieces))
            for _ in ending:
                out.append(open_whole.pop().close())
            for m in opening:
                out.append(m.open(True))
                if m.start == m.end:
                    out.append(m.close())
                else:
                    open_whole.append(m)
            for m in pieces:
                if m.start == m.end == b:
                    out.append(m.open(True) + m.close())
            for m in active:
                out.append(m.open(id(m) not in started))
                started.add(id(m))
            open_pieces = active
        if i + 1 < len(bounds):
            out.append(escape(source[b:bounds[i + 1]], quote=False))
    return "".join(out)


# --- What the page says about each claim ---------------------------------------------------------


def readable(value: float | None) -> str:
    """A value with its digits grouped: 7e9 -> '7,000,000,000'; 26.23 -> '26.23'."""
    if value is None:
        return ""
    whole, dot, frac = plain_number(value).partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}{dot}{frac}"


def value_text(value: float, value_max: float | None) -> str:
    return readable(value) if value_max is None else f"{readable(value)} – {readable(value_max)}"


def claim_fields(c: Claim) -> list[tuple[str, str]]:
    fields = [
        ("value", value_text(c.value, c.value_max)), ("unit", c.unit), ("bound", c.bound.value),
        ("per", c.per or ""), ("subject", c.subject or ""), ("benchmark", c.benchmark or ""),
        ("metric", c.metric or ""), ("baseline", c.baseline or ""), ("quoted", "yes" if c.quoted else ""),
        ("rule", c.rule), ("story", c.story.title if c.story else "(issue title)"), ("id", c.id),
    ]
    return [(k, v) for k, v in fields if v]


def gold_fields(g: GoldClaim) -> list[tuple[str, str]]:
    fields = [
        ("value", value_text(g.value, g.value_max)), ("unit", g.unit or ""), ("bound", g.bound.value),
        ("subject", g.subject or ""), ("benchmark", g.benchmark or ""), ("baseline", g.baseline or ""),
        ("span", f"{g.start}–{g.end}"),
    ]
    return [(k, v) for k, v in fields if v]


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' is left for HTML to see."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --- The page ------------------------------------------------------------------------------------


def _title_marks(entry: ReportDocument, d: int) -> list[Mark]:
    """The issue and story title lines, bold, each with the id the sidebar links to."""
    source = entry.document.source
    marks = []
    for n, issue in enumerate(entry.issues):
        lines = [(issue.start, "issue-title", f"d{d}-i{n}")]
        lines += [(s.start, "story-title", f"d{d}-i{n}-s{s.index}") for s in issue.stories]
        for start, cls, anchor in lines:
            end = min(x for x in (source.find("\n", start), source.find("\r", start), len(source)) if x >= 0)
            marks.append(Mark(start, end, "strong", (("class", cls),), first_attrs=(("id", anchor),)))
    return marks


def _document(entry: ReportDocument, d: int, records: dict[str, dict]) -> str:
    """One input's text, highlighted; the records its marks refer to are added to `records`."""
    marks = _title_marks(entry, d)
    predictions = [c.model_dump(mode="json") for c in entry.claims]
    matching = match(entry.gold.claims, predictions) if entry.gold else None
    for n, c in enumerate(entry.claims):
        ref = f"d{d}c{n}"
        status = "" if matching is None else ("false" if n in matching.false_hits else "hit")
        records[ref] = {"kind": c.kind.value, "text": c.text, "status": status, "fields": claim_fields(c)}
        attrs = (("class", f"claim k-{c.kind.value}"), ("data-claim-id", c.id), ("data-kind", c.kind.value),
                 ("data-ref", ref), ("tabindex", "0")) + ((("data-status", status),) if status else ())
        marks.append(Mark(c.start, c.end, "mark", attrs, whole=True))
    for gi in matching.misses if matching else ():
        g = entry.gold.claims[gi]
        ref = f"d{d}g{gi}"
        records[ref] = {"kind": g.kind.value, "text": g.text or "", "status": "miss", "fields": gold_fields(g)}
        attrs = (("class", f"miss k-{g.kind.value}"), ("data-gold-miss", str(gi)), ("data-kind", g.kind.value),
                 ("data-ref", ref), ("data-status", "miss"))
        marks.append(Mark(g.start, g.end, "span", attrs, first_attrs=(("tabindex", "0"),)))
    name = escape(entry.document.name)
    summary = f"{len(entry.claims)} claims in {len(entry.issues)} issue{'s' if len(entry.issues) != 1 else ''}"
    if matching:
        summary += (f"; gold: {len(matching.pairs)} found, {len(matching.false_hits)} false hits, "
                    f"{len(matching.misses)} missed")
    return (f'<article class="doc" id="d{d}"><header><h2>{name}</h2><p>{escape(summary)}</p></header>'
            f'<div class="text">{highlight(entry.document.source, marks)}</div></article>')


def _badges(counts: Counter[Kind]) -> str:
    return "".join(f'<span class="badge k-{k.value}" title="{k.value}">{counts[k]}</span>'
                   for k in Kind if counts[k])


def _chart(rows: list[tuple[str, str, Counter[Kind]]]) -> str:
    """Stacked bars of claims per kind, one row per story; a <title> on each part says what it is."""
    top = max((sum(c.values()) for _, _, c in rows), default=0) or 1
    scale = (CHART_WIDTH - CHART_LABEL - 24) / top
    parts = []
    for r, (label, title, counts) in enumerate(rows):
        y = r * CHART_ROW
        parts.append(f'<text x="{CHART_LABEL - 4}" y="{y + 10}" text-anchor="end"><title>{escape(title)}</title>'
                     f'{escape(label)}</text>')
        x = CHART_LABEL
        for k in Kind:
            if counts[k]:
                w = counts[k] * scale
                parts.append(f'<rect class="k-{k.value}" x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{CHART_ROW - 4}">'
                             f'<title>{escape(title)}: {counts[k]} {k.value}</title></rect>')
                x += w
        total = sum(counts.values())
        parts.append(f'<text x="{x + 3:.1f}" y="{y + 10}" class="total">{total or ""}</text>')
    height = len(rows) * CHART_ROW
    return (f'<svg class="chart" role="img" aria-label="claims per kind per story" width="{CHART_WIDTH}" '
            f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}">{"".join(parts)}</svg>')


def _nav(entry: ReportDocument, d: int) -> str:
    """The sidebar entry of one input: its issues, their stories with claims per kind, the chart."""
    out = [f'<section class="nav-doc"><h2><a href="#d{d}">{escape(entry.document.name)}</a></h2>']
    for n, issue in enumerate(entry.issues):
        per_story: dict[int | None, Counter[Kind]] = {}
        for c in entry.claims:
            if issue.start <= c.start < issue.end:
                per_story.setdefault(c.story.index if c.story else None, Counter())[c.kind] += 1
        heading = issue.title or (f"Import AI {issue.number}" if issue.number is not None else "Issue")
        out.append(f'<h3><a href="#d{d}-i{n}">{escape(heading)}</a> {_badges(per_story.get(None, Counter()))}</h3><ol>')
        rows = [("title", heading, per_story.get(None, Counter()))] if None in per_story else []
        for s in issue.stories:
            counts = per_story.get(s.index, Counter())
            fiction = ' class="fiction"' if s.section is Section.fiction else ""
            out.append(f'<li{fiction} value="{s.index}"><a href="#d{d}-i{n}-s{s.index}">{escape(s.title)}</a> '
                       f'{_badges(counts)}</li>')
            rows.append((str(s.index), s.title, counts))
        out.append(f"</ol>{_chart(rows)}")
    out.append("</section>")
    return "".join(out)


def _filters(entries: Sequence[ReportDocument]) -> str:
    counts = Counter(c.kind for e in entries for c in e.claims)
    rows = "".join(
        f'<li><label><input type="checkbox" checked data-filter-kind="{k.value}"> '
        f'<span class="badge k-{k.value}">{counts[k]}</span> {k.value}</label> '
        f'<button type="button" data-only="{k.value}">only</button></li>' for k in Kind)
    out = (f'<fieldset class="filters"><legend>Kinds</legend><ul>{rows}</ul>'
           f'<button type="button" id="show-all">show all</button></fieldset>')
    if any(e.gold for e in entries):
        rows = "".join(f'<li><label><input type="checkbox" checked data-filter-status="{s}"> '
                       f'<span class="status-key s-{s}">{escape(s)}</span> {escape(label)}</label></li>'
                       for s, label in STATUS_LABELS.items())
        out += f'<fieldset class="filters"><legend>Against gold</legend><ul>{rows}</ul></fieldset>'
    return out


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_report(entries: Sequence[ReportDocument], title: str = "Import AI claims review") -> str:
    """The whole page."""
    records: dict[str, dict] = {}
    docs = "".join(_document(e, d, records) for d, e in enumerate(entries))
    nav = "".join(_nav(e, d) for d, e in enumerate(entries))
    colours = "".join(f".k-{k.value}{{--kc:{colour}}}" for k, colour in KIND_COLOURS.items())
    style = colours + "\n" + _asset("report.css")
    script = _asset("report.js")
    if "</" in script or "</" in style:
        raise ValueError("the page's own script or style must not contain '</'")
    total = sum(len(e.claims) for e in entries)
    csp = (f"default-src 'none'; img-src data:; style-src {_csp_hash(style)}; "
           f"script-src {_csp_hash(script)}; base-uri 'none'; form-action 'none'")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="icon" href="data:,"><title>{escape(title)}</title><style>{style}</style></head>\n'
        f'<body><aside id="sidebar"><h1>{escape(title)}</h1>'
        f'<p class="total"><span id="shown">{total}</span> of {total} claims shown</p>'
        f'{_filters(entries)}<nav>{nav}</nav></aside>\n'
        f'<main id="main">{docs}</main>\n'
        '<div id="card" role="tooltip" hidden></div>\n'
        f'<script type="application/json" id="claims-data">{script_json(records)}</script>\n'
        f'<script>{script}</script></body></html>\n'
    )
