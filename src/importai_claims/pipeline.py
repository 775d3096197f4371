"""The whole flow: read -> segment -> extract -> attribute context -> ids.

>>> doc = read_text(open_seed("import-ai-401.txt"))   # doctest: +SKIP
>>> claims = extract_document(doc)                     # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Iterator

from .context import attribute
from .entities import StoryNames
from .extractors import find_candidates
from .extractors.base import line_end
from .models import Claim, Issue, IssueMeta, Kind, Section, StoryRef
from .readers import Document, ReadError, read_text
from .segment import segment
from .sentences import LINE, SentenceIndex
from .skeleton import marked, skeleton

# An issue's lines are paragraphs of at most a few thousand characters (a whole issue is
# ~25,000). A longer line is a data dump or minified markup, not an issue to extract from.
MAX_LINE = 100_000


def check_lines(text: str) -> None:
    """Raise ReadError when a line of `text` is longer than MAX_LINE characters.

    >>> check_lines("Import AI 1: x\\n" + "a" * 200_000)
    Traceback (most recent call last):
    ...
    importai_claims.readers.encoding.ReadError: line 2 is 200,000 characters long (the limit is 100,000): not the text of an issue
    """
    # Jump from "\n" to the last "\n" within MAX_LINE characters: a few steps for megabytes of
    # short lines, where matching every line takes milliseconds. Only a text with a longer run
    # between two "\n" needs the line by line look below (a "\r" may split the run).
    start = 0
    while len(text) - start > MAX_LINE:
        newline = text.rfind("\n", start, start + MAX_LINE + 1)
        if newline < 0:
            break
        start = newline + 1
    else:
        return
    for m in LINE.finditer(text):
        if m.end() - m.start() > MAX_LINE:
            number = text.count("\n", 0, m.start()) + 1
            raise ReadError(f"line {number} is {m.end() - m.start():,} characters long "
                            f"(the limit is {MAX_LINE:,}): not the text of an issue")


def issues_of(doc: Document) -> list[Issue]:
    """The issues of a document, each with the metadata its reader found for it (a feed gives
    each item's date and url, matched here by issue number). Raises ReadError for a line too
    long to be an issue's, NotAnIssueError when there is no issue."""
    check_lines(doc.text)
    issues = segment(doc.text, doc.meta)
    if not doc.issues:
        return issues
    known = {m.number: m for m in doc.issues if m.number is not None}
    return [_with_meta(issue, known[issue.number]) if issue.number in known else issue for issue in issues]


def _with_meta(issue: Issue, meta: IssueMeta) -> Issue:
    return issue.model_copy(update={"title": issue.title or meta.title, "date": issue.date or meta.date,
                                    "url": issue.url or meta.url})


def parse(doc: Document | str) -> list[Issue]:
    """The issues and stories of a document, offsets mapped to its source."""
    doc = read_text(doc) if isinstance(doc, str) else doc
    issues = issues_of(doc)
    if doc.offsets is None:
        return issues
    return [_map_issue(doc, issue) for issue in issues]


def _map_issue(doc: Document, issue: Issue) -> Issue:
    start, end = doc.to_source(issue.start, issue.end)
    stories = []
    for story in issue.stories:
        s, e = doc.to_source(story.start, story.end)
        stories.append(story.model_copy(update={"start": s, "end": e}))
    return issue.model_copy(update={"start": start, "end": end, "stories": stories})


def claim_id(issue: int | None, story: str | None, kind: Kind, value: float, value_max: float | None,
             text: str, place: str, occurrence: int) -> str:
    """An id from a claim's content, not its position in the file, so that it holds when the
    text around it changes. It hashes the issue, the story title with its numbers masked, the
    kind, the value(s), the evidence text, `place` (the sentence with its numbers masked and
    this claim's marked: see skeleton.marked) and `occurrence`, which tells apart a sentence
    restated word for word in the same story. Adding, removing or moving other stories,
    paragraphs or sentences, or changing another number in the sentence, leaves it as it is."""
    key = f"{issue}|{skeleton(story)}|{kind}|{value!r}|{value_max!r}|{text}|{place}|{occurrence}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return f"{issue if issue is not None else 'x'}-{kind}-{digest}"


def _regions(doc: Document, issue: Issue) -> Iterator[tuple[int, int, StoryRef | None]]:
    """Where claims are looked for: the issue's title line (when the text has one: an issue
    known only from its metadata has none), then every story that is not fiction."""
    if issue.title and doc.text.startswith(issue.title, issue.start):
        yield issue.start, line_end(doc.text, issue.start), None
    for story in issue.stories:
        if story.section is not Section.fiction:
            yield story.start, story.end, StoryRef(index=story.index, title=story.title)


def _finite(*values: float | None) -> bool:
    return all(v is None or math.isfinite(v) for v in values)


def extract_document(doc: Document | str, kinds: Iterable[Kind | str] | None = None) -> list[Claim]:
    """Every claim in a document, sorted by position."""
    return list(iter_claims(doc, kinds))


def iter_claims(doc: Document | str, kinds: Iterable[Kind | str] | None = None) -> Iterator[Claim]:
    """The claims of extract_document, made and yielded one issue at a time, so that memory
    stays flat however many issues a document holds. (A claim in an issue's title line takes
    its subject from a story of that issue; with several issues of one number in a document,
    the whole list used to be searched.)"""
    doc = read_text(doc) if isinstance(doc, str) else doc
    wanted = {Kind(k) for k in kinds} if kinds else None
    for issue in issues_of(doc):
        claims = _issue_claims(doc, issue, wanted)
        claims.sort(key=lambda c: (c.start, c.end, c.kind))
        yield from _headline_subjects(_shared_baselines(claims))


def _issue_claims(doc: Document, issue: Issue, wanted: set[Kind] | None) -> list[Claim]:
    claims: list[Claim] = []
    seen: Counter[tuple] = Counter()
    for start, end, story in _regions(doc, issue):
        sentences = names = None  # made on the story's first claim: most numbers are none
        for c in find_candidates(doc.text, start, end):
            if wanted is not None and c.kind not in wanted:
                continue
            if not _finite(c.value, c.value_max):  # "1e999 FLOPs": no number a record can hold
                continue
            if names is None:
                sentences, names = SentenceIndex(doc.text, start, end), StoryNames(doc.text, start, end)
            span = sentences.span_at(c.start)
            ctx = attribute(c, doc.text, span, names if story else _teaser_names(doc.text, c.start, start, end), start)
            s, e = doc.evidence_span(c.start, c.end)
            text = doc.source[s:e]
            sentence = doc.text[span[0]:span[1]] or text
            title = story.title if story else None
            place = marked(doc.text[span[0]:span[1]], c.start - span[0], c.end - span[0])
            key = (skeleton(title), c.kind, c.value, c.value_max, text, place)
            seen[key] += 1
            claims.append(Claim.model_validate({  # a dict: a fifth faster than keywords through __init__
                "id": claim_id(issue.number, title, c.kind, c.value, c.value_max, text, place, seen[key]),
                "issue": issue.number, "issue_title": issue.title, "issue_date": issue.date, "issue_url": issue.url,
                "story": story, "kind": c.kind, "value": c.value, "value_max": c.value_max, "unit": c.unit,
                "bound": c.bound, "per": c.per, "text": text, "start": s, "end": e,
                "sentence": sentence,
                "subject": ctx.subject, "benchmark": ctx.benchmark, "metric": ctx.metric,
                "baseline": ctx.baseline, "quoted": ctx.quoted, "rule": c.rule,
            }))
    return claims


def _teaser_names(text: str, pos: int, start: int, end: int) -> StoryNames:
    """The names of the part of an issue's title line that holds `pos`: the line teases several
    stories, one between each ";" ("Import AI 413: 40B distributed training run; avoiding the ‘One
    True Answer’ fallacy; …"), and a name from another part is about another story."""
    after = text.find(";", pos, end)
    return StoryNames(text, max(start, text.rfind(";", start, pos) + 1), end if after < 0 else after)


def _shared_baselines(claims: list[Claim]) -> list[Claim]:
    """Speedups listed in one sentence share its baseline: "speedups of 1.5x over vanilla
    transformers … and 1.2x when training …" — the 1.2x is over vanilla transformers too."""
    baselines: dict[tuple[str, StoryRef | None], str] = {}  # the last baseline seen in each sentence
    out: list[Claim] = []
    for c in claims:
        if c.kind is Kind.speedup:
            key = (c.sentence, c.story)
            if c.baseline is None and key in baselines:
                c = c.model_copy(update={"baseline": baselines[key]})
            if c.baseline:
                baselines[key] = c.baseline
        out.append(c)
    return out


def _headline_subjects(claims: list[Claim]) -> list[Claim]:
    """A claim in an issue's title line is about what the story that restates it is about:
    "Import AI 396: $80bn on AI infrastructure" takes the subject of the story's "$80bn"."""
    out = []
    for c in claims:
        if c.story is None:
            same = next((o for o in claims if o.story is not None and o.issue == c.issue and o.kind == c.kind
                         and o.value == c.value and o.value_max == c.value_max and o.subject), None)
            if same is not None:
                c = c.model_copy(update={"subject": same.subject})
        out.append(c)
    return out


def extract(text: str, meta: IssueMeta | None = None, kinds: Iterable[Kind | str] | None = None) -> list[Claim]:
    """Every claim in the text of one or more plain-text issues."""
    return extract_document(Document(text=text, source=text, meta=meta), kinds)
