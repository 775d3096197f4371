"""Safe parsing: YAML only through the safe loader, CSV cells that no spreadsheet runs, HTML and
feeds that never execute or fetch anything, and nothing that touches the network."""

from __future__ import annotations

import csv
import io
import socket

import pytest
import yaml
from typer.testing import CliRunner

from conftest import FIXTURES, SEEDS
from importai_claims.cli.app import app
from importai_claims.readers import ReadError, load
from importai_claims.records import RecordsError, load_records
from importai_claims.writers import FORMULA_START


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test here fails if anything opens a connection or looks up a host."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access: {args[1:] or kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# YAML -----------------------------------------------------------------------------------------

PYTHON_TAGS = [
    '- !!python/object/apply:os.system ["touch pwned"]\n',
    "- !!python/object/new:subprocess.Popen [[touch, pwned]]\n",
    "- !!python/name:os.system\n",
    "- id: a\n  value: !!python/tuple [1, 2]\n",
]


@pytest.mark.parametrize("text", PYTHON_TAGS, ids=lambda t: t.split()[1])
def test_load_records_rejects_python_object_tags(tmp_path, monkeypatch, text):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RecordsError, match="YAML tag not allowed"):
        load_records(text)
    assert not (tmp_path / "pwned").exists()


def test_load_records_reads_what_extract_writes(tmp_path):
    out = tmp_path / "claims.yaml"
    assert run("extract", SEEDS / "import-ai-401.txt", "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert load_records(text) == yaml.safe_load(text) and load_records(text)


def test_yaml_aliases_do_not_blow_up():
    """A billion-laughs document of aliases: plain data, read without expanding copies."""
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    with pytest.raises(RecordsError, match="a list of records, not a dict"):
        load_records(lol)


# CSV ------------------------------------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]


@pytest.mark.parametrize("formula", FORMULAS, ids=lambda f: f[:12])
def test_csv_cells_never_start_a_formula(formula):
    issue = ("Import AI 999: Test\n\nA story about speed:\n\u2026A subtitle\u2026\n"
             f"{formula} It runs 250\u00d7 faster than a GPU, says {formula}.\n")
    result = run("extract", "-", "-f", "csv", input=issue)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(FORMULA_START) for cell in cells), cells
    sentence = rows[1][rows[0].index("sentence")]
    assert sentence.startswith("'" + formula)          # kept, neutralised by the quote


def test_export_csv_is_neutralised_too():
    issue = ("Import AI 999: Test\n\nA story:\n\u2026A subtitle\u2026\n"
             "=EVIL() gets 91.5% on MMLU, beating =WORSE() which gets 80% on MMLU.\n")
    result = run("export", "-", input=issue)
    assert result.exit_code == 0, result.stderr
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert cells and not any(cell.startswith(FORMULA_START) for cell in cells), cells


# HTML and feeds ----------------------------------------------------------------------------------

HOSTILE_HTML = b"""<!DOCTYPE html>
<html><head><title>Import AI 999: hostile page</title>
<script src="http://evil.example/a.js"></script>
<script>document.write("Import AI 998: injected 500x faster")</script>
<link rel="stylesheet" href="http://evil.example/a.css">
<meta http-equiv="refresh" content="0; url=http://evil.example/">
<style>body::after { content: "10x faster"; }</style>
</head><body>
<h1>Import AI 999: hostile page</h1>
<h3>A story about speed:</h3>
<p>\xe2\x80\xa6A subtitle\xe2\x80\xa6</p>
<p>It runs 250\xc3\x97 faster than a GPU. <img src="http://evil.example/pixel.gif" onerror="alert(1)"></p>
<iframe src="http://evil.example/frame"></iframe>
<object data="http://evil.example/x.swf"></object>
</body></html>
"""


def test_html_never_executes_or_fetches():
    doc = load(HOSTILE_HTML, "hostile.html")
    assert doc.format == "html"
    assert "250\u00d7 faster" in doc.text
    for leaked in ("injected", "document.write", "evil.example", "content:", "alert"):
        assert leaked not in doc.text
    result = run("extract", "-", "-f", "json", input=HOSTILE_HTML)
    assert result.exit_code == 0, result.stderr
    assert '"250\u00d7"' in result.stdout and "500" not in result.stdout and "10x" not in result.stdout


def test_feed_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET 999x faster", encoding="utf-8")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY web SYSTEM "http://evil.example/x">]>
<rss version="2.0"><channel><title>Import AI</title>
<item><title>Import AI 999: entities</title><description>&xxe; &web;</description></item>
</channel></rss>""".encode()
    try:
        doc = load(feed, "feed.rss")
    except ReadError as e:
        assert "\n" not in str(e)
    else:
        assert "TOP-SECRET" not in doc.text and "evil" not in doc.text
    result = run("extract", "-", input=feed)
    assert "TOP-SECRET" not in result.output and "Traceback" not in result.output


def test_feed_billion_laughs_is_refused_quickly():
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
    feed = f"""<?xml version="1.0"?><!DOCTYPE rss [{entities}]>
<rss version="2.0"><channel><item><title>Import AI 999: x</title><description>&i;</description></item></channel></rss>"""
    result = run("extract", "-", input=feed.encode())
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir() if p.suffix != ".py"), ids=lambda p: p.name)
def test_every_fixture_is_read_without_the_network(path):
    assert run("extract", path, "-f", "jsonl").exit_code == 0
