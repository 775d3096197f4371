"""The review page without a browser: escaping, one highlight per claim, gold marking, the CLI.

Counts are compared with what extract_document returns, never fixed, so rule tuning does not
break these tests.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from importai_claims.cli.app import app
from importai_claims.gold import GoldError, gold_from_json, match
from importai_claims.pipeline import extract_document
from importai_claims.readers import load, read_text
from importai_claims.report import Mark, attach_gold, highlight, render_report, report, report_document

from conftest import FIXTURES, GOLD, SEEDS, read_source

SEED_FILES = sorted(SEEDS.glob("*.txt"))
GOLD_FILES = sorted(GOLD.glob("*.json"))
INJECTED = (
    "Import AI 999: <b>Bold</b> & <i>brave</i>\n\n"
    "A <script>window.__pwned = 1</script> story:\n"
    "…a subtitle with \"quotes\" & 'apostrophes'…\n"
    "The model runs 250× faster <script>window.__pwned = 2</script> and "
    '<img src=x onerror="window.__pwned = 3"> costs $80bn. </textarea></pre></main>\n'
)


class Tree(HTMLParser):
    """Checks that elements are balanced and collects the claim elements and the page's text."""

    VOID = {"meta", "link", "input", "br", "img"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.claims: list[dict[str, str | None]] = []
        self.scripts = 0
        self.text_depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if "data-claim-id" in a:
            self.claims.append(a)
        if tag not in self.VOID:
            self.stack.append(tag)
            if self.text_depth or a.get("class") == "text":
                self.text_depth += 1

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        if self.text_depth:
            self.text_depth -= 1

    def handle_data(self, data):
        if self.text_depth:
            self.text.append(data)


def parsed(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == []
    return tree


def entries_of(source: str, name: str = "t.txt"):
    return [report_document(read_text(source, name))]


# --- Escaping -----------------------------------------------------------------------------------


def test_injected_markup_is_text():
    page = report([read_text(INJECTED, "inject.txt")])
    tree = parsed(page)
    assert tree.scripts == 2  # the data block and the page's own script, nothing from the input
    assert "".join(tree.text) == INJECTED
    assert "<script>window" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "</textarea></pre></main>" not in page


def test_record_data_cannot_close_its_script_element():
    page = report([read_text(INJECTED.replace("costs $80bn", "costs $80bn</script><script>alert(1)"), "x.txt")])
    data = page.split('<script type="application/json" id="claims-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert all(r["fields"] for r in json.loads(data).values())


def test_title_and_file_name_are_escaped():
    page = render_report(entries_of(INJECTED, 'a"<b>.txt'), title="<T> & co")
    assert "<title>&lt;T&gt; &amp; co</title>" in page
    assert 'a&quot;&lt;b&gt;.txt' in page and '"<b>' not in page
    parsed(page)


def test_only_its_own_script_and_style_may_run():
    page = report([read_text(INJECTED, "x.txt")])
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]
    assert "default-src &#x27;none&#x27;" in csp and "unsafe-inline" not in csp
    assert "script-src &#x27;sha256-" in csp and "style-src &#x27;sha256-" in csp


# --- One highlight per claim, in place ------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_claim_highlighted_once_in_place(path):
    source = read_source(path)
    doc = read_text(source, path.name)
    claims = extract_document(doc)
    tree = parsed(report([doc]))
    assert [c["data-claim-id"] for c in tree.claims] == [c.id for c in claims]
    assert [c["data-kind"] for c in tree.claims] == [c.kind.value for c in claims]
    assert "".join(tree.text) == source


@pytest.mark.parametrize("name", ["import-ai-401.md", "import-ai-399.html", "importai.rss", "importai.atom"])
def test_every_input_format_shows_the_text_its_offsets_index(name):
    doc = load((FIXTURES / name).read_bytes(), name)
    claims = extract_document(doc)
    tree = parsed(report([doc]))
    assert [c["data-claim-id"] for c in tree.claims] == [c.id for c in claims]
    assert "".join(tree.text) == doc.source


def test_multi_issue_file_has_anchors_for_every_story(seed_texts):
    source = "\n".join(seed_texts[name] for name in ("import-ai-400.txt", "import-ai-401.txt"))
    entries = entries_of(source)
    page = render_report(entries)
    tree = parsed(page)
    assert len(tree.claims) == len(entries[0].claims)
    for n, issue in enumerate(entries[0].issues):
        assert f'id="d0-i{n}"' in page and f'href="#d0-i{n}"' in page
        for s in issue.stories:
            assert f'id="d0-i{n}-s{s.index}"' in page and f'href="#d0-i{n}-s{s.index}"' in page


def test_sidebar_counts_and_chart_follow_the_claims():
    path = SEEDS / "import-ai-401.txt"
    entry = entries_of(read_source(path))[0]
    page = render_report([entry])
    for kind in {c.kind for c in entry.claims}:
        n = sum(c.kind is kind for c in entry.claims)
        assert f'<span class="badge k-{kind.value}">{n}</span> {kind.value}' in page
    assert page.count("<svg") == len(entry.issues)
    bars = re.findall(r"<title>[^<]*: (\d+) [a-z_]+</title></rect>", page)
    assert sum(map(int, bars)) == len(entry.claims)


# --- Nesting marks ----------------------------------------------------------------------------------


def mark(start, end, whole, name):
    return Mark(start, end, "b" if whole else "i", (("n", name),), whole=whole)


def test_a_miss_crossing_a_claim_is_split_and_the_claim_stays_whole():
    out = highlight("abcdefgh", [mark(2, 5, True, "c"), mark(4, 7, False, "m")])
    assert out == 'ab<b n="c">cd<i n="m">e</i></b><i n="m">fg</i>h'


def test_crossing_claims_both_stay_one_element():
    out = highlight("abcdefgh", [mark(1, 4, True, "x"), mark(3, 6, True, "y")])
    assert out == 'a<b n="x">bcd</b><b n="y">ef</b>gh'


@given(st.text(alphabet="ab<&>\"\n", min_size=0, max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.booleans()), max_size=8))
def test_highlight_keeps_the_text_and_every_whole_mark(text, spans):
    marks = [mark(min(a, b), max(a, b), w, str(i)) for i, (a, b, w) in enumerate(spans)]
    out = highlight(text, marks)
    tree = Tree()
    tree.text_depth = 1
    tree.feed(f"<div>{out}</div>")
    assert tree.stack == [] and unescape("".join(tree.text)) == text
    inside = [m for m in marks if m.end <= len(text)]
    assert sorted(re.findall(r'<b n="(\d+)">', out)) == sorted(m.attrs[0][1] for m in inside if m.whole)


# --- Gold -----------------------------------------------------------------------------------------


def gold_case(path):
    gold = gold_from_json(json.loads(path.read_text(encoding="utf-8")))
    doc = read_text(read_source(SEEDS / gold.file), gold.file)
    return gold, doc


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_marks_follow_the_matching(path):
    gold, doc = gold_case(path)
    claims = extract_document(doc)
    m = match(gold.claims, [c.model_dump(mode="json") for c in claims])
    page = report([doc], [(path.name, gold)])
    tree = parsed(page)
    statuses = [c.get("data-status") for c in tree.claims]
    assert statuses == ["false" if i in m.false_hits else "hit" for i in range(len(claims))]
    assert set(re.findall(r'data-gold-miss="(\d+)"', page)) == {str(i) for i in m.misses}


def test_a_dropped_gold_claim_is_a_false_hit_and_an_added_one_a_miss():
    gold, doc = gold_case(GOLD / "import-ai-401.json")
    claims = extract_document(doc)
    found = match(gold.claims, [c.model_dump(mode="json") for c in claims])
    dropped_pred, dropped_gold = next(iter(found.pairs.items()))
    extra = {"kind": "money", "value": 1.0, "start": 0, "end": 6, "text": doc.source[0:6]}
    data = gold.model_dump(mode="json")
    data["claims"] = [c for i, c in enumerate(data["claims"]) if i != dropped_gold] + [extra]
    page = report([doc], [("edited", gold_from_json(data))])
    tree = parsed(page)
    false_ids = {c["data-claim-id"] for c in tree.claims if c.get("data-status") == "false"}
    assert claims[dropped_pred].id in false_ids
    assert f'data-gold-miss="{len(data["claims"]) - 1}"' in page
    assert "".join(tree.text) == doc.source


def test_gold_goes_to_the_input_whose_text_it_annotates():
    gold, doc = gold_case(GOLD / "import-ai-401.json")
    other = read_text(read_source(SEEDS / "import-ai-400.txt"), "import-ai-400.txt")
    renamed = read_text(doc.source, "renamed.txt")
    entries = attach_gold([report_document(other), report_document(renamed)], [("g", gold)])
    assert entries[0].gold is None and entries[1].gold is gold
    with pytest.raises(GoldError, match="do not stand at their offsets"):
        attach_gold([report_document(other)], [("g", gold)])
    with pytest.raises(GoldError, match="already has a gold file"):
        attach_gold([report_document(doc)], [("g", gold), ("again", gold)])


def test_a_malformed_gold_file_is_a_gold_error():
    with pytest.raises(GoldError, match="claims"):
        gold_from_json({"file": "x.txt"})
    with pytest.raises(GoldError, match="kind"):
        gold_from_json({"claims": [{"kind": "weight", "value": 1, "start": 0, "end": 1}]})
    with pytest.raises(GoldError, match="before start"):
        gold_from_json({"claims": [{"kind": "money", "value": 1, "start": 5, "end": 1}]})


# --- The command --------------------------------------------------------------------------------


runner = CliRunner()


def test_cli_writes_the_page(tmp_path):
    out = tmp_path / "report.html"
    seed = SEEDS / "import-ai-401.txt"
    result = runner.invoke(app, ["report", str(seed), "-o", str(out), "--gold", str(GOLD / "import-ai-401.json")])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    claims = extract_document(read_text(read_source(seed), str(seed)))
    assert [c["data-claim-id"] for c in parsed(page).claims] == [c.id for c in claims]


def test_cli_writes_to_stdout_without_output():
    result = runner.invoke(app, ["report", str(SEEDS / "import-ai-390.txt")])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")


def test_cli_missing_input_exits_1_but_reports_the_others(tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(SEEDS / "import-ai-390.txt"), str(tmp_path / "nope.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "nope.txt: no such file or directory" in result.stderr
    assert "import-ai-390.txt" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["{tmp}/nope.txt"], "no issue to report on"),
    (["{seed}", "--gold", "{tmp}/none.json"], "none.json"),
    (["{seed}", "--gold", "{tmp}/bad.json"], "not JSON"),
    (["{seed}", "--gold", "{tmp}/wrong.json"], "not a gold file"),
    (["{seed}", "--gold", "{gold}"], "do not stand at their offsets"),
], ids=["no-input", "gold-missing", "gold-not-json", "gold-wrong-shape", "gold-of-another-issue"])
def test_cli_handled_errors_exit_1_and_write_nothing(tmp_path, args, message):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "wrong.json").write_text('{"claims": 3}', encoding="utf-8")
    values = {"tmp": tmp_path, "seed": SEEDS / "import-ai-390.txt", "gold": GOLD / "import-ai-401.json"}
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", *(a.format(**values) for a in args), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert all(line.startswith("claims: ") for line in result.stderr.strip().splitlines())
    assert not out.exists()


@pytest.mark.parametrize("args", [["report"], ["report", "x.txt", "--bogus"]], ids=["no-paths", "bad-option"])
def test_cli_usage_errors_exit_2(args):
    assert runner.invoke(app, args).exit_code == 2
