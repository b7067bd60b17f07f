// Entry point (mkdocs.yml extra_javascript, type: module): wire every calculator on the page,
// again after each instant navigation, and start Python when the browser is idle, but only on
// pages that have a calculator.
import { wireCalculator } from "./calculator.js";
import { wireExtras } from "./calculator-extras.js";
import { wireSolver } from "./solver.js";
import { python } from "./python-client.js";
import { dropStaleAnchor } from "./url-state.js";

const whenIdle = (callback) =>
  "requestIdleCallback" in window ? requestIdleCallback(callback, { timeout: 200 }) : setTimeout(callback, 50);

function wireAll() {
  setTimeout(dropStaleAnchor, 0); // after Material has finished switching pages
  const roots = document.querySelectorAll("[data-calculator]");
  if (roots.length === 0) return;
  for (const root of roots) {
    wireExtras(root); // first: it listens for the answers wireCalculator may give at once
    wireCalculator(root);
  }
  for (const form of document.querySelectorAll("[data-solver]")) wireSolver(form);
  if (performance.getEntriesByName("calc:wired").length === 0) performance.mark("calc:wired");
  python().prepare();
  whenIdle(() => {
    if (document.querySelector("[data-calculator]")) python().start();
  });
}

// Module scripts run once the document is parsed: wire now rather than after Material's own
// DOMContentLoaded work, then again on every page that instant navigation brings in.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wireAll);
else wireAll();
window.document$?.subscribe?.(wireAll);
