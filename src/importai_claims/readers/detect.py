"""Which reader an input needs, from its content first and its name second.

Strong signs in the content win over the extension: a feed's root element, an HTML document's
doctype or <html>/<body>, a mail message's HTML
or multipart Content-Type. Then the extension. Then weaker signs in the content, for standard
input and unknown names: YAML front matter, Markdown links and bold.
"""

from __future__ import annotations

from pathlib import PurePath

import regex

from ..enums import InputFormat

FORMATS = tuple(InputFormat)

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".eml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
HEAD_SIZE = 4096  # characters of the content the strong signs are looked for in

FEED_ROOT = regex.compile(
    r"""
    ^ \ufeff? \s*
    (?: <\?xml [^>]* \?> \s* )?                 # an XML declaration
    (?: <!-- .*? --> \s* | <\?[^>]*\?> \s* )*   # comments, stylesheet instructions
    < (?: rss | feed | rdf:RDF ) [\s>]          # the root of an RSS, Atom or RSS 1.0 feed
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
HTML_DOCUMENT = regex.compile(
    r"""
    ^ \ufeff? \s* (?: <!-- .*? --> \s* )*
    < (?: !doctype \s+ html | html | head | body ) [\s>]   # a doctype or the document's first tag
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)
MARKDOWN_SIGNS = regex.compile(
    r"""
    \A \ufeff? --- [ \t]* \r? \n               # YAML front matter
    | \] \( (?: https? | mailto ) : [^)\s]* \)  # a link target: "](https://…)"
    | ^ [ \t]* \*\* [^*\r\n]+ \*\*              # a bold run at a line's start
    | ^ \#{1,6} [ \t] \S                        # an ATX heading
    """,
    regex.VERBOSE | regex.MULTILINE,
)
MIME_MESSAGE = regex.compile(
    r"""
    \A \ufeff? (?: [A-Za-z][A-Za-z0-9\-]* : [^\r\n]* \r?\n )*?   # mail headers
    (?i: content-type : [ \t]* (?: text/html | multipart/ ) )        # naming an HTML or multipart body
    """,
    regex.VERBOSE,
)
HTML_SIGNS = regex.compile(r"</(?:p|div|h[1-6]|strong|b|li|br|table)\s*>|<br\s*/?>", regex.IGNORECASE)


def detect_format(text: str, name: str = "") -> str:
    """The format of decoded input `text` named `name` (a path, or '-' for standard input)."""
    head = text[:HEAD_SIZE]
    if FEED_ROOT.match(head):
        return "feed"
    if HTML_DOCUMENT.match(head) or MIME_MESSAGE.match(head):
        return "html"
    by_name = EXTENSIONS.get(PurePath(name).suffix.lower()) if name and name != "-" else None
    if by_name is not None:
        return by_name
    if MARKDOWN_SIGNS.search(text):
        return "markdown"
    if HTML_SIGNS.search(head):
        return "html"
    return "text"
