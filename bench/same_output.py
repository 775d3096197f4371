"""Check that this working tree extracts exactly what a git ref extracts: byte for byte.

    python bench/same_output.py            # against main
    python bench/same_output.py HEAD~3     # against any commit

Performance work must not change what `claims extract` writes. This script exports `src/` of
the ref into a temporary folder, runs the same commands with that code and with this tree's,
and compares the bytes: the seed issues as JSON and JSONL, the test fixtures, and the seeds
joined twice into one document (many issues in one text, each number twice). Exit 0 when all are identical.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = "import sys; sys.path.insert(0, sys.argv.pop(1)); from importai_claims.cli import main; main()"
JOINED = "import sys; sys.path.insert(0, sys.argv[1]); from importai_claims import extract; from importai_claims.writers import render; \
text = open(sys.argv[2], encoding='utf-8', newline='').read(); sys.stdout.writelines(render(extract(text), 'jsonl'))"


def commands(src: Path, joined: Path) -> dict[str, list[str]]:
    claims = [sys.executable, "-c", RUN, str(src), "extract"]
    return {
        "seeds, json": [*claims, str(ROOT / "seeds"), "--format", "json"],
        "seeds, jsonl": [*claims, str(ROOT / "seeds"), "--format", "jsonl"],
        "fixtures, yaml": [*claims, str(ROOT / "tests" / "fixtures"), "--format", "yaml"],
        "seeds joined twice, library": [sys.executable, "-c", JOINED, str(src), str(joined)],
    }


def export_src(ref: str, into: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main(ref: str = "main") -> int:
    with tempfile.TemporaryDirectory() as tmp:
        joined = Path(tmp) / "joined.txt"
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        joined.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in seeds * 2), encoding="utf-8")
        theirs = commands(export_src(ref, Path(tmp)), joined)
        ours = commands(ROOT / "src", joined)
        failed = 0
        for name, cmd in theirs.items():
            a = subprocess.run(cmd, capture_output=True).stdout
            b = subprocess.run(ours[name], capture_output=True).stdout
            same = a == b and len(a) > 100
            failed += not same
            print(f"{'same' if same else 'DIFFERENT':9s} {name}: {len(a)} bytes at {ref}, {len(b)} here")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
