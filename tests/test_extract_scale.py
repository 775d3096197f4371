"""`claims extract` over many files: --jobs gives the same output as one job, claims stream
issue by issue, and the progress bar shows only on a terminal and never with --quiet."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, SEEDS
from importai_claims import extract_document, read_text
from importai_claims.cli import progress
from importai_claims.cli.app import app
from importai_claims import pipeline
from importai_claims.pipeline import iter_claims

runner = CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The seeds, the fixtures in every format, and a file that holds no issue, in one folder."""
    root = tmp_path_factory.mktemp("issues")
    for p in [*SEEDS.glob("*.txt"), *FIXTURES.glob("import-ai-*")]:
        shutil.copy(p, root / p.name)
    (root / "zz-not-an-issue.txt").write_text("Just a shopping list: 3 apples, 2 pears.\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "yaml"])
def test_two_jobs_write_what_one_job_writes(folder, fmt):
    one = runner.invoke(app, ["extract", str(folder), "--format", fmt])
    two = runner.invoke(app, ["extract", str(folder), "--format", fmt, "--jobs", "2"])
    assert one.stdout and two.stdout == one.stdout
    assert two.exit_code == one.exit_code == 1  # the file with no issue
    assert two.stderr == one.stderr and "zz-not-an-issue.txt" in one.stderr


def test_jobs_must_be_positive(folder):
    assert runner.invoke(app, ["extract", str(folder), "--jobs", "0"]).exit_code == 2


def test_claims_stream_one_issue_at_a_time(monkeypatch):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    doc = read_text(text)
    made = []
    issue_claims = pipeline._issue_claims
    monkeypatch.setattr(pipeline, "_issue_claims", lambda d, issue, w: made.append(issue.number) or issue_claims(d, issue, w))
    stream = iter_claims(doc)
    first = next(stream)
    assert made == [388] and first.issue == 388  # the first issue's claims come before the second is read
    assert [first, *stream] == extract_document(doc) and len(made) == 20


def test_no_progress_bar_when_not_a_terminal_or_quiet(monkeypatch):
    calls = []
    with progress.file_progress(100, quiet=False) as done:  # pytest's stderr is not a terminal
        done()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    for quiet, total in ((True, 100), (False, 2)):
        with progress.file_progress(total, quiet=quiet) as done:
            calls.append(done)
    assert all(getattr(d, "__name__", "") == "<lambda>" for d in calls)


def test_progress_bar_on_a_terminal(monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with progress.file_progress(10, quiet=False) as done:
        for _ in range(10):
            done()
    assert capsys.readouterr().out == ""  # the bar never touches stdout


def test_piped_run_writes_nothing_to_stderr(folder, tmp_path):
    good = tmp_path / "good"
    shutil.copytree(SEEDS, good)
    result = subprocess.run([sys.executable, "-c", "from importai_claims.cli import main; main()", "extract", str(good), "-f", "jsonl"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "" and result.stdout.count("\n") > 100


def test_line_breaks_are_kept_for_the_text_itself_not_for_an_equal_copy():
    """A cache keyed on the text's value compared a re-read copy of a text with the cached one
    in full on every call: a second run over the same 2 MB file took seconds instead of a
    fraction of one. The breaks are found again for a copy, and kept for the text itself."""
    from importai_claims.extractors.base import line_breaks, line_start

    text = "Import AI 1: x\nA line.\n" * 1000
    copy = "".join(list(text))
    assert copy == text and copy is not text
    breaks = line_breaks(text)
    assert line_breaks(text) is breaks and line_start(text, 20) == 15
    assert line_breaks(copy) == breaks and line_breaks(copy) is not breaks
