// Wires one calculator's build-time markup (docs/snippets/calculator_html.py) to Python:
// every edit runs calc.calculators.run in the worker and shows its texts with textContent.
import { python } from "./python-client.js";
import { copyText, currentLink, readState, writeState } from "./url-state.js";

const READY_TEXT = "Recomputed in your browser by the same Python code that built this page.";
const IDLE_TEXT = "Python is ready: change a number to recompute it in your browser.";
const STALE_TEXT = "Fix the marked field: the results shown are from the last valid numbers (stale).";

export function unavailableText(reason) {
  return `The calculators are unavailable because ${reason}; the numbers shown are the defaults computed when this page was built.`;
}

// Unavailable while the inputs shown differ from the numbers the results were computed for.
function staleUnavailableText(reason) {
  return `The calculators are unavailable because ${reason}. The results, formula and chart shown are stale: they are the defaults computed when this page was built, not results for the numbers in the boxes.`;
}

export function wireCalculator(root) {
  if (root.dataset.wired === "true") return;
  root.dataset.wired = "true";

  const py = python();
  const name = root.dataset.calculator;
  const key = root.dataset.key || name;
  const scenarios = JSON.parse(root.dataset.scenarios || "{}");
  const select = root.querySelector("[data-scenario-select]");
  const inputs = [...root.querySelectorAll(".calc__field input[name]")];
  const outputs = [...root.querySelectorAll("[data-output]")];
  const formula = root.querySelector("[data-formula]");
  const status = root.querySelector("[data-status]");
  const progress = root.querySelector("[data-progress]");
  const copyButton = root.querySelector("[data-copy-link]");

  let sequence = 0; // id of the latest request; older answers are dropped
  let dirty = false; // inputs changed since the numbers shown were computed
  let answers = 0;
  let message = "";
  let lastState = "";
  let unsubscribe = null;

  const values = () => Object.fromEntries(inputs.map((input) => [input.name, input.value]));
  const switcher = root.querySelector("[data-range-switch]");
  const mode = () => switcher?.querySelector("input:checked")?.value || "central";
  const state = () => ({ scenario: scenario(), mode: mode(), inputs: values() });
  const scenario = () => select?.value || root.dataset.scenario;

  function setStatus(text) {
    if (message !== text) {
      message = text;
      status.textContent = text;
    }
  }

  function setStale(stale) {
    if (stale) root.dataset.stale = "true";
    else delete root.dataset.stale;
    // The extras (chart, ranges) mark themselves stale too: calculator-extras.js.
    if (stale) root.dispatchEvent(new CustomEvent("calc:stale"));
  }

  function showErrors(errors) {
    for (const input of inputs) {
      const text = errors[input.name] || "";
      const slot = root.querySelector(`[data-error-for="${CSS.escape(input.name)}"]`);
      if (slot) slot.textContent = text;
      if (text) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }

  function show(result) {
    answers += 1;
    if (result.ok) {
      for (const output of outputs) {
        const value = result.outputs[output.dataset.output];
        output.textContent = value ? value.text : "—";
      }
      if (formula) formula.textContent = result.formula;
      showErrors({});
      setStale(false);
      dirty = false;
      setStatus(READY_TEXT);
      writeState(key, state());
    } else {
      showErrors(result.errors || {});
      setStale(true);
      const unplaced = Object.entries(result.errors || {})
        .filter(([field]) => !inputs.some((input) => input.name === field))
        .map(([, text]) => text);
      if (result.failure) unplaced.push(`Python failed: ${result.failure}`);
      setStatus(unplaced.length ? `${unplaced.join(" ")} ${STALE_TEXT}` : STALE_TEXT);
    }
    // The extras (ranges, chart, export: calculator-extras.js) follow every answer.
    root.dispatchEvent(new CustomEvent("calc:answer", { detail: { result, inputs: values(), scenario: scenario() } }));
    // Last, so that anything waiting for an answer sees it complete (tests, benchmark).
    root.dataset.answers = String(answers);
    performance.mark("calc:answer", { detail: key });
  }

  async function recompute() {
    if (py.state !== "ready") {
      dirty = true;
      setStale(true);
      py.start();
      return; // answered once, with the latest values, when Python is ready
    }
    const id = ++sequence;
    let result;
    try {
      result = await py.run(name, values());
    } catch {
      return; // Python became unavailable: the subscription below says so
    }
    if (id === sequence && root.isConnected) show(result);
  }

  function onPython(client) {
    if (!root.isConnected) {
      unsubscribe?.();
      return;
    }
    root.dataset.state = client.state;
    if (client.state === "loading") {
      progress.hidden = false;
      progress.value = client.percent;
      // The bar shows the percentage; the live status line only announces the step.
      setStatus(`Loading Python in your browser: ${client.text}…`);
    } else {
      progress.hidden = true;
    }
    const changed = client.state !== lastState;
    lastState = client.state;
    if (client.state === "ready" && changed) {
      if (dirty) recompute();
      else setStatus(IDLE_TEXT);
    } else if (client.state === "unavailable") {
      setStatus(dirty ? staleUnavailableText(client.reason) : unavailableText(client.reason));
    }
  }

  // A reader may type before this script runs (a slow phone, a page still loading): what they
  // typed is kept (even over a shared link's numbers), marked stale, and answered once Python
  // is ready.
  const typed = new Set(inputs.filter((input) => input.value !== input.defaultValue).map((input) => input.name));
  const typedEarly = typed.size > 0;
  const fill = (input, value) => {
    if (value !== undefined && !typed.has(input.name)) input.value = value;
  };

  // Restore a shared link's state before anything else.
  const saved = readState(
    key,
    inputs.map((input) => input.name),
  );
  if (saved) {
    if (saved.scenario && select && scenarios[saved.scenario]) {
      select.value = saved.scenario;
      showSources(scenarios[saved.scenario]);
      // The scenario's own numbers fill every field the link leaves out.
      for (const input of inputs) fill(input, scenarios[saved.scenario].inputs[input.name]);
    }
    for (const input of inputs) fill(input, saved.inputs[input.name]);
    // The low–high view: calculator-extras.js (wired first) follows the radio's change.
    const range = saved.mode === "range" && switcher?.querySelector('input[value="range"]');
    if (range) {
      range.checked = true;
      range.dispatchEvent(new Event("change", { bubbles: true }));
    }
    dirty = true;
    setStale(true);
  }
  if (typedEarly) {
    dirty = true;
    setStale(true);
  }
  switcher?.addEventListener("change", () => writeState(key, state()));

  function showSources(chosen) {
    for (const note of root.querySelectorAll("[data-source-for]")) {
      const links = chosen.sources?.[note.dataset.sourceFor];
      if (!links) continue;
      const parts = [document.createTextNode("Default: ")];
      links.forEach(([text, url], index) => {
        if (index > 0) parts.push(document.createTextNode("; "));
        if (url) {
          const link = document.createElement("a");
          link.href = url;
          link.textContent = text;
          parts.push(link);
        } else {
          parts.push(document.createTextNode(text));
        }
      });
      note.replaceChildren(...parts);
    }
  }

  select?.addEventListener("change", () => {
    const chosen = scenarios[select.value];
    if (!chosen) return;
    for (const input of inputs) input.value = chosen.inputs[input.name] ?? input.value;
    showSources(chosen);
    if (py.state === "ready") {
      recompute();
      return;
    }
    // Build-time results for every scenario are in the page: show them without Python.
    for (const output of outputs) output.textContent = chosen.outputs[output.dataset.output] ?? "—";
    if (formula) formula.textContent = chosen.formula;
    showErrors({});
    setStale(false);
    dirty = false;
    sequence += 1;
    writeState(key, state());
  });
  for (const input of inputs) input.addEventListener("input", recompute);
  root.addEventListener("focusin", () => py.start());

  if (copyButton) {
    copyButton.hidden = false;
    copyButton.addEventListener("click", async () => {
      writeState(key, state());
      const copied = await copyText(currentLink());
      setStatus(copied ? "Link copied: it opens this page with these numbers." : "Copying failed: the address bar holds the link to these numbers.");
    });
  }

  // A scenario chosen before this script ran: show it (unless fields were typed in too).
  if (!saved && !typedEarly && select && !select.selectedOptions[0]?.defaultSelected) {
    select.dispatchEvent(new Event("change"));
  }
  setStatus(saved ? "Numbers from the link: Python is needed to recompute them; until then the results, formula and chart shown are the page's defaults (stale)." : "Computed when this page was built. Change a number to recompute it in your browser.");
  unsubscribe = py.subscribe(onPython);
  if (saved || typedEarly) py.start();
}
