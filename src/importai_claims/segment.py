"""Segment the text of one or more Import AI issues into issues and stories.

An issue opens with its title line ("Import AI 401: Cheating reasoning models; …"). A story
opens with a title line followed by a "…" subtitle line, or with the first line after a "***"
separator; "Import A-Idea" opens an essay and "Tech Tales:" the fiction. The intro, the
"Subscribe now" lines and the sign-off ("Thanks for reading") belong to no story.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from .models import Issue, IssueMeta, Section, Story


class NotAnIssueError(ValueError):
    """The text holds no Import AI issue."""


# The last alternative changes no match, only speed: a title starts only at a line's start, so
# once the title fails there the scan jumps to the line's end instead of trying `^` at each of
# its characters (ten times faster on the seeds).
ISSUE_TITLE = regex.compile(
    r"""
    ^ [\ \t]* (?:\#+\ )?                    # optional Markdown heading marks
    (?P<title>
        Import \ AI \ ? \#? (?P<number> \d{1,4} )   # "Import AI 401", "Import AI #401"
        [\ \t]* [:\-–—] [\ \t]* \S [^\r\n]*         # ": Cheating reasoning models; …"
    )
    [\ \t]* \r? $
  | [^\n]++ (*SKIP)(*FAIL)                  # not a title: skip the rest of the line
    """,
    regex.VERBOSE | regex.MULTILINE,
)
LINE = regex.compile(r"^[^\r\n]*", regex.MULTILINE)
SUBTITLE = regex.compile(r"^\s*(?:…|\.\.\.)\S")
SEPARATOR = regex.compile(r"^\s*(?:\*\s*){3,}$")
FICTION = regex.compile(r"^\s*Tech\s+Tales\b\s*:?\s*$", regex.IGNORECASE)
ESSAY = regex.compile(r"^\s*Import\s+A-Idea\b", regex.IGNORECASE)
SIGN_OFF = regex.compile(r"^\s*Thanks\s+for\s+reading\b", regex.IGNORECASE)
NOT_A_TITLE = regex.compile(
    r"""^\s*(?: Subscribe\ now | Welcome\ to\ Import\ AI | by\ Jack\ Clark
             | Read\ more | Check\ out | Get\ the | Find\ out | Import\ AI \s* $ )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Lines that close an issue's stories without belonging to them.
BOILERPLATE = regex.compile(r"^\s*(?:Subscribe\s+now|Share|Leave\s+a\s+comment)\s*$", regex.IGNORECASE)
SUBSCRIBE = regex.compile(r"^\s*Subscribe\s+now\s*$", regex.IGNORECASE)
MAX_TITLE_LENGTH = 240


class _Line(NamedTuple):  # a tuple, not a dataclass: made for every line of the text, it is made faster
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str, start: int, end: int) -> list[_Line]:
    return [_Line(m.start(), m.end(), m.group()) for m in LINE.finditer(text, start, end)]


def _is_title(line: _Line) -> bool:
    t = line.text.strip()
    return bool(t) and len(t) <= MAX_TITLE_LENGTH and not NOT_A_TITLE.match(t) and not SUBTITLE.match(t)


def _story_openings(lines: list[_Line]) -> list[tuple[int, Section]]:
    """Indexes of the lines that open stories, with the section each opens."""
    openings: dict[int, Section] = {}
    after_separator = False
    for i, line in enumerate(lines):
        if line.blank:
            continue
        t = line.text
        if FICTION.match(t):
            openings[i] = Section.fiction
        elif ESSAY.match(t):
            openings[i] = Section.essay
        elif i + 1 < len(lines) and SUBTITLE.match(lines[i + 1].text) and _is_title(line):
            openings.setdefault(i, Section.news)
        elif after_separator and _is_title(line) and t.rstrip()[-1:] in ":?!":
            openings.setdefault(i, Section.news)
        # A story may open without a subtitle right after a separator, or after the intro's
        # "Subscribe now" line.
        after_separator = bool(SEPARATOR.match(t) or SUBSCRIBE.match(t))
    return sorted(openings.items())


def _end_of_story(lines: list[_Line], first: int, stop: int) -> int:
    """The offset where the story whose lines are lines[first:stop] ends: before trailing
    blank lines, separators, "Subscribe now" lines and the sign-off."""
    last = stop - 1
    for i in range(first + 1, stop):
        if SIGN_OFF.match(lines[i].text):
            last = i - 1
            break
    while last > first and (lines[last].blank or SEPARATOR.match(lines[last].text)
                            or BOILERPLATE.match(lines[last].text)):
        last -= 1
    return lines[last].end


def _stories(text: str, start: int, end: int) -> list[Story]:
    lines = _lines(text, start, end)
    openings = _story_openings(lines)
    stories = []
    section = Section.news
    for n, (i, opened) in enumerate(openings):
        stop = openings[n + 1][0] if n + 1 < len(openings) else len(lines)
        # Once the fiction starts, the rest of the issue is fiction.
        section = Section.fiction if section is Section.fiction else opened
        subtitle = None
        if i + 1 < stop and SUBTITLE.match(lines[i + 1].text):
            subtitle = lines[i + 1].text.strip()
        stories.append(Story(
            index=n, title=lines[i].text.strip(), subtitle=subtitle, section=section,
            start=lines[i].start + (len(lines[i].text) - len(lines[i].text.lstrip())),
            end=_end_of_story(lines, i, stop),
        ))
    return stories


def segment(text: str, meta: IssueMeta | None = None) -> list[Issue]:
    """The issues in `text`, each with its stories. Raises NotAnIssueError when there are none.

    `meta` describes the issue when the text has no title line of its own (a Markdown export
    whose title sits in the front matter, say).
    """
    headers = [h for h in ISSUE_TITLE.finditer(text) if len(h.group("title")) <= MAX_TITLE_LENGTH]
    if not headers:
        if meta is None or meta.number is None and meta.title is None:
            raise NotAnIssueError("no Import AI issue found (no 'Import AI NNN: …' title line)")
        stories = _stories(text, 0, len(text))
        if not stories:
            raise NotAnIssueError("no Import AI stories found")
        return [Issue(number=meta.number, title=meta.title, date=meta.date, url=meta.url,
                      start=0, end=len(text), stories=stories)]
    issues = []
    for n, h in enumerate(headers):
        end = headers[n + 1].start() if n + 1 < len(headers) else len(text)
        number = int(h.group("number"))
        same = meta is not None and (meta.number in (None, number)) and len(headers) == 1
        issues.append(Issue(
            number=number, title=h.group("title").strip(),
            date=meta.date if same else None, url=meta.url if same else None,
            start=h.start("title"), end=end, stories=_stories(text, h.end(), end),
        ))
    return issues
