"""Split prose into sentences, with offsets.

Each line is a paragraph (or a bullet) and no sentence crosses one. Within a line a sentence
ends at ".", "!", "?" or "…" (and any closing quotes or brackets) followed by a space and a
capital, a digit or an opening quote, except after an abbreviation ("e.g.", "vs.", "approx.")
or an initial.

A "sentence" longer than MAX_SENTENCE characters (a paragraph without full stops, a data dump)
is cut at spaces into pieces of at most that length, so that the work done around each number
stays bounded however long a line is. The longest real sentence in the seeds is ~1,100.

>>> t = "Claude gets 26.23% (e.g. on Omni-Math). GPT-4o gets 2%… “Wow,” they write."
>>> [t[s:e] for s, e in sentence_spans(t)]
['Claude gets 26.23% (e.g. on Omni-Math).', 'GPT-4o gets 2%…', '“Wow,” they write.']
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from .extractors.base import line_end, line_start

ABBREVIATIONS = frozenset(
    "e.g i.e eg ie vs v etc approx al fig figs eq no nos mr mrs ms dr prof st jr sr inc ltd co corp "
    "u.s u.k cf est min max avg ca resp dept univ jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# A boundary is the space that a scan for sentence marks finds after one (\K leaves the mark out of
# the match): twice as fast as looking back for a mark from every space.
BOUNDARY = regex.compile(
    r"""
    [.!?…] [”’"')\]]* \K              # a sentence mark and any closing quotes or brackets
    \s+                                # the space between sentences
    (?= [“‘"'(\[]* (?: [\p{Lu}\d•] | \p{Ll}+ [\p{Lu}\d] ) )  # the next opens with a capital, a digit,
                                       # a bullet, or a name such as "xAI", "o1", "nuPlan"
    """,
    regex.VERBOSE,
)
MARKS, CLOSERS = ".!?…", "”’\"')]"  # the first two classes of BOUNDARY
# The last space before a word, searched from the word's end.
SPACE_BACK = regex.compile(r"\s", regex.REVERSE)
LINE = regex.compile(r"[^\r\n]+")
MAX_SENTENCE = 2000


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """True when the text before a boundary (`end`, just after a sentence mark or a closing
    quote) ends with an abbreviation or an initial ("J. Clark"): a full stop, and before it a
    word of ABBREVIATIONS or one letter (after the last space of the 12 characters before it)."""
    window = max(start, end - 12)
    if end <= window or text[end - 1] != ".":
        return False
    space = SPACE_BACK.search(text, window, end - 1)
    word = text[space.end() if space else window:end - 1].lower().lstrip("(“‘\"'")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of every sentence in text[start:end], blank lines and edges trimmed."""
    end = len(text) if end is None else end
    return [span for line in LINE.finditer(text, start, end) for span in _line_spans(text, line.start(), line.end())]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """sentence_spans of text[start:end], which holds no line break."""
    spans = []
    s = start
    for b in BOUNDARY.finditer(text, _mark_before(text, start), end):
        if not _ends_with_abbreviation(text, s, b.start()):
            spans.append((s, b.start()))
            s = b.end()
    spans.append((s, end))
    out = []
    for s, e in spans:
        sentence = text[s:e]  # (sliced once, to be trimmed)
        if body := sentence.strip():
            s += len(sentence) - len(sentence.lstrip())
            out.extend(_pieces(text, s, s + len(body)))
    return out


def _mark_before(text: str, start: int) -> int:
    """Where to look for sentence marks from: `start`, or the mark (and closing quotes) right
    before it, which ends a sentence at the space `start` may open with."""
    i = start
    while i > 0 and text[i - 1] in CLOSERS:
        i -= 1
    return i - 1 if i > 0 and text[i - 1] in MARKS else start


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at spaces into pieces of at most MAX_SENTENCE characters (a piece
    with no space in it is cut where it reaches the limit).

    >>> t = "word " * 1000
    >>> [e - s for s, e in _pieces(t, 0, len(t) - 1)]
    [1999, 1999, 999]
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE + 1)
        if cut == -1:
            cut = start + MAX_SENTENCE
        pieces.append((start, len(text[start:cut].rstrip()) + start))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


class SentenceIndex:
    """Find the sentence around an offset quickly. Sentences never cross a line, so only the
    lines asked about are split, each once: most of a story holds no claim."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.start, self.end = start, len(text) if end is None else end
        self._lines: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Every sentence of the region."""
        return sentence_spans(self.text, self.start, self.end)

    def span_at(self, pos: int) -> tuple[int, int]:
        if not self.start <= pos < self.end or self.text[pos] in "\r\n":
            return (pos, pos)
        first = max(self.start, line_start(self.text, pos))
        if first not in self._lines:
            # One line: split without the look for lines of sentence_spans.
            spans = _line_spans(self.text, first, min(self.end, line_end(self.text, pos)))
            self._lines[first] = (spans, [s for s, _ in spans])
        spans, starts = self._lines[first]
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return spans[i]
        return (pos, pos)

    def sentence_at(self, pos: int) -> str:
        s, e = self.span_at(pos)
        return self.text[s:e]
