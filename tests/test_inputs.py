"""Inputs in every shape: encodings and line endings, standard input, folders and globs,
format detection and --input-format, and files that are not issues."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, ROOT, SEEDS, read_source
from importai_claims.cli.app import app
from importai_claims.readers import ReadError, decode, detect_format, load

runner = CliRunner()
SEED = SEEDS / "import-ai-401.txt"


def extract(*args: str, input: bytes | None = None) -> list[dict]:
    result = runner.invoke(app, ["extract", *args, "--format", "json"], input=input)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def content(claims: list[dict]) -> list[tuple]:
    return [(c["story"] and c["story"]["title"], c["kind"], c["value"], c["text"]) for c in claims]


ENCODINGS = {
    "utf-8-bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    "utf-16-le": lambda t: t.encode("utf-16"),                      # with its BOM
    "utf-16-be": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "crlf-utf-8-bom": lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
}
PYTHON_CODEC = {"utf-16-le": "utf-16", "utf-16-be": "utf-16"}


@pytest.mark.parametrize("seed", ["import-ai-401.txt", "import-ai-396.txt"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_encodings_and_line_endings_give_the_same_claims_at_exact_offsets(tmp_path, seed, encoding):
    text = read_source(SEEDS / seed)
    path = tmp_path / seed
    path.write_bytes(ENCODINGS[encoding](text))
    expected = extract(str(SEEDS / seed))
    found = extract(str(path))
    assert content(found) == content(expected)
    with open(path, encoding=PYTHON_CODEC.get(encoding, "utf-8"), newline="") as f:
        source = f.read()
    for c in found:
        assert source[c["start"]:c["end"]] == c["text"]
    if encoding.startswith("crlf"):
        assert found[-1]["start"] > expected[-1]["start"]       # shifted by the CRs before it


def test_crlf_markdown_keeps_offsets_exact(tmp_path):
    source = read_source(FIXTURES / "import-ai-400.md").replace("\n", "\r\n")
    path = tmp_path / "import-ai-400.md"
    path.write_bytes(source.encode("utf-8"))
    found = extract(str(path))
    assert content(found) == content(extract(str(FIXTURES / "import-ai-400.md")))
    assert all(source[c["start"]:c["end"]] == c["text"] for c in found)
    assert found[0]["issue"] == 400


def test_decode_refuses_binary_and_bad_utf8():
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ReadError, match="UTF-8"):
        decode("Import AI 401: caf\u00e9".encode("latin-1"))


@pytest.mark.parametrize("name,expected", [
    ("import-ai-400.md", "markdown"), ("import-ai-400.html", "html"), ("import-ai-399.html", "html"),
    ("importai.rss", "feed"), ("importai.atom", "feed"), ("import-ai-401.md", "markdown"),
])
def test_format_from_content_alone(name, expected):
    assert detect_format(read_source(FIXTURES / name), "-") == expected


def test_plain_seed_is_text_whatever_its_name():
    text = read_source(SEED)
    assert detect_format(text, "-") == "text"
    assert detect_format(text, "issue.txt") == "text"
    assert detect_format(read_source(FIXTURES / "import-ai-401.html"), "saved.txt") == "html"


@pytest.mark.parametrize("name", ["import-ai-400.md", "import-ai-400.html", "importai.rss"])
def test_stdin_detects_the_format_from_content(name):
    path = FIXTURES / name
    assert content(extract("-", input=path.read_bytes())) == content(extract(str(path)))


def test_stdin_plain_text():
    assert content(extract("-", input=SEED.read_bytes())) == content(extract(str(SEED)))


def test_input_format_overrides_detection(tmp_path):
    path = tmp_path / "issue.txt"
    path.write_bytes((FIXTURES / "import-ai-400.md").read_bytes())
    as_markdown = extract(str(path), "--input-format", "markdown")
    assert content(as_markdown) == content(extract(str(FIXTURES / "import-ai-400.md")))
    assert load(path.read_bytes(), "issue.txt").format == "text"


def test_unknown_input_format_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(SEED), "--input-format", "pdf"])
    assert result.exit_code == 2
    assert "'pdf' is not one of" in result.stderr and "markdown" in result.stderr


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    (tmp_path / "b" / "import-ai-399.html").write_bytes((FIXTURES / "import-ai-399.html").read_bytes())
    (tmp_path / "a" / "deeper" / "import-ai-400.md").write_bytes((FIXTURES / "import-ai-400.md").read_bytes())
    (tmp_path / "a" / "import-ai-401.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF-1.4")
    issues = [c["issue"] for c in extract(str(tmp_path))]
    assert list(dict.fromkeys(issues)) == [400, 401, 399]


def test_globs(tmp_path):
    for name in ("import-ai-400.md", "import-ai-401.md", "import-ai-400.html"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    issues = [c["issue"] for c in extract(str(tmp_path / "*.md"))]
    assert list(dict.fromkeys(issues)) == [400, 401]


@pytest.mark.parametrize("path", [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / "data" / "gold" / "import-ai-401.json"])
def test_a_file_that_is_not_an_issue_is_a_one_line_error(path):
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"claims: {path}: ") and "Import AI" in lines[0]


def test_not_an_issue_among_issues_fails_but_the_others_run():
    result = runner.invoke(app, ["extract", str(ROOT / "README.md"), str(SEED), "--format", "json"])
    assert result.exit_code == 1
    assert {c["issue"] for c in json.loads(result.stdout)} == {401}


def test_claims_text_prints_the_html_document_text():
    result = runner.invoke(app, ["text", str(FIXTURES / "import-ai-400.html")])
    assert result.exit_code == 0
    assert result.stdout.startswith("Import AI 400: Distillation scaling laws;")
    assert "<" not in result.stdout and "window._preloads" not in result.stdout
    plain = runner.invoke(app, ["text", "--plain", str(FIXTURES / "import-ai-400.md")]).stdout
    assert plain.startswith("Import AI 400: ") and "](" not in plain and "\\-" not in plain
    assert "\nDIY robots just got easier thanks to MuJoCo Playground:\n…A high-performance" in plain
