"""The CI examples in examples/ run as written: the pre-commit hook's entry and the workflow's
check step, against a folder of real seed issues and their claims files."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEEDS, read_source

EXAMPLES = ROOT / "examples"
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


@pytest.fixture()
def repo(tmp_path):
    """issues/ with two seeds and claims/ with their claims, as `claims extract` writes them."""
    (tmp_path / "issues").mkdir()
    (tmp_path / "claims").mkdir()
    for name in ("import-ai-399", "import-ai-400"):
        shutil.copy(SEEDS / f"{name}.txt", tmp_path / "issues" / f"{name}.txt")
        subprocess.run([_claims(), "extract", f"issues/{name}.txt", "-o", f"claims/{name}.yaml"],
                       cwd=tmp_path, check=True)
    return tmp_path


def _claims() -> str:
    return str(Path(sys.executable).parent / "claims")


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", **extra}


def _edit(repo: Path) -> None:
    path = repo / "issues" / "import-ai-400.txt"
    path.write_text(read_source(path).replace("606×", "706×", 1), encoding="utf-8", newline="")


def test_the_hook_passes_on_matching_claims_and_blocks_a_change(repo):
    [hook] = yaml.safe_load((EXAMPLES / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["language"] == "python" and "claims diff" in hook["entry"]
    issues = sorted(str(p.relative_to(repo)) for p in (repo / "issues").iterdir())
    assert all(re.search(hook["files"], i) for i in issues)

    def run_hook():
        return subprocess.run([*shlex.split(hook["entry"]), *issues], cwd=repo, env=_env(),
                              capture_output=True, text=True)

    assert run_hook().returncode == 0
    _edit(repo)
    blocked = run_hook()
    assert blocked.returncode == 1 and "606 x" in blocked.stdout and "706 x" in blocked.stdout
    (repo / "claims" / "import-ai-399.yaml").unlink()
    assert run_hook().returncode == 2


def test_the_workflow_step_writes_a_summary_and_fails_on_a_change(repo, tmp_path_factory):
    workflow = yaml.safe_load((EXAMPLES / ".github" / "workflows" / "claims.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["claims"]
    [check] = [s for s in job["steps"] if "claims diff" in s.get("run", "")]
    summary = tmp_path_factory.mktemp("gh") / "summary.md"

    def run_step():
        env = _env(GITHUB_STEP_SUMMARY=str(summary), **{k: str(v) for k, v in job["env"].items()})
        return subprocess.run(["bash", "-e", "-c", check["run"]], cwd=repo, env=env, capture_output=True, text=True)

    assert run_step().returncode == 0
    assert summary.read_text(encoding="utf-8").count("### Claims: ") == 2
    _edit(repo)
    summary.write_text("")
    assert run_step().returncode == 1
    assert "#### Changed (1)" in summary.read_text(encoding="utf-8")


def test_the_readme_shows_the_examples_as_they_are():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using it in CI"):]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    examples = [(EXAMPLES / ".github" / "workflows" / "claims.yml").read_text(encoding="utf-8"),
                (EXAMPLES / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")]
    assert len(blocks) == 2
    for block in blocks:
        lines = [line for line in block.splitlines() if line.strip()]
        assert all(any(line in example for example in examples) for line in lines), block
