"""The README's table of bad inputs, one test per row: each ends with its one-line message and
its exit code, never a traceback, a silently empty result or a clobbered file."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import SEEDS, read_source
from importai_claims.cli.app import app
from importai_claims.pipeline import extract_document, parse
from importai_claims.readers import read_text

SEED = SEEDS / "import-ai-401.txt"
ISSUE = read_source(SEED)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def run(*args: str | Path, input: str | bytes | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def one_line_error(result, exit_code: int, message: str) -> None:
    """The run ended with `exit_code` and one stderr line that says `message`, no traceback."""
    assert result.exit_code == exit_code, (result.exit_code, result.stderr, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claims: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.output


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# (id, how to make the input in tmp_path, the message, the exit code) — the README's table.
BAD_FILES: list[tuple[str, Callable[[Path], Path], str, int]] = [
    ("missing path", lambda d: d / "nope.txt", "nope.txt: no such file or directory", 1),
    ("no file matches a glob", lambda d: d / "*.nothing", "no file matches this pattern", 1),
    ("empty directory", lambda d: (d / "empty").mkdir() or d / "empty", "no issue files", 1),
    ("empty file", lambda d: write(d, "empty.txt", b""), "empty.txt: empty file", 1),
    ("blank file", lambda d: write(d, "blank.txt", b"\n\n  \n"), "no Import AI issue found", 1),
    ("PNG image", lambda d: write(d, "issue.png", PNG), "binary file (a PNG image), not text", 1),
    ("PDF", lambda d: write(d, "issue.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "a PDF: convert it to text first", 1),
    ("invalid UTF-8 (Latin-1)", lambda d: write(d, "latin1.txt", ISSUE.encode("utf-8").replace("—".encode(), b"\x97")),
     "not valid UTF-8: byte 97 at offset", 1),
    ("NUL bytes", lambda d: write(d, "nul.txt", ISSUE[:500].encode() + b"\x00\x00" + ISSUE[500:].encode()),
     f"binary data (a NUL byte at offset {len(ISSUE[:500].encode())}), not a text file", 1),
    ("no Import AI issue", lambda d: write(d, "notes.txt", b"Shopping list:\n...eggs\nmilk, 2 litres\n"),
     "no Import AI issue found (no 'Import AI NNN: \u2026' title line)", 1),
    ("line over the limit", lambda d: write(d, "long.txt", b"Import AI 1: x\n\n" + b"word " * 30_000),
     "line 3 is 150,000 characters long (the limit is 100,000): not the text of an issue", 1),
]


@pytest.mark.parametrize("make,message,code", [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES])
@pytest.mark.parametrize("command", ["extract", "stories"])
def test_bad_file(tmp_path, command, make, message, code):
    path = make(tmp_path)
    one_line_error(run(command, path), code, message)


@pytest.mark.parametrize("make,message,code", [row[1:] for row in BAD_FILES if row[0] != "missing path"
                                                and "glob" not in row[0] and "directory" not in row[0]],
                         ids=[row[0] for row in BAD_FILES if row[0] != "missing path"
                              and "glob" not in row[0] and "directory" not in row[0]])
def test_bad_file_on_stdin(tmp_path, make, message, code):
    data = make(tmp_path).read_bytes()
    one_line_error(run("extract", "-", input=data), code, message.split(": ", 1)[-1] if ".txt:" in message else message)


def test_debug_shows_the_traceback(tmp_path):
    notes = write(tmp_path, "notes.txt", b"Shopping list\n")
    assert "Traceback" not in run("extract", notes).stderr
    result = run("--debug", "extract", notes)
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "NotAnIssueError" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("claims: ")
    result = run("--debug", "extract", SEED, "-o", tmp_path)      # an error of the whole run re-raises
    assert result.exit_code == 1 and "is a directory" in str(result.exception)


def test_a_directory_where_a_file_is_expected(tmp_path):
    (tmp_path / "out").mkdir()
    one_line_error(run("extract", SEED, "-o", tmp_path / "out"), 1, "is a directory; -o takes a file path")
    one_line_error(run("validate", tmp_path / "out"), 1, f"{tmp_path / 'out'}: is a directory")
    assert run("validate", tmp_path / "out").stderr.count("out:") == 1


def test_utf16_without_a_bom_is_read(tmp_path):
    expected = json.loads(run("extract", SEED, "-f", "json").stdout)
    for codec in ("utf-16-le", "utf-16-be"):
        path = write(tmp_path, f"{codec}.txt", ISSUE.encode(codec))
        result = run("extract", path, "-f", "json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == expected


def test_fifty_megabyte_single_line(tmp_path):
    """A data dump on one line: refused quickly, with its line number, whatever its head."""
    filler = b"the model runs 10x faster with 7B parameters on 1,000 GPUs and scores 85% on MMLU " * 620_000
    for head in (b"", b"Import AI 999: a huge line\n\nA story:\n\xe2\x80\xa6its subtitle\n"):
        data = head + filler[:50_000_000]
        path = write(tmp_path, "huge.txt", data)
        started = time.monotonic()
        result = run("extract", path)
        assert time.monotonic() - started < 30
        line = 1 if not head else 5
        one_line_error(result, 1, f"huge.txt: line {line} is 50,000,000 characters long")


def test_a_long_line_under_the_limit_is_extracted_in_reasonable_time():
    """A whole issue's prose run into one 99,000-character line: one sentence of numbers."""
    filler = "the model runs 10x faster with 7B parameters on 1,000 GPUs and scores 85% on MMLU "
    text = "Import AI 999: x\n\nA story:\n\u2026its subtitle\n" + (filler * 1200)[:99_000] + "\n"
    started = time.monotonic()
    claims = extract_document(read_text(text))
    assert time.monotonic() - started < 20
    assert len(claims) > 1000 and all(text[c.start:c.end] == c.text for c in claims)
    assert max(len(c.sentence) for c in claims) <= 2000


def test_an_issue_title_line_too_long_to_be_a_title_is_no_issue():
    one_line_error(run("extract", "-", input="Import AI 1: " + "x " * 200 + "\n"), 1, "no Import AI issue found")


def _cut_mid_story(text: str, index: int) -> str:
    story = parse(text)[0].stories[index]
    return text[:(story.start + story.end) // 2]


@pytest.mark.parametrize("seed", ["import-ai-401.txt", "import-ai-396.txt", "import-ai-398.txt"])
def test_truncated_issue_keeps_the_claims_of_its_complete_stories(tmp_path, seed):
    text = read_source(SEEDS / seed)
    full = json.loads(run("extract", SEEDS / seed, "-f", "json").stdout)
    cut_at = len(parse(text)[0].stories) // 2
    path = write(tmp_path, seed, _cut_mid_story(text, cut_at).encode("utf-8"))
    result = run("extract", path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    truncated = json.loads(result.stdout)
    complete = [c for c in full if c["story"] and c["story"]["index"] < cut_at]
    assert complete and [c for c in truncated if c["story"] and c["story"]["index"] < cut_at] == complete


@pytest.mark.parametrize("args", [
    ("extract", str(SEED), "--kind", "vibes"),
    ("extract", str(SEED), "--format", "xml"),
    ("extract", str(SEED), "-f", ""),
    ("stories", str(SEED), "--format", "csv"),
    ("extract", "--no-such-option", str(SEED)),
    ("extract",),
    ("extract", str(SEED), "--input-format", "docx"),
    ("text", str(SEED), "--input-format", "pdf"),
], ids=["unknown kind", "unknown format", "empty format", "stories format", "unknown option", "no path",
        "unknown input format", "unknown input format of text"])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2 and "Usage:" in result.output and "Traceback" not in result.output


# Claims files given to validate (exit 1) and diff (exit 2, since its 1 means "they differ").
BAD_CLAIMS_FILES = [
    ("malformed YAML", "claims.yaml", "- id: a\n  value: [1\n", "not valid YAML (line 3, column 1)"),
    ("malformed JSON", "claims.json", '[{"id": "a",}]', "not valid JSON: Expecting property name"),
    ("malformed JSON Lines", "claims.jsonl", '{"id": "a"}\n{"id": \n', "not valid JSON Lines: line 2"),
    ("CSV claims file", "claims.csv", "id,issue,issue_title,story_index\n1,2,3,4\n", "a CSV claims file cannot be read back"),
    ("Python object tag", "claims.yaml", '- !!python/object/apply:os.system ["touch pwned"]\n', "YAML tag not allowed"),
    ("not a list", "claims.yaml", "id: a\nvalue: 1\n", "a claims file holds a list of records, not a dict"),
]


@pytest.mark.parametrize("name,text,message", [row[1:] for row in BAD_CLAIMS_FILES], ids=[r[0] for r in BAD_CLAIMS_FILES])
def test_bad_claims_file(tmp_path, name, text, message):
    path = write(tmp_path, name, text.encode("utf-8"))
    one_line_error(run("validate", path), 1, f"{name}: {message}")
    one_line_error(run("diff", path, SEED), 2, f"{name}: {message}")
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_bad_claims_files_do_not_stop_validate_checking_the_others(tmp_path):
    good = tmp_path / "good.yaml"
    assert run("extract", SEED, "-o", good).exit_code == 0
    bad = write(tmp_path, "bad.json", b"[")
    result = run("validate", bad, good)
    assert result.exit_code == 1 and "bad.json: not valid JSON" in result.stderr
    assert f"{good}: {len(yaml.safe_load(good.read_text()))} records, valid" in result.stdout
