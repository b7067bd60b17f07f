// Loaded `async` from the page head (docs/.overrides/main.html), so it runs as soon as it
// arrives, often before the page has finished parsing: a reader who focuses a calculator's field
// while the page is still loading starts Python at once instead of after calculators.js has
// wired the page. What they type meanwhile is picked up when the calculator is wired
// (calculator.js compares each field with its build-time value). Pages without a calculator or
// a playground never start Python.
import { python, snapshotKept } from "./python-client.js";

// A page that runs Python (its head says so): create the (empty) worker now, so that Python's
// start is not also the worker's; and on a visit after one that kept Python's memory snapshot
// (so nothing is downloaded but from the HTTP cache), start Python at once.
if (document.querySelector('meta[name="green-ai-python"]')) {
  python().prepare();
  if (snapshotKept()) python().start();
}

document.addEventListener(
  "focusin",
  (event) => {
    if (event.target instanceof Element && event.target.closest("[data-calculator], [data-playground]")) python().start();
  },
  { capture: true },
);
// A field focused before this script arrived.
if (document.activeElement?.closest?.("[data-calculator], [data-playground]")) python().start();
