// Playground blocks (markup: docs/snippets/playground_html.py). The reader's code runs in the
// site's one verified Python worker (python-client.js), the one the calculators use, in the
// block's named session: blocks with the same session share names. Output is written with
// textContent, a frame at a time and capped, so a block that prints without end cannot freeze
// the page; Stop ends the worker and starts a fresh Python.
import { python } from "./python-client.js";

const MAX_OUTPUT_CHARS = 200_000;
const SAVE_DELAY_MS = 300;

// A reader's edits to a block are kept in this browser between visits, under a key naming the
// page, the block and its original code (a changed original starts afresh). Storage may be off
// (private windows, blocked cookies): then nothing is kept and nothing breaks.
function hash(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i += 1) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
function storageKey(code) {
  return `green-ai:playground:${location.pathname}:${code.id}:${hash(code.defaultValue)}`;
}
function stored(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage is off or full: the edit stays on the page only
  }
}

// Resolves once Python is ready; rejects with its reason if it is unavailable.
function whenReady(client) {
  client.start();
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    let settled = false;
    unsubscribe = client.subscribe((c) => {
      if (settled || (c.state !== "ready" && c.state !== "unavailable")) return;
      settled = true;
      queueMicrotask(() => unsubscribe());
      if (c.state === "ready") resolve();
      else reject(new Error(c.reason));
    });
  });
}

export function attachPlayground(root) {
  const code = root.querySelector("[data-code]");
  const run = root.querySelector("[data-run]");
  const stop = root.querySelector("[data-stop]");
  const reset = root.querySelector("[data-reset]");
  const output = root.querySelector("[data-output]");
  const outputText = output.querySelector("code") || output;
  const outputLabel = root.querySelector("[data-output-label]");
  const status = root.querySelector("[data-status]");
  const help = document.getElementById(code.getAttribute("aria-describedby"));
  const session = root.dataset.session || "default";
  const client = python();
  const listeners = [];
  let running = false;
  let disposed = false;
  let runs = 0;

  const on = (element, type, handler) => {
    element.addEventListener(type, handler);
    listeners.push(() => element.removeEventListener(type, handler));
  };
  const say = (text) => {
    if (status.textContent !== text) status.textContent = text;
  };

  // Lines arrive from the worker one message each; they reach the page once per frame.
  let queued = [];
  let queuedChars = 0;
  let shown = 0;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (queued.length === 0 || shown >= MAX_OUTPUT_CHARS) {
      queued = [];
      queuedChars = 0;
      return;
    }
    let text = queued.join("");
    queued = [];
    queuedChars = 0;
    if (shown + text.length > MAX_OUTPUT_CHARS) {
      text = `${text.slice(0, MAX_OUTPUT_CHARS - shown)}\n… (output cut here: the page shows at most ${MAX_OUTPUT_CHARS.toLocaleString("en")} characters)\n`;
    }
    shown += text.length;
    outputText.append(text);
  };
  const print = (line) => {
    // Past the cap nothing more is kept (a hidden tab runs no frames, so nothing is flushed).
    if (shown + queuedChars > MAX_OUTPUT_CHARS) return;
    queued.push(`${line}\n`);
    queuedChars += line.length + 1;
    frame ||= requestAnimationFrame(flush);
  };

  // Focus follows the button that replaces the focused one: Run -> Stop -> Run.
  const setRunning = (value) => {
    running = value;
    root.dataset.running = String(value);
    const focused = document.activeElement;
    stop.hidden = !value;
    run.disabled = value;
    if (value && focused === run) stop.focus();
    if (!value && focused === stop) run.focus();
  };

  async function evaluate() {
    if (running) return;
    setRunning(true);
    say(client.state === "ready" ? "Running…" : "Waiting for Python to load…");
    try {
      await whenReady(client);
    } catch (error) {
      if (disposed) return;
      setRunning(false);
      say(`Python is unavailable: ${error.message}. The output shown is from when this page was built.`);
      return;
    }
    if (disposed) return; // the reader left the page while Python loaded
    say("Running…");
    cancelAnimationFrame(frame);
    frame = 0;
    queued = [];
    shown = 0;
    outputText.textContent = "";
    outputLabel.textContent = "Output:";
    try {
      const { ok } = await client.exec(session, code.value, print);
      flush();
      runs += 1;
      root.dataset.runs = String(runs);
      say(ok ? "Finished." : "Finished with an error: see the output.");
    } catch (error) {
      flush();
      say(
        error.message === "stopped"
          ? "Stopped. Python restarted: names that earlier blocks defined are gone until you run them again."
          : `Python is unavailable: ${error.message}.`,
      );
    } finally {
      setRunning(false);
    }
  }

  for (const element of [run, reset, help]) if (element) element.hidden = false;
  const key = storageKey(code);
  const kept = stored(key);
  if (kept !== null && kept !== code.defaultValue) {
    code.value = kept;
    root.dataset.restored = "true";
    say("Your edits from your last visit are back; Restore code brings back the original.");
  }
  let saveTimer = 0;
  on(code, "input", () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => store(key, code.value === code.defaultValue ? null : code.value), SAVE_DELAY_MS);
  });
  listeners.push(() => clearTimeout(saveTimer));
  on(run, "click", evaluate);
  on(stop, "click", () => client.restart());
  on(reset, "click", () => {
    clearTimeout(saveTimer);
    code.value = code.defaultValue;
    store(key, null);
    delete root.dataset.restored;
    say("The original code is back.");
  });
  on(code, "keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      evaluate();
    }
  });

  // Only a block the reader ran speaks while Python loads ("Waiting for Python…" above): idle
  // blocks stay silent, so a screen reader hears no chorus on page load or after a Stop.
  const unsubscribe = client.subscribe((c) => {
    root.dataset.state = c.state === "ready" || c.state === "unavailable" ? c.state : "loading";
    if (running) return;
    run.disabled = c.state === "unavailable";
    if (c.state === "unavailable") {
      say(`Python is unavailable: ${c.reason}. The output shown is from when this page was built.`);
    }
  });

  return () => {
    disposed = true;
    // A block still running when the reader leaves would hold Python for the next page.
    if (running && client.state === "ready") client.restart();
    unsubscribe();
    cancelAnimationFrame(frame);
    for (const remove of listeners.splice(0)) remove();
  };
}
