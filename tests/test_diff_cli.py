"""`claims diff` over real seed text: what the issue asks it to show, exit codes, formats."""

from __future__ import annotations

import json

import pytest

from cli_helpers import insert_story, run, write
from conftest import SEEDS, read_source

SEED = SEEDS / "import-ai-400.txt"
NEW_STORY = (
    "Tiny robot brains get a big cheque:\n"
    "…A startup bets on small models for warehouse arms…\n"
    "Researchers at a robotics startup have trained a 7B parameter model to control warehouse arms. "
    "The company has raised $40m to build more of them.\n"
    "Read more: Tiny robot brains (company blog).\n\n***\n\n"
)


@pytest.fixture()
def inserted(tmp_path):
    return write(tmp_path / "copy.txt", insert_story(read_source(SEED), 2, NEW_STORY))


@pytest.fixture()
def edited(tmp_path):
    text = read_source(SEED)
    assert text.count("606×") >= 1
    return write(tmp_path / "edited.txt", text.replace("606×", "706×", 1))


def diff_json(*args):
    result = run("diff", *args, "--format", "json")
    return result, json.loads(result.stdout)


def test_an_inserted_story_gives_exactly_its_two_claims_as_added(inserted):
    result, report = diff_json(SEED, inserted)
    assert result.exit_code == 1, result.stderr
    assert report["removed"] == [] and report["changed"] == []
    added = sorted((c["kind"], c["value"], c["text"]) for c in report["added"])
    assert added == [("money", 40_000_000.0, "$40m"), ("parameter_count", 7e9, "7B parameter")]
    assert {c["story"]["title"] for c in report["added"]} == {"Tiny robot brains get a big cheque:"}


def test_a_file_against_itself_exits_0():
    result = run("diff", SEED, SEED)
    assert result.exit_code == 0, result.stderr
    assert "0 added, 0 removed, 0 changed" in result.stdout


def test_one_edited_number_is_one_change_old_to_new(edited):
    result, report = diff_json(SEED, edited)
    assert result.exit_code == 1
    assert report["added"] == [] and report["removed"] == []
    [change] = report["changed"]
    assert (change["old"]["value"], change["new"]["value"]) == (606.0, 706.0)
    assert (change["old"]["text"], change["new"]["text"]) == ("606×", "706×")
    assert "value" in change["fields"]


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_a_claims_file_against_its_issue_exits_0(tmp_path, fmt):
    claims = tmp_path / f"claims.{fmt}"
    assert run("extract", SEED, "--format", fmt, "-o", claims).exit_code == 0
    assert run("diff", claims, SEED).exit_code == 0
    assert run("diff", SEED, claims).exit_code == 0


def test_a_committed_claims_file_against_an_edited_issue(tmp_path, edited):
    claims = tmp_path / "claims.yaml"
    run("extract", SEED, "-o", claims)
    result, report = diff_json(claims, edited)
    assert result.exit_code == 1
    assert [(c["old"]["value"], c["new"]["value"]) for c in report["changed"]] == [(606.0, 706.0)]


@pytest.mark.parametrize("fail_on,code", [("added", 1), ("removed", 0), ("changed,removed", 0),
                                          ("added,removed,changed", 1), (" added , changed ", 1)])
def test_fail_on_narrows_what_counts(inserted, fail_on, code):
    assert run("diff", SEED, inserted, "--fail-on", fail_on).exit_code == code


def test_fail_on_changed_counts_an_edit(edited):
    assert run("diff", SEED, edited, "--fail-on", "changed").exit_code == 1
    assert run("diff", SEED, edited, "--fail-on", "added,removed").exit_code == 0


@pytest.mark.parametrize("args", [["--fail-on", "moved"], ["--format", "html"], ["--by", "story"]])
def test_usage_errors_exit_2(inserted, args):
    result = run("diff", SEED, inserted, *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_bad_input_exits_2_with_one_line(tmp_path):
    missing = run("diff", tmp_path / "missing.yaml", SEED)
    assert missing.exit_code == 2
    assert missing.stderr.strip().count("\n") == 0 and "missing.yaml" in missing.stderr
    broken = write(tmp_path / "broken.json", '[{"id": "x", "value": "lots"}]')
    result = run("diff", broken, SEED)
    assert result.exit_code == 2
    assert "record 0" in result.stderr and result.stderr.strip().count("\n") == 0
    prose = write(tmp_path / "prose.txt", "Just some notes, no issue here.\n")
    assert run("diff", prose, SEED).exit_code == 2


def test_markdown_is_ready_for_a_pull_request_comment(inserted, edited):
    result = run("diff", SEED, inserted, "--format", "markdown")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("### Claims: ")
    assert "**2 added, 0 removed, 0 changed," in result.stdout
    assert "#### Added (2)" in lines
    header = lines.index("#### Added (2)") + 2
    assert lines[header].startswith("| id | kind | value |") and set(lines[header + 1]) <= set("|-")
    rows = lines[header + 2:header + 4]
    assert all(r.startswith("| 400-") and r.endswith(" |") for r in rows)
    assert any("$40m" in r for r in rows) and any("7B parameter" in r for r in rows)
    changed = run("diff", SEED, edited, "--format", "markdown").stdout
    assert "#### Changed (1)" in changed and "| 606 x | 706 x |" in changed


def test_the_table_names_each_group(inserted):
    out = run("diff", SEED, inserted).stdout
    assert "Added (2)" in out and "2 added, 0 removed, 0 changed" in out


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
@pytest.mark.parametrize("by", ["claim", "subject"])
def test_two_runs_give_the_same_bytes(inserted, fmt, by):
    first = run("diff", SEED, inserted, "--format", fmt, "--by", by)
    second = run("diff", SEED, inserted, "--format", fmt, "--by", by)
    assert first.stdout_bytes == second.stdout_bytes and first.stdout


def test_by_subject_compares_two_different_issues():
    old, new = SEEDS / "import-ai-388.txt", SEEDS / "import-ai-391.txt"
    result, report = diff_json(old, new, "--by", "subject")
    assert result.exit_code in (0, 1)
    assert report["counts"]["added"] + report["counts"]["removed"] > 0
    for group in report["groups"]:
        assert group["status"] in ("added", "removed", "changed", "unchanged")
        assert bool(group["old"]) == (group["status"] != "added")
        assert bool(group["new"]) == (group["status"] != "removed")
        assert group["subject"] == group["subject"].casefold().strip()
        assert {c["id"].split("-")[0] for c in group["old"]} <= {"388"}
        assert {c["id"].split("-")[0] for c in group["new"]} <= {"391"}


def test_an_issue_in_another_format_is_read_by_its_reader(tmp_path):
    from conftest import FIXTURES

    html = FIXTURES / "import-ai-401.html"
    claims = tmp_path / "claims.jsonl"
    assert run("extract", html, "--format", "jsonl", "-o", claims).exit_code == 0
    result, report = diff_json(claims, html)
    assert result.exit_code == 0 and report["counts"]["unchanged"] > 0
