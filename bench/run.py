"""How fast `claims` is, side by side with the floor and a peer: `python bench/run.py`.

Builds a corpus from the seed issues (the ten of them repeated to about 8 MB) and measures,
in one run on this machine:

- claims throughput in MB/s (UTF-8 bytes), through the library on one core and through the
  CLI writing JSONL (a subprocess, start-up included);
- a bare scan of the same text with one compiled regex for numbers: the floor no extractor
  can beat, and our ratio to it;
- quantulum3 (pip install -e ".[bench]") on a slice of the corpus, line by line, in MB/s and
  as a ratio to claims on the same slice;
- the peak memory (maximum resident set) of the CLI in JSONL mode on the whole corpus;
- the wall time of `claims --version` and of `claims extract` on one issue;
- how the library's time grows with the corpus (1x, 2x, 4x).

Each figure is the best of a few runs (timings on a busy machine only ever come out slower).
The table goes to stdout and everything to bench/results.json. `--size MB` builds a smaller
or larger corpus; `--quick` takes one run of each and skips the 4x corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import regex

from importai_claims import __version__
from importai_claims.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RESULTS = Path(__file__).resolve().parent / "results.json"
# The floor: one pass of one compiled regex, with the engine claims itself uses, that finds
# numbers in digits ("7", "2,788.5", "3e25") and does nothing with them.
BARE_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?")
QUANTULUM_SLICE = 40_000  # characters of the corpus given to quantulum3

TARGETS = {
    "library_mb_s": (">=", 10.0),
    "floor_ratio": ("<=", 5.0),
    "quantulum3_ratio": (">=", 100.0),
    "version_seconds": ("<=", 0.15),
    "growth_4x": ("<=", 4.5),
    "cli_peak_mb": ("<=", 200.0),
}


def corpus(size_mb: float) -> str:
    """The seed issues, joined and repeated until the text is at least `size_mb` MB of UTF-8."""
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copies = max(1, -(-int(size_mb * 1e6) // len(one.encode("utf-8"))))
    return "\n\n".join([one] * copies) + "\n"


def mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def best(func: Callable[[], object], runs: int) -> float:
    """The shortest wall time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def claims_command() -> list[str]:
    script = Path(sys.executable).parent / "claims"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from importai_claims.cli import main; main()"]


# Commands are timed and their memory read by a small process of their own. A child's peak
# memory (ru_maxrss) starts at its parent's resident size when it is spawned, so the children
# of this process, which holds the corpus and its claims, would report that instead of their own.
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    cmd, stdout_path = json.loads(line)
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    print(json.dumps([seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)]), flush=True)
"""


class Launcher:
    """Runs commands for the benchmark: wall time in seconds, peak resident memory in MB (Linux
    reports ru_maxrss in KB) and exit code of each."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def run(self, cmd: list[str], stdout_path: str = os.devnull) -> tuple[float, float, int]:
        self.proc.stdin.write(json.dumps([cmd, stdout_path]) + "\n")
        self.proc.stdin.flush()
        seconds, peak, code = json.loads(self.proc.stdout.readline())
        return seconds, peak, code

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def quantulum3_mb_s(text: str, runs: int) -> float | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("It weighs 5 kg.")  # loads its unit tables: not part of the timing
        seconds = best(lambda: [parser.parse(line) for line in lines], runs)
    return mb(text) / seconds


# The corpus repeats the seeds, which flatters the caches of pure functions of a word (names,
# number skeletons). This times the seeds once, in a fresh process: every text unseen.
FRESH = """
import sys, time
from importai_claims import extract
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
extract(text)
print(time.perf_counter() - start)
"""


def unseen_mb_s(runs: int) -> float:
    """Library throughput on the ten seeds joined once, each run in a new process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seeds.txt"
        path.write_text(corpus(0), encoding="utf-8")
        seconds = min(float(subprocess.run([sys.executable, "-c", FRESH, str(path)], check=True,
                                           capture_output=True, text=True).stdout) for _ in range(runs))
        return mb(path.read_text(encoding="utf-8")) / seconds


def measure(size_mb: float, quick: bool, launcher: Launcher) -> dict:
    runs = 1 if quick else 3
    text = corpus(size_mb)
    size = mb(text)
    r: dict = {"corpus_mb": round(size, 2), "claims": len(extract(text))}

    library = best(lambda: extract(text), 1 if quick else 2)
    r["library_seconds"] = library
    r["library_mb_s"] = size / library

    r["unseen_mb_s"] = unseen_mb_s(runs)

    floor = best(lambda: sum(1 for _ in BARE_NUMBER.finditer(text)), runs)
    r["floor_mb_s"] = size / floor
    r["floor_ratio"] = library / floor

    piece = text[:QUANTULUM_SLICE]
    q3 = quantulum3_mb_s(piece, runs)
    ours_on_piece = mb(piece) / best(lambda: extract(piece), runs)
    r["slice_mb"] = round(mb(piece), 3)
    r["library_slice_mb_s"] = ours_on_piece
    r["quantulum3_mb_s"] = q3
    r["quantulum3_ratio"] = ours_on_piece / q3 if q3 else None

    growth = {}
    for factor in (1, 2) if quick else (1, 2, 4):
        big = text if factor == 1 else "".join([text] * factor)
        growth[factor] = library if factor == 1 else best(lambda: extract(big), 1)
    r["growth_seconds"] = {f"{k}x": v for k, v in growth.items()}
    r["growth_4x"] = growth[4] / growth[1] if 4 in growth else None

    claims = claims_command()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.txt"
        path.write_text(text, encoding="utf-8")
        out = Path(tmp) / "claims.jsonl"
        seconds, peak, code = min(launcher.run([*claims, "extract", str(path), "-f", "jsonl"], str(out))
                                  for _ in range(1 if quick else 2))
        if code != 0:
            raise SystemExit(f"claims extract failed with exit code {code}")
        r["cli_seconds"] = seconds
        r["cli_mb_s"] = size / seconds
        r["cli_peak_mb"] = peak
        r["cli_jsonl_records"] = sum(1 for _ in out.open(encoding="utf-8"))
        # The same issues as one file per issue copy, in a folder: memory should not grow with them.
        folder = Path(tmp) / "issues"
        folder.mkdir()
        seeds = sorted(SEEDS.glob("*.txt"))
        copies = max(1, round(size * 1e6 / sum(p.stat().st_size for p in seeds)))
        for i in range(copies):
            for seed in seeds:
                (folder / f"{i:04d}-{seed.name}").write_bytes(seed.read_bytes())
        seconds, peak, code = launcher.run([*claims, "extract", str(folder), "-f", "jsonl"])
        r["folder_files"] = copies * len(seeds)
        r["folder_cli_peak_mb"] = peak
        r["folder_cli_mb_s"] = size / seconds

    r["version_seconds"] = min(launcher.run([*claims, "--version"])[0] for _ in range(5))
    r["help_seconds"] = min(launcher.run([*claims, "--help"])[0] for _ in range(3))
    r["one_issue_seconds"] = min(launcher.run([*claims, "extract", str(SEEDS / "import-ai-401.txt"), "-f", "jsonl"])[0]
                                 for _ in range(3))
    return r


def verdict(key: str, r: dict) -> str:
    if key not in TARGETS:
        return ""
    op, target = TARGETS[key]
    value = r.get(key)
    if value is None:
        return "n/a"
    ok = value >= target if op == ">=" else value <= target
    return f"{'met' if ok else 'MISSED'} ({op} {target:g})"


def table(r: dict) -> str:
    def fmt(v: float | None, unit: str, digits: int = 2, missing: str = "not measured (--quick)") -> str:
        return missing if v is None else f"{v:,.{digits}f} {unit}"

    q3_missing = "quantulum3 not installed: pip install -e '.[bench]'"

    g = r["growth_seconds"]
    rows = [
        ("corpus", f"{r['corpus_mb']} MB, {r['claims']:,} claims", ""),
        ("library throughput (one core)", fmt(r["library_mb_s"], "MB/s"), verdict("library_mb_s", r)),
        ("library, the seeds once, fresh process", fmt(r["unseen_mb_s"], "MB/s"), ""),
        ("CLI throughput, JSONL, one file", fmt(r["cli_mb_s"], "MB/s"), ""),
        (f"CLI throughput, JSONL, {r['folder_files']} files", fmt(r["folder_cli_mb_s"], "MB/s"), ""),
        ("bare number scan (floor)", fmt(r["floor_mb_s"], "MB/s"), ""),
        ("library time / floor time", fmt(r["floor_ratio"], "x", 1), verdict("floor_ratio", r)),
        (f"quantulum3 on {r['slice_mb']} MB", fmt(r["quantulum3_mb_s"], "MB/s", 3, q3_missing), ""),
        (f"claims on the same {r['slice_mb']} MB", fmt(r["library_slice_mb_s"], "MB/s"), ""),
        ("claims / quantulum3", fmt(r["quantulum3_ratio"], "x", 0, q3_missing), verdict("quantulum3_ratio", r)),
        ("peak memory, CLI JSONL, one file", fmt(r["cli_peak_mb"], "MB", 0), verdict("cli_peak_mb", r)),
        (f"peak memory, CLI JSONL, {r['folder_files']} files", fmt(r["folder_cli_peak_mb"], "MB", 0), ""),
        ("claims --version", fmt(r["version_seconds"], "s", 3), verdict("version_seconds", r)),
        ("claims --help", fmt(r["help_seconds"], "s", 3), ""),
        ("claims extract, one issue", fmt(r["one_issue_seconds"], "s", 3), ""),
        ("time at 1x / 2x / 4x corpus", " / ".join(f"{v:.2f}" for v in g.values()) + " s", ""),
        ("time at 4x / time at 1x", fmt(r["growth_4x"], "x", 2), verdict("growth_4x", r)),
    ]
    width = max(len(a) for a, _, _ in rows)
    vwidth = max(len(b) for _, b, _ in rows)
    return "\n".join(f"{a:<{width}}  {b:>{vwidth}}  {c}".rstrip() for a, b, c in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=8.0, help="corpus size in MB (default 8)")
    ap.add_argument("--quick", action="store_true", help="one run of each, no 4x corpus")
    args = ap.parse_args()
    launcher = Launcher()  # first, while this process is small
    try:
        r = measure(args.size, args.quick, launcher)
    finally:
        launcher.close()
    r["machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "claims": __version__}
    r["targets"] = {k: {"op": op, "target": t, "verdict": verdict(k, r)} for k, (op, t) in TARGETS.items()}
    print(table(r))
    RESULTS.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
