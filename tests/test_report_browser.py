"""The review page in a real headless Chromium (Debian's, driven by Playwright; no browser download).

Pages are written to disk by `claims report` and opened from file://, as a reader would open
them. Where Chromium or Playwright is missing these tests skip with the reason, except under CI
(CI=true), where they fail: CI must not pass without having run them.

UPDATE_SCREENSHOT=1 rewrites docs/report-401.png from test_screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import GOLD, ROOT, SEEDS, read_source
from importai_claims.cli.app import app
from importai_claims.gold import gold_from_json, match
from importai_claims.pipeline import extract_document
from importai_claims.readers import read_text

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
SCREENSHOT = ROOT / "docs" / "report-401.png"
TRANSPARENT = "rgba(0, 0, 0, 0)"


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run in CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[test]')")
    executable = chromium_path()
    if executable is None:
        unavailable("Chromium not found: apt-get install chromium (or set CHROMIUM=/path/to/chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A page of the browser, opened on a file, with every console error and page error kept."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900) -> None:
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.errors.append(f"request {r.url}"))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def backgrounds(self) -> list[tuple[str, str]]:
        """(kind, computed background colour) of every claim highlight."""
        return self.eval("""() => Array.from(document.querySelectorAll('[data-claim-id]'))
            .map(el => [el.dataset.kind, getComputedStyle(el).backgroundColor])""")


def write_report(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", *args, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


def claims_of(path: Path):
    return extract_document(read_text(read_source(path), str(path)))


@pytest.fixture
def seed_page(browser, tmp_path):
    seed = SEEDS / "import-ai-399.txt"
    page = Page(browser, write_report(tmp_path, str(seed)))
    yield page, claims_of(seed), read_source(seed)
    page.page.close()


def test_page_loads_without_console_errors_or_requests(seed_page):
    page, _, _ = seed_page
    page.page.wait_for_timeout(200)
    assert page.errors == []


def test_one_highlight_per_claim_with_the_claims_text(seed_page):
    page, claims, source = seed_page
    found = page.eval("""() => Array.from(document.querySelectorAll('[data-claim-id]'))
        .map(el => [el.dataset.claimId, el.textContent])""")
    assert found == [[c.id, c.text] for c in claims]
    assert page.eval("() => document.querySelector('.text').textContent") == source
    assert all(colour != TRANSPARENT for _, colour in page.backgrounds())
    assert page.eval("() => document.getElementById('shown').textContent") == str(len(claims))


def test_kind_filter_hides_the_other_kinds(seed_page):
    page, claims, _ = seed_page
    kinds = {c.kind.value for c in claims}
    assert len(kinds) >= 2, "the seed should have claims of several kinds"
    kind = claims[0].kind.value
    page.page.click(f"button[data-only='{kind}']")
    colours = page.backgrounds()
    assert all((colour != TRANSPARENT) == (k == kind) for k, colour in colours), colours
    assert page.eval("() => document.getElementById('shown').textContent") == str(sum(c.kind.value == kind for c in claims))
    page.page.uncheck(f"input[data-filter-kind='{kind}']")
    assert all(colour == TRANSPARENT for _, colour in page.backgrounds())
    page.page.click("#show-all")
    assert all(colour != TRANSPARENT for _, colour in page.backgrounds())
    assert page.errors == []


def test_hover_and_focus_show_the_record(seed_page):
    page, claims, _ = seed_page
    card = page.page.locator("#card")
    assert card.is_hidden()
    first = claims[0]
    page.page.hover(f"[data-claim-id='{first.id}']")
    assert card.is_visible()
    text = card.inner_text()
    assert first.rule in text and first.unit in text and first.bound.value in text
    page.page.mouse.move(1, 1)
    assert card.is_hidden()
    last = claims[-1]
    page.page.focus(f"[data-claim-id='{last.id}']")
    assert card.is_visible() and last.id in card.inner_text()
    page.page.keyboard.press("Escape")
    assert card.is_hidden()


def test_injected_script_does_not_run(browser, tmp_path):
    issue = tmp_path / "import-ai-999.txt"
    issue.write_text(
        "Import AI 999: <script>window.__pwned = 'title'</script>\n\n"
        "A <script>window.__pwned = 'story'</script> story:\n"
        "…with <img src=x onerror=\"window.__pwned = 'img'\">…\n"
        "It runs 250× faster <script>window.__pwned = 'body'</script> and costs $80bn.</main>\n",
        encoding="utf-8")
    page = Page(browser, write_report(tmp_path, str(issue)))
    assert page.eval("() => window.__pwned === undefined")
    assert page.eval("() => document.scripts.length") == 2
    assert page.eval("() => document.querySelectorAll('img').length") == 0
    text = page.eval("() => document.querySelector('.text').textContent")
    assert "<script>window.__pwned = 'body'</script>" in text
    assert page.eval("() => document.querySelectorAll('[data-claim-id]').length") == len(claims_of(issue))
    page.page.hover("[data-claim-id]")
    assert page.eval("() => window.__pwned === undefined")
    assert page.errors == []


def test_gold_marks_false_hits_and_misses(browser, tmp_path):
    """A gold file edited so that, whatever the rules find, one claim is a false hit (its gold
    claim dropped) and one gold claim is a miss (a span where no claim stands)."""
    gold = json.loads((GOLD / "import-ai-401.json").read_text(encoding="utf-8"))
    seed = SEEDS / gold["file"]
    claims = claims_of(seed)
    dropped = match(gold_from_json(gold).claims, [c.model_dump(mode="json") for c in claims]).pairs
    assert dropped, "the rules should find at least one gold claim of 401"
    pred, gi = next(iter(dropped.items()))
    gold["claims"] = [c for i, c in enumerate(gold["claims"]) if i != gi]
    gold["claims"].append({"kind": "money", "value": 1.0, "start": 0, "end": 6, "text": "Import"})
    gold_path = tmp_path / "edited-401.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    m = match(gold_from_json(gold).claims, [c.model_dump(mode="json") for c in claims])
    assert pred in m.false_hits and len(gold["claims"]) - 1 in m.misses

    page = Page(browser, write_report(tmp_path, str(seed), "--gold", str(gold_path)))
    false_ids = page.eval("() => Array.from(document.querySelectorAll('[data-status=false]')).map(e => e.dataset.claimId)")
    assert false_ids == [claims[i].id for i in m.false_hits]
    misses = page.eval("() => [...new Set(Array.from(document.querySelectorAll('[data-gold-miss]')).map(e => e.dataset.goldMiss))]")
    assert misses == [str(i) for i in m.misses]
    false_hit = page.page.locator(f"[data-claim-id='{claims[pred].id}']")
    assert false_hit.evaluate("e => getComputedStyle(e).outlineStyle") == "dashed"
    miss = page.page.locator(f"[data-gold-miss='{len(gold['claims']) - 1}']").first
    assert miss.inner_text() == "Import"
    assert miss.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    miss.hover()
    assert "missed" in page.page.locator("#card").inner_text()
    page.page.uncheck("input[data-filter-status='miss']")
    assert miss.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"
    page.page.uncheck("input[data-filter-status='false']")
    assert false_hit.evaluate("e => getComputedStyle(e).backgroundColor") == TRANSPARENT
    assert page.errors == []


def test_screenshot(browser, tmp_path, monkeypatch):
    """The page as a reviewer sees it: 401 with its gold, scrolled to its densest story (or to a
    miss, if there is one), a claim hovered."""
    monkeypatch.chdir(ROOT)  # so the page names the input as the README's command does
    page = Page(browser, write_report(tmp_path, "seeds/import-ai-401.txt", "--gold", "data/gold/import-ai-401.json"),
                1400, 860)
    claims = claims_of(SEEDS / "import-ai-401.txt")
    misses = page.page.locator("[data-gold-miss]")
    if misses.count():
        misses.first.evaluate("e => e.scrollIntoView({block: 'center'})")
    elif claims:
        densest = max({c.story.index for c in claims if c.story},
                      key=lambda i: sum(1 for c in claims if c.story and c.story.index == i))
        page.page.locator(f"#d0-i0-s{densest}").evaluate("e => e.scrollIntoView()")
    on_screen = page.eval("""() => Array.from(document.querySelectorAll('[data-claim-id]'))
        .filter(e => { const r = e.getBoundingClientRect(); return r.top > 80 && r.bottom < innerHeight - 320; })
        .map(e => e.dataset.claimId)""")
    if on_screen:
        page.page.hover(f"[data-claim-id='{on_screen[-1]}']")
        assert page.page.locator("#card").is_visible()
    shot = tmp_path / "report.png"
    page.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.errors == []
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
