"""Each reader on its own: what it keeps, what it drops, and the issue metadata it finds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, read_source
from importai_claims import extract_document, parse
from importai_claims.cli.app import app
from importai_claims.readers import Document, ReadError, read
from importai_claims.readers.feed import read_feed
from importai_claims.readers.html import read_html
from importai_claims.readers.markdown import read_markdown
from importai_claims.readers.meta import issue_meta

runner = CliRunner()

# Real sentences of issue 400, written as Markdown exports write them.
STORY = (
    "---\ntitle: \"Import AI 400: Distillation scaling laws; recursive GPU kernel improvement; and wafer-scale computation\"\n"
    "date: \"2025-02-17T13:01:32+00:00\"\nurl: \"https://importai.substack.com/p/import-ai-400-distillation-scaling\"\n---\n\n"
    "**Microsoft uses Cerebras's wafer-scale chip to sample 40x faster than a GPU:  \n"
    "**_…Really big chips could become the platform for the generative AI economy…  \n"
    "_ \"For full LLM inference, WaferLLM delivers a **38×** faster decode rate (tokens/s) and is 1.7× more "
    "energy\\-efficient (token/J) than vLLM\". We perform a study of distillation, with students and teachers ranging "
    "from [143M to 12.6B parameters](https://arxiv.org/abs/2502.08606), trained on data of a few billion tokens, "
    "up to 512B tokens.  \n**Read more:** [WaferLLM (arXiv)](https://arxiv.org/abs/2502.04563).\n"
)


def test_markdown_front_matter_gives_the_issue_and_its_metadata():
    doc = read_markdown(STORY, "x.md")
    assert doc.meta.number == 400 and doc.meta.date == "2025-02-17"
    claims = extract_document(doc)
    assert {(c.issue, c.issue_date, c.issue_url) for c in claims} == {
        (400, "2025-02-17", "https://importai.substack.com/p/import-ai-400-distillation-scaling")}
    assert claims[0].issue_title.startswith("Import AI 400: Distillation")


def test_markdown_markup_is_dropped_and_evidence_is_verbatim():
    doc = read_markdown(STORY, "x.md")
    assert "energy-efficient" in doc.text and "\\-" not in doc.text
    assert "ranging from 143M to 12.6B parameters, trained" in doc.text
    assert "arxiv.org" not in doc.text and "**" not in doc.text
    assert "\nMicrosoft uses Cerebras's wafer-scale chip to sample 40x faster than a GPU:\n…Really big chips" in doc.text
    claims = extract_document(doc)
    texts = {c.text for c in claims}
    assert {"38×", "1.7×"} <= texts
    assert any(c.value == 1.43e8 and c.value_max == 1.26e10 for c in claims)
    for c in claims:
        assert STORY[c.start:c.end] == c.text
        assert not set(c.text) & set("*_[]()\\")
    (story,) = parse(doc)[0].stories
    assert STORY[story.start:].startswith("Microsoft uses Cerebras")


def test_a_lone_tilde_is_text_and_double_tildes_are_strikethrough():
    doc = read_markdown("OpenAI o1 gets ~60%, ~~most~~ other models get 30% or less.\n")
    assert doc.text == "OpenAI o1 gets ~60%, most other models get 30% or less.\n"


def test_evidence_stops_before_markup_inside_it():
    source = "a 7[B](https://x) model"
    doc = read_markdown(source)
    start = doc.text.index("7B")
    assert doc.evidence_span(start, start + 2) == (2, 3)
    assert doc.to_source(start, start + 2) == (2, 5)


def test_markdown_headings_quotes_bullets_and_references():
    doc = read_markdown("# Import AI 401: Cheating reasoning models\n\n> quoted 250× faster\n\n"
                        "* a **7B** parameter VLM\n- item\n\n[ref]: https://example.com\n")
    assert doc.text.splitlines() == ["Import AI 401: Cheating reasoning models", "", "quoted 250× faster", "",
                                     "a 7B parameter VLM", "item", "", ""]


def test_markdown_without_issue_number_in_title_takes_it_from_the_url():
    source = STORY.replace("Import AI 400: ", "")
    doc = read_markdown(source)
    (issue,) = parse(doc)
    assert issue.number == 400 and issue.title == "Distillation scaling laws; recursive GPU kernel improvement; and wafer-scale computation"
    assert [s.title for s in issue.stories] == ["Microsoft uses Cerebras's wafer-scale chip to sample 40x faster than a GPU:"]
    assert all(c.story is not None for c in extract_document(doc))   # no title line to scan


@pytest.mark.parametrize("title,day,url,expected", [
    ("Import AI 399: 1,000 samples", "Mon, 10 Feb 2025 13:00:00 GMT", None, (399, "2025-02-10")),
    ("Import AI #401 - Cheating", "2025-02-24T08:00:00Z", None, (401, "2025-02-24")),
    ("Cheating", "", "https://jack-clark.net/2025/02/10/import-ai-399-1000-samples/", (399, None)),
    ("Weekly notes", "Spring", None, (None, "Spring")),
    ("Import AI \U00010d41: Garay digits", "", "https://x.example/p/import-ai-\U00010d41-garay", (None, None)),  # none Python reads
])
def test_issue_meta(title, day, url, expected):
    meta = issue_meta(title, day, url)
    assert (meta.number, meta.date) == expected


def test_html_head_metadata_and_article_only():
    doc = read_html(read_source(FIXTURES / "import-ai-400.html"), "import-ai-400.html")
    assert doc.meta.number == 400
    assert doc.meta.url == "https://importai.substack.com/p/import-ai-400-distillation-scaling"
    assert "Subscribe" not in doc.text.split("\n", 3)[2] and "Discussion about this post" not in doc.text
    assert "Import AI 1: not this" not in doc.text and "font-family" not in doc.text
    assert doc.text.count("Import AI 400: Distillation") == 1


def test_html_page_of_several_posts_gives_each_issue_its_own_title_date_and_url():
    """A blog's page of posts (WordPress's, as on jack-clark.net): each <article> names its issue
    in its first heading, links it there and dates it with a <time>; the page's head names none."""
    post = ('<article class="post"><header><h2 class="entry-title"><a href="https://jack-clark.net/{day}/import-ai-{n}/">'
            'Import AI {n}: {title}</a></h2><time class="entry-date published" datetime="{day}T08:00:00+00:00">'
            '</time></header><div class="entry-content"><p><strong>{story}:</strong><br>…A subtitle…<br>{body}</p>'
            '</div></article>')
    page = ("<!DOCTYPE html><html><head><title>Import AI – Page 5</title></head><body><main>"
            + post.format(n=413, day="2025-05-12", title="40B distributed training run", story="Google’s classifier",
                          body="Google released ShieldGemma2, a 4B parameter image safety classifier.")
            + post.format(n=412, day="2025-05-05", title="Huawei trains an MoE model", story="Huawei trains an MoE model",
                          body="Huawei trained a 718B parameter MoE model on 6,000 Ascend NPUs.")
            + "</main></body></html>")
    claims = extract_document(read_html(page))
    assert [(c.issue, c.issue_date, c.issue_url, c.text) for c in claims if c.story] == [
        (413, "2025-05-12", "https://jack-clark.net/2025-05-12/import-ai-413/", "4B parameter"),
        (412, "2025-05-05", "https://jack-clark.net/2025-05-05/import-ai-412/", "718B parameter"),
        (412, "2025-05-05", "https://jack-clark.net/2025-05-05/import-ai-412/", "6,000"),
    ]


def test_html_email_head_title_and_date():
    page = read_source(FIXTURES / "import-ai-399.html").replace(
        "</head>", '<meta property="article:published_time" content="2025-02-10T13:00:00+00:00"></head>')
    doc = read(page, "-")
    assert doc.format == "html"
    claims = extract_document(doc)
    assert {(c.issue, c.issue_date) for c in claims} == {(399, "2025-02-10")}


def test_html_heading_titles_sit_above_their_subtitles():
    doc = read_html(read_source(FIXTURES / "import-ai-401.html"))
    assert "Reasoning models cheat when they think they might lose:\n…When ‘the only way to win’" in doc.text


def test_html_that_is_no_issue():
    page = "<html><head><title>Recipes</title></head><body><p>Bake for 40 minutes.</p></body></html>"
    assert read_html(page).text == "Bake for 40 minutes.\n"
    result = runner.invoke(app, ["extract", "-"], input=page.encode())
    assert result.exit_code == 1 and result.stderr.startswith("claims: -: no Import AI")


def test_rss_items_are_issues_with_their_own_metadata():
    claims = json.loads(runner.invoke(app, ["extract", str(FIXTURES / "importai.rss"), "-f", "json"]).stdout)
    by_issue = {c["issue"]: (c["issue_date"], c["issue_url"]) for c in claims}
    assert list(by_issue) == [401, 400, 399]
    assert by_issue[399] == ("2025-02-10", "https://jack-clark.net/2025/02/10/import-ai-399-1000-samples-to-make-a-"
                             "reasoning-model-deepseek-proliferation-apples-self-driving-car-simulator/")
    assert by_issue[400] == (None, "https://importai.substack.com/p/import-ai-400-distillation-scaling")
    assert by_issue[401] == (None, None)


def test_feed_items_that_are_not_issues_are_left_out():
    feed = read_source(FIXTURES / "importai.rss").replace(
        "<item>", "<item><title>Import AI is moving</title><description>&lt;p&gt;Bake for 40 minutes.&lt;/p&gt;"
        "</description></item>\n<item>", 1)
    doc = read_feed(feed)
    assert doc.extra == {"items": 4, "skipped": 1}
    assert [i.number for i in parse(doc)] == [401, 400, 399]


def test_atom_entries():
    doc = read(read_source(FIXTURES / "importai.atom"), "-")
    assert doc.format == "feed"
    assert [i.number for i in parse(doc)] == [398, 396]


def test_feed_with_entities_is_refused():
    with pytest.raises(ReadError, match="entities"):
        read_feed('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel>'
                  "<item><title>&a;</title></item></channel></rss>")
    with pytest.raises(ReadError, match="well-formed"):
        read_feed("<rss><channel><item>")


def test_document_to_source_is_identity_without_offsets():
    doc = Document(text="abc", source="abc")
    assert doc.to_source(1, 2) == doc.evidence_span(1, 2) == (1, 2)


def test_fixtures_are_what_make_fixtures_makes():
    result = subprocess.run([sys.executable, str(FIXTURES / "make_fixtures.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_saved_email_message_reads_its_html_part(tmp_path):
    from email.message import EmailMessage

    page = read_source(FIXTURES / "import-ai-399.html")
    message = EmailMessage()
    message["Subject"] = "Import AI 399: 1,000 samples to make a reasoning model; DeepSeek proliferation; Apple’s self-driving car simulator"
    message["From"] = "Jack Clark from Import AI <importai@substack.com>"
    message["Date"] = "Mon, 10 Feb 2025 13:01:32 +0000"
    message.set_content("Import AI 399 (plain text version)")
    message.add_alternative(page, subtype="html", cte="quoted-printable")
    path = tmp_path / "import-ai-399.eml"
    path.write_bytes(message.as_bytes())
    assert read(path.read_text(encoding="utf-8"), "-").format == "html"
    claims = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json"]).stdout)
    expected = json.loads(runner.invoke(app, ["extract", str(FIXTURES / "import-ai-399.html"), "-f", "json"]).stdout)
    assert [(c["kind"], c["value"], c["text"]) for c in claims] == [(c["kind"], c["value"], c["text"]) for c in expected]
    assert {(c["issue"], c["issue_date"]) for c in claims} == {(399, "2025-02-10")}
