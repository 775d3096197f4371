// The review page's behaviour: kind and gold-status filters, and the record card shown on hover
// or focus. Records come from the JSON block and are written with textContent only.
(() => {
  "use strict";
  const records = JSON.parse(document.getElementById("claims-data").textContent);
  const main = document.getElementById("main");
  const card = document.getElementById("card");
  const marks = Array.from(document.querySelectorAll("[data-ref]"));
  const kindBoxes = Array.from(document.querySelectorAll("input[data-filter-kind]"));
  const statusBoxes = Array.from(document.querySelectorAll("input[data-filter-status]"));
  const shownCount = document.getElementById("shown");
  let current = null; // the mark whose record the card shows
  const statusWords = { hit: "found, in gold", false: "false hit: not in gold", miss: "missed: in gold, not found" };

  function apply() {
    const kinds = new Set(kindBoxes.filter((b) => b.checked).map((b) => b.dataset.filterKind));
    const statuses = new Set(statusBoxes.filter((b) => b.checked).map((b) => b.dataset.filterStatus));
    let shown = 0;
    for (const el of marks) {
      const on = kinds.has(el.dataset.kind) && (!el.dataset.status || statuses.has(el.dataset.status));
      el.classList.toggle("off", !on);
      if (el.hasAttribute("tabindex")) el.tabIndex = on ? 0 : -1;
      if (on && el.hasAttribute("data-claim-id")) shown += 1;
    }
    shownCount.textContent = String(shown);
    hide();
  }

  function show(el) {
    if (el.classList.contains("off")) return;
    const rec = records[el.dataset.ref];
    if (!rec) return;
    const head = document.createElement("div");
    head.className = "head k-" + rec.kind;
    head.textContent = rec.kind + ": " + rec.text + (rec.status ? " (" + statusWords[rec.status] + ")" : "");
    const list = document.createElement("dl");
    for (const [name, value] of rec.fields) {
      const dt = document.createElement("dt");
      const dd = document.createElement("dd");
      dt.textContent = name;
      dd.textContent = value;
      list.append(dt, dd);
    }
    card.replaceChildren(head, list);
    card.hidden = false;
    current = el;
    place();
  }

  function place() {
    if (!current) return;
    const box = current.getBoundingClientRect();
    const left = Math.max(4, Math.min(box.left, window.innerWidth - card.offsetWidth - 8));
    const below = box.bottom + 6;
    const top = below + card.offsetHeight < window.innerHeight ? below : Math.max(4, box.top - card.offsetHeight - 6);
    card.style.left = left + "px";
    card.style.top = top + "px";
  }

  function hide() {
    card.hidden = true;
    current = null;
  }

  const target = (event) => (event.target instanceof Element ? event.target.closest("[data-ref]") : null);
  main.addEventListener("mouseover", (e) => { const el = target(e); if (el) show(el); });
  main.addEventListener("mouseout", (e) => { if (target(e)) hide(); });
  main.addEventListener("focusin", (e) => { const el = target(e); if (el) show(el); });
  main.addEventListener("focusout", hide);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
  window.addEventListener("scroll", place, { passive: true });
  window.addEventListener("resize", place);

  for (const box of kindBoxes.concat(statusBoxes)) box.addEventListener("change", apply);
  for (const button of document.querySelectorAll("button[data-only]")) {
    button.addEventListener("click", () => {
      for (const box of kindBoxes) box.checked = box.dataset.filterKind === button.dataset.only;
      apply();
    });
  }
  document.getElementById("show-all").addEventListener("click", () => {
    for (const box of kindBoxes.concat(statusBoxes)) box.checked = true;
    apply();
  });
  apply();
})();
