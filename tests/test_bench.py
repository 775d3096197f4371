"""bench/stages.py reaches into the pipeline's stages: it runs, and names each of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_stages_times_every_stage():
    result = subprocess.run([sys.executable, str(BENCH / "stages.py"), "0.05"], capture_output=True, text=True,
                            check=True)
    lines = result.stdout.splitlines()
    assert [line.rsplit(None, 2)[0].strip() for line in lines[1:]] == [
        "extract, whole", "segmentation (issues_of)", "number finding", "extractors, number finding included",
        "names of the stories with claims", "sentences and context, names included"]
    assert all(line.rstrip().endswith(" ms") for line in lines[1:])
