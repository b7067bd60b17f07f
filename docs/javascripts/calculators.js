// Entry point (mkdocs.yml extra_javascript, type: module): on every page Material shows (first
// load and each instant navigation, both through document$), tear down what the previous page
// wired, wire every calculator, solver and playground block on this one, and start Python when
// the browser is idle, but only on pages that have a calculator or a playground block.
import { createCalculator } from "./calculator.js";
import { attachChart } from "./chart.js";
import { attachCitations } from "./cite.js";
import { attachDownloads } from "./downloads.js";
import { showCorrectionsSince } from "./since.js";
import { attachExport } from "./export.js";
import { attachPlayground } from "./playground.js";
import { python } from "./python-client.js";
import { attachRanges } from "./ranges.js";
import { wireSolver } from "./solver.js";
import { dropStaleAnchor } from "./url-state.js";

const whenIdle = (callback) =>
  "requestIdleCallback" in window ? requestIdleCallback(callback, { timeout: 200 }) : setTimeout(callback, 50);

const PYTHON_PAGES = "[data-calculator], [data-playground]";
let teardown = [];
let uncite = () => {};

function wirePage() {
  for (const dispose of teardown.splice(0)) dispose();
  uncite();
  const uncites = [attachCitations(document), attachDownloads(document), showCorrectionsSince()];
  uncite = () => {
    for (const dispose of uncites) dispose();
  };
  setTimeout(dropStaleAnchor, 0); // after Material has finished switching pages
  for (const block of document.querySelectorAll("[data-playground]")) {
    if (block.dataset.wired === "true") continue;
    block.dataset.wired = "true";
    teardown.push(attachPlayground(block));
  }
  const roots = document.querySelectorAll("[data-calculator]");
  if (roots.length === 0 && teardown.length === 0) return;
  for (const root of roots) {
    if (root.dataset.wired === "true") continue;
    root.dataset.wired = "true";
    const controller = createCalculator(root);
    // The parts subscribe before the controller starts: a shared link's low–high view and
    // Python's first answer reach them.
    const parts = [attachRanges(controller), attachChart(controller), attachExport(controller)];
    controller.start();
    teardown.push(() => {
      for (const dispose of parts) dispose();
      controller.dispose();
    });
  }
  for (const form of document.querySelectorAll("[data-solver]")) teardown.push(wireSolver(form));
  if (performance.getEntriesByName("calc:wired").length === 0) performance.mark("calc:wired");
  python().prepare();
  whenIdle(() => {
    if (document.querySelector(PYTHON_PAGES)) python().start();
  });
}

// Material's document$ emits the first page and every page instant navigation brings in. Without
// it (Material's own script failed), wire the one page there is.
if (window.document$?.subscribe) window.document$.subscribe(wirePage);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wirePage);
else wirePage();
