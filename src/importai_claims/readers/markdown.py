"""Markdown as Substack exports and archivers write it.

    ---
    title: "Import AI 400: Distillation scaling laws; …"
    url: "https://importai.substack.com/p/import-ai-400-distillation-scaling"
    ---
    **DIY robots just got easier thanks to MuJoCo Playground:··
    **_…A high-performance and usability upgrade to the venerable robotics simulator…··
    _ Researchers with UC Berkeley, … [MuJoCo Playground (arXiv)](https://arxiv.org/abs/…).
    ***

The document text is the file's text with the markup left out: the front matter (its title
becomes the issue's title line), emphasis marks, link brackets and targets, images, inline
HTML tags, heading, quote and bullet marks, escaping backslashes and trailing spaces. What is
kept is kept character for character, so `offsets` maps every character of the document text
to the same character in the file, and a span never holds markup. Thematic breaks stay as they
are: they are where stories part.
"""

from __future__ import annotations

import regex
import yaml

from . import BOM, Document
from .meta import has_issue_title, issue_meta

FRONT_MATTER = regex.compile(
    r"""
    \A \ufeff?
    --- [ \t]* \r?\n                    # the opening fence
    (?P<yaml> (?: .*? \r?\n )?? )       # the YAML, possibly empty
    (?: --- | \.\.\. ) [ \t]* (?: \r?\n | \Z )   # the closing fence
    """,
    regex.VERBOSE | regex.DOTALL,
)
TITLE_FIELD = regex.compile(
    r"""
    ^ title [ \t]* : [ \t]*             # the key
    (?P<value> [^\r\n]*? )              # its value on the same line, quoted or plain
    [ \t]* \r? $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
THEMATIC_BREAK = regex.compile(
    r"""
    ^ [ \t]{0,3}
    (?: (?: \* [ \t]* ){3,}             # *** or * * *
      | (?: -  [ \t]* ){3,}             # ---
      | (?: _  [ \t]* ){3,} )           # ___
    $
    """,
    regex.VERBOSE,
)
BLOCK_MARK = regex.compile(
    r"""
    ^ [ \t]*
    (?: \#{1,6} (?= [ \t] | $ )         # a heading's hashes
      | (?: > [ \t]? )+                 # quote marks
      | [*+\-] (?= [ \t] )              # a bullet
    )
    [ \t]*
    """,
    regex.VERBOSE,
)
REFERENCE_DEFINITION = regex.compile(
    r"""^ [ \t]{0,3} \[ [^\]\r\n]+ \] : [ \t]* \S+ [^\r\n]* $   # [ref]: https://… "title" """,
    regex.VERBOSE,
)
LINK_TARGET = regex.compile(
    r"""
    \] \(                               # the end of the link text and the target's paren
    (?: [^()\s]+ | \( [^()\s]* \) )*    # the url, with balanced parens ("…/Foo_(bar)")
    (?: \s+ (?: "[^"]*" | '[^']*' ) )?  # an optional title
    [ \t]* \)
    | \] \[ [^\]\r\n]* \]               # or a reference: "][ref]"
    """,
    regex.VERBOSE,
)
IMAGE = regex.compile(
    r"""
    ! \[ [^\]\r\n]* \]                  # ![alt]
    (?: \( [^()\s]* (?: \s+ "[^"]*" )? \) | \[ [^\]\r\n]* \] )   # (src "title") or [ref]
    """,
    regex.VERBOSE,
)
AUTOLINK_OR_TAG = regex.compile(
    r"""
    < (?: [a-z][a-z0-9+.\-]* : [^\s<>]* # an autolink: <https://…>
        | /? [a-z][a-z0-9\-]* (?: \s [^<>]* )? /? )   # an inline HTML tag: <br/>, <span …>
    >
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _front_matter(source: str) -> tuple[int, dict, tuple[int, int] | None]:
    """Where the body starts, the front matter's fields, and the span of the title's value
    when it can be copied from the file character for character."""
    m = FRONT_MATTER.match(source)
    if m is None:
        return (1 if source.startswith(BOM) else 0), {}, None
    try:
        fields = yaml.safe_load(m.group("yaml")) or {}
    except yaml.YAMLError:
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    span = None
    t = TITLE_FIELD.search(source, m.start("yaml"), m.end("yaml"))
    if t is not None and isinstance(fields.get("title"), str):
        start, end = t.span("value")
        if end - start >= 2 and source[start] == source[end - 1] and source[start] in "\"'":
            start, end = start + 1, end - 1
        if source[start:end] == fields["title"]:
            span = (start, end)
    return m.end(), fields, span


def _inline(line: str, base: int, keep: list[int]) -> None:
    """Append to `keep` the offsets (base + i) of the characters of `line` that are text."""
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c == "\\" and i + 1 < n and line[i + 1] in ESCAPABLE:
            keep.append(base + i + 1)
            i += 2
            continue
        if c == "!" and (m := IMAGE.match(line, i)):
            i = m.end()
            continue
        if c == "]" and (m := LINK_TARGET.match(line, i)):
            i = m.end()
            continue
        if c == "<" and (m := AUTOLINK_OR_TAG.match(line, i)):
            i = m.end()
            continue
        if c == "~" and line.startswith("~~", i):
            i += 2  # strikethrough marks; a lone "~" is text ("~60%")
            continue
        if c in "*`[":
            i += 1
            continue
        if c == "_" and not (0 < i < n - 1 and line[i - 1].isalnum() and line[i + 1].isalnum()):
            i += 1
            continue
        keep.append(base + i)
        i += 1


def _body(source: str, start: int, keep: list[int]) -> None:
    """Append the offsets of the text characters of the body, line by line."""
    for m in regex.finditer(r"[^\r\n]*(\r\n|\r|\n|\Z)", source, pos=start):
        if m.start() == m.end():
            break
        line = m.group()[: len(m.group()) - len(m.group(1))]
        at = m.start()
        if THEMATIC_BREAK.match(line):
            stripped = line.strip()
            first = at + line.index(stripped[0])
            keep.extend(range(first, first + len(stripped)))
        elif not REFERENCE_DEFINITION.match(line):
            mark = BLOCK_MARK.match(line)
            skip = mark.end() if mark else 0
            content = line.rstrip()
            if content.endswith("\\") and not content.endswith("\\\\"):
                content = content[:-1]                  # a backslash hard break
            _inline(content[skip:], at + skip, keep)
        keep.extend(range(at + len(line), m.end()))     # the line ending, as it is


def read_markdown(source: str, name: str = "<markdown>") -> Document:
    """A Markdown export: its text without markup, offsets into the file's own text."""
    body, fields, title_span = _front_matter(source)
    meta = issue_meta(fields.get("title"), fields.get("date"), fields.get("url") or fields.get("canonical_url"))
    keep: list[int] = []
    _body(source, body, keep)
    text = "".join(source[i] for i in keep)
    if title_span is not None and meta.number is not None and not has_issue_title(text):
        # The issue's title line, as the front matter has it, opens the document text.
        line_end = source.index("\n", title_span[1]) if "\n" in source[title_span[1]:] else title_span[1]
        ending = range(line_end - 1, line_end + 1) if source[line_end - 1] == "\r" else range(line_end, line_end + 1)
        head = [*range(*title_span), *(i for i in ending if i < len(source))]
        keep = head + keep
        text = "".join(source[i] for i in keep)
    offsets = [*keep, keep[-1] + 1 if keep else len(source)]
    return Document(text=text, source=source, offsets=offsets, meta=meta, name=name, format="markdown")
