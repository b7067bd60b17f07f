// One controller per calculator (markup: docs/snippets/calculator_html.py). It owns the
// calculator's state (inputs, scenario, view) and asks Python once per edit, through
// calc.web.views.answer_view, for everything the calculator shows: results, formula, and the
// ranges and chart rows when a part that shows them is attached. The parts (ranges.js,
// chart.js, export.js) subscribe to the controller; none of them asks Python on its own for an
// edit. Texts are placed with textContent only.
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

// Listeners added through `on` are removed by `dispose`, so a page Material swaps out leaves
// nothing behind.
function listeners() {
  const removers = [];
  return {
    on(target, type, handler) {
      target?.addEventListener(type, handler);
      if (target) removers.push(() => target.removeEventListener(type, handler));
    },
    dispose() {
      for (const remove of removers.splice(0)) remove();
    },
  };
}

export function createCalculator(root) {
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
  const events = listeners();
  const subscribers = new Set();
  const wants = { ranges: () => false, chart: () => false, mode: () => "central" };

  let sequence = 0; // id of the latest request; older answers are dropped
  let dirty = false; // inputs changed since the numbers shown were computed
  let answers = 0;
  let message = "";
  let lastState = "";
  let unsubscribe = null;

  const values = () => Object.fromEntries(inputs.map((input) => [input.name, input.value]));
  const scenario = () => select?.value || root.dataset.scenario;
  const state = () => ({ scenario: scenario(), mode: wants.mode(), inputs: values() });
  const emit = (event) => {
    for (const listener of subscribers) listener(event);
  };

  function setStatus(text) {
    if (message !== text) {
      message = text;
      status.textContent = text;
    }
  }

  function setStale(stale) {
    if (stale) root.dataset.stale = "true";
    else delete root.dataset.stale;
    if (stale) emit({ type: "stale" });
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

  function showTexts(texts, formulaText) {
    for (const output of outputs) output.textContent = texts[output.dataset.output] ?? "—";
    if (formula) formula.textContent = formulaText;
  }

  function show(answer, shownInputs) {
    const result = answer.result;
    answers += 1;
    if (result.ok) {
      showTexts(Object.fromEntries(Object.entries(result.outputs).map(([k, o]) => [k, o.text])), result.formula);
      showErrors({});
      dirty = false;
      delete root.dataset.stale;
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
    emit({ type: "answer", answer, inputs: shownInputs, scenario: scenario() });
    // Last, so that anything waiting for an answer sees it complete (tests, benchmark).
    root.dataset.answers = String(answers);
    performance.mark("calc:answer", { detail: key });
  }

  // The one call to Python for the numbers shown: results, and ranges and chart rows if wanted.
  async function recompute() {
    if (py.state !== "ready") {
      dirty = true;
      setStale(true);
      py.start();
      return; // answered once, with the latest values, when Python is ready
    }
    const id = ++sequence;
    const shown = values();
    let answer;
    try {
      answer = await py.call("answer", [name, shown, scenario(), wants.ranges(), wants.chart()], (more) => {
        if (id === sequence && root.isConnected) emit({ type: "chart", chart: more.chart });
      });
    } catch {
      // Python became unavailable (the subscription below says so) or was restarted (a
      // playground's Stop): these numbers are recomputed once it is ready again.
      dirty = true;
      setStale(true);
      return;
    }
    if (!answer.result) answer = { ok: false, result: { ok: false, errors: answer.errors || {}, failure: answer.failure }, ranges: null, chart: null };
    if (id === sequence && root.isConnected) show(answer, shown);
  }

  function onPython(client) {
    if (!root.isConnected) return;
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
      // Parts waiting for Python (a chart, ranges asked for early) catch up in the same call.
      if (dirty || wants.ranges() || wants.chart()) recompute();
      else setStatus(IDLE_TEXT);
    } else if (client.state === "unavailable") {
      setStatus(dirty ? staleUnavailableText(client.reason) : unavailableText(client.reason));
    }
    emit({ type: "python", client });
  }

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

  function chooseScenario() {
    const chosen = scenarios[select.value];
    if (!chosen) return;
    for (const input of inputs) input.value = chosen.inputs[input.name] ?? input.value;
    showSources(chosen);
    if (py.state === "ready") {
      recompute();
      return;
    }
    // Build-time results for every scenario are in the page: show them without Python.
    showTexts(chosen.outputs, chosen.formula);
    showErrors({});
    delete root.dataset.stale;
    dirty = false;
    sequence += 1;
    writeState(key, state());
    emit({ type: "scenario", scenario: select.value, texts: chosen.outputs, inputs: values() });
  }

  const controller = {
    root,
    name,
    python: py,
    values,
    scenario,
    recompute,
    // A part says what it needs in every answer, and which view the reader chose.
    want(part, needs) {
      wants[part] = needs;
    },
    subscribe(listener) {
      subscribers.add(listener);
      return () => subscribers.delete(listener);
    },
    saveState() {
      writeState(key, state());
    },
    dispose() {
      events.dispose();
      subscribers.clear();
      unsubscribe?.();
      sequence += 1; // an answer still in flight is dropped
    },
    start() {
      // A reader may type before this script runs (a slow phone, a page still loading): what
      // they typed is kept (even over a shared link's numbers), marked stale, and answered once
      // Python is ready.
      const typed = new Set(inputs.filter((input) => input.value !== input.defaultValue).map((input) => input.name));
      const typedEarly = typed.size > 0;
      const fill = (input, value) => {
        if (value !== undefined && !typed.has(input.name)) input.value = value;
      };
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
        if (saved.mode === "range") emit({ type: "mode", mode: "range" });
        dirty = true;
        setStale(true);
      }
      if (typedEarly) {
        dirty = true;
        setStale(true);
      }
      events.on(select, "change", chooseScenario);
      for (const input of inputs) events.on(input, "input", recompute);
      events.on(root, "focusin", () => py.start());
      if (copyButton) {
        copyButton.hidden = false;
        events.on(copyButton, "click", async () => {
          writeState(key, state());
          const copied = await copyText(currentLink());
          setStatus(copied ? "Link copied: it opens this page with these numbers." : "Copying failed: the address bar holds the link to these numbers.");
        });
      }
      // A scenario chosen before this script ran: show it (unless fields were typed in too).
      if (!saved && !typedEarly && select && !select.selectedOptions[0]?.defaultSelected) chooseScenario();
      setStatus(saved ? "Numbers from the link: Python is needed to recompute them; until then the results, formula and chart shown are the page's defaults (stale)." : "Computed when this page was built. Change a number to recompute it in your browser.");
      unsubscribe = py.subscribe(onPython);
      if (saved || typedEarly) py.start();
    },
  };
  return controller;
}
