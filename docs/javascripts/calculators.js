// Entry point (mkdocs.yml extra_javascript, type: module): wire every calculator on the page,
// again after each instant navigation, and start Python when the browser is idle, but only on
// pages that have a calculator.
import { wireCalculator } from "./calculator.js";
import { python } from "./python-client.js";

const whenIdle = (callback) =>
  "requestIdleCallback" in window ? requestIdleCallback(callback, { timeout: 1000 }) : setTimeout(callback, 300);

function wireAll() {
  const roots = document.querySelectorAll("[data-calculator]");
  if (roots.length === 0) return;
  for (const root of roots) wireCalculator(root);
  performance.mark("calc:wired");
  whenIdle(() => {
    if (document.querySelector("[data-calculator]")) python().start();
  });
}

if (window.document$?.subscribe) window.document$.subscribe(wireAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wireAll);
else wireAll();
