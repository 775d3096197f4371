"""Many inputs, one of them bad; and `-o`, which never leaves a half-written or clobbered file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from importai_claims import pipeline
from importai_claims.cli.app import app

GOOD = [SEEDS / "import-ai-401.txt", SEEDS / "import-ai-396.txt"]


def run(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def claims_of(*paths: Path) -> list[dict]:
    result = run("extract", *paths, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two good issues and, between them in sorted order, three bad files."""
    d = tmp_path / "issues"
    d.mkdir()
    (d / "a-import-ai-401.txt").write_bytes(GOOD[0].read_bytes())
    (d / "b-broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (d / "c-empty.txt").write_bytes(b"")
    (d / "d-notes.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    (d / "e-import-ai-396.txt").write_bytes(GOOD[1].read_bytes())
    return d


def test_bad_files_are_reported_and_skipped_and_the_exit_code_is_1(folder):
    result = run("extract", folder, "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"claims: {folder / 'b-broken.txt'}: binary file (a PNG image), not text",
        f"claims: {folder / 'c-empty.txt'}: empty file",
        f"claims: {folder / 'd-notes.txt'}: no Import AI issue found (no 'Import AI NNN: \u2026' title line)",
    ]
    assert json.loads(result.stdout) == claims_of(*GOOD)


def test_a_missing_path_among_good_ones(tmp_path):
    result = run("extract", GOOD[0], tmp_path / "nope.txt", GOOD[1], "-f", "json")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "nope.txt: no such file" in result.stderr
    assert json.loads(result.stdout) == claims_of(*GOOD)


def test_with_o_the_good_files_output_is_written(folder, tmp_path):
    out = tmp_path / "out.yaml"
    out.write_text("- previous\n", encoding="utf-8")
    result = run("extract", folder, "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == claims_of(*GOOD)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["issues", "out.yaml"]


def test_with_o_a_run_where_every_input_failed_keeps_the_previous_output(folder, tmp_path):
    out = tmp_path / "out.yaml"
    out.write_text("- previous\n", encoding="utf-8")
    result = run("extract", folder / "b-broken.txt", folder / "d-notes.txt", "-o", out)
    assert result.exit_code == 1 and result.stderr.count("\n") == 2
    assert out.read_text(encoding="utf-8") == "- previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["issues", "out.yaml"]
    fresh = tmp_path / "fresh.yaml"
    assert run("extract", folder / "c-empty.txt", "-o", fresh).exit_code == 1 and not fresh.exists()


def test_a_file_that_trips_a_bug_is_reported_and_the_others_still_run(folder, monkeypatch):
    real = pipeline.extract_document

    def buggy(doc, kinds=None):
        if "396" in doc.name:
            raise IndexError("list index out of range")
        return real(doc, kinds)

    monkeypatch.setattr(pipeline, "extract_document", buggy)
    result = run("extract", GOOD[1], GOOD[0], "-f", "json")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == (f"claims: {GOOD[1]}: internal error (IndexError: list index out of range); "
                                     "this is a bug, please report it with the file (--debug shows the traceback)")
    assert json.loads(result.stdout) == claims_of(GOOD[0])
    result = run("--debug", "extract", GOOD[1], GOOD[0], "-f", "json")
    assert "Traceback" in result.stderr and "IndexError" in result.stderr


def test_a_run_that_fails_midway_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    """The writer raises after some records are written: out.yaml is as it was, no temp file."""
    import importai_claims.writers as writers

    out = tmp_path / "out.yaml"
    run("extract", GOOD[0], "-o", out)
    before = out.read_bytes()
    real = writers.render

    def failing(records, fmt, *args, **kwargs):
        for n, chunk in enumerate(real(records, fmt, *args, **kwargs)):
            if n == 5:
                raise RuntimeError("disk on fire")
            yield chunk

    monkeypatch.setattr(writers, "render", failing)
    result = run("extract", *GOOD, "-o", out)
    assert result.exit_code == 1 and "internal error (RuntimeError: disk on fire)" in result.stderr
    assert out.read_bytes() == before
    assert os.listdir(tmp_path) == ["out.yaml"]


def test_an_interrupted_run_leaves_the_previous_output_intact(tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    out.write_text("[]\n", encoding="utf-8")
    real = pipeline.extract_document
    calls = []

    def interrupted(doc, kinds=None):
        calls.append(doc.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(doc, kinds)

    monkeypatch.setattr(pipeline, "extract_document", interrupted)
    result = run("extract", *GOOD, "-f", "json", "-o", out)
    assert result.exit_code == 130 and result.stderr.strip() == "claims: interrupted"
    assert out.read_text(encoding="utf-8") == "[]\n" and os.listdir(tmp_path) == ["out.json"]


KILLED_RUN = textwrap.dedent("""
    import sys, time
    from importai_claims import pipeline
    from importai_claims.cli import main
    real = pipeline.extract_document
    def slow(doc, kinds=None):
        result = real(doc, kinds)
        if "396" in doc.name:
            print("midway", file=sys.stderr, flush=True)
            time.sleep(60)
        return result
    pipeline.extract_document = slow
    sys.argv = ["claims", *sys.argv[1:]]
    main()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_run_leaves_the_previous_output_intact(tmp_path):
    """`claims extract … -o out.yaml` killed with SIGKILL midway: out.yaml is as it was."""
    out = tmp_path / "out.yaml"
    out.write_text("- previous: run\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, "extract", str(GOOD[0]), str(GOOD[1]), str(SEEDS), "-o", str(out)],
        stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        assert proc.stderr.readline().strip() == b"midway"
        temp = [p for p in tmp_path.iterdir() if p.name.startswith(".out.yaml.")]
        assert len(temp) == 1                     # the records of the first files went to a temp file…
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.stderr.close()
    assert out.read_text(encoding="utf-8") == "- previous: run\n"   # …and out.yaml was never touched


def test_refuses_to_write_over_an_input(tmp_path):
    issue = tmp_path / "import-ai-401.txt"
    issue.write_bytes(GOOD[0].read_bytes())
    for target in (issue, tmp_path / "." / "import-ai-401.txt"):
        result = run("extract", tmp_path, "-o", target)
        assert result.exit_code == 1 and result.stderr.startswith("claims: refusing to write the output over the input")
        assert issue.read_bytes() == GOOD[0].read_bytes()


def test_an_output_inside_the_input_folder_is_not_read_as_an_input(tmp_path):
    (tmp_path / "import-ai-401.txt").write_bytes(GOOD[0].read_bytes())
    for _ in range(2):
        result = run("extract", tmp_path, "-o", tmp_path / "claims.yaml")
        assert result.exit_code == 0, result.stderr
    assert yaml.safe_load((tmp_path / "claims.yaml").read_text(encoding="utf-8")) == claims_of(GOOD[0])
