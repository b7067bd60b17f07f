// One Python per page load, shared by every calculator and playground block on the page and kept across Material's
// instant navigation (this module is evaluated once per real page load). Python starts only when
// asked to: on the first focus of a calculator input or when the browser is idle on a page that
// has a calculator. It runs in a Web Worker (pyodide-worker.js).
import { FIRST_BYTE_TIMEOUT_MS, PYODIDE_BASE, PYODIDE_VERSION, STALL_TIMEOUT_MS } from "./config.js";

const KEY = Symbol.for("green-ai.python-client");
// Set once the worker has kept a memory snapshot of this release's Python: a hint (the worker
// checks the snapshot itself) that the next page load can start Python at once, at no cost in
// downloads.
const SNAPSHOT_HINT = "green-ai.python-snapshot";

export function snapshotKept() {
  try {
    return localStorage.getItem(SNAPSHOT_HINT) === PYODIDE_VERSION;
  } catch {
    return false; // storage blocked
  }
}

function rememberSnapshot(kept) {
  try {
    if (kept) localStorage.setItem(SNAPSHOT_HINT, PYODIDE_VERSION);
    else localStorage.removeItem(SNAPSHOT_HINT);
  } catch {
    // storage blocked: every visit starts Python when the page asks
  }
}

class PythonClient {
  constructor() {
    this.state = "idle"; // idle -> loading -> ready | unavailable
    this.percent = 0;
    this.text = "";
    this.reason = "";
    this.boots = 0;
    this.listeners = new Set();
    this.pending = new Map();
    this.nextId = 1;
    this.worker = null;
    this.workerError = "";
    this.stallTimer = null;
    this.firstByteTimer = null;
  }

  // Call listener(client) now and on every change of state or progress; returns an unsubscribe.
  subscribe(listener) {
    this.listeners.add(listener);
    listener(this);
    return () => this.listeners.delete(listener);
  }

  notify() {
    for (const listener of [...this.listeners]) listener(this);
  }

  // Create the (still empty) worker ahead of need, on pages with a calculator: it costs our own
  // small script and no Pyodide byte, and spares start() the worker's own start-up.
  prepare() {
    if (this.worker || this.workerError || this.state === "unavailable" || unsupported()) return;
    try {
      this.worker = new Worker(new URL("./pyodide-worker.js", import.meta.url), { type: "module" });
    } catch (error) {
      this.workerError = `the Python worker could not start (${error.message || error})`;
      return;
    }
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.workerError = "the Python worker failed";
      if (this.state !== "idle") this.fail(this.workerError);
    };
  }

  start() {
    if (this.state !== "idle") return;
    const missing = unsupported();
    if (missing) {
      this.fail(`this browser lacks ${missing}`);
      return;
    }
    this.state = "loading";
    this.boots += 1;
    performance.mark("calc:python-start");
    this.text = "starting";
    this.percent = 1;
    this.prepare();
    if (this.workerError || !this.worker) {
      this.fail(this.workerError || "the Python worker could not start");
      return;
    }
    this.armStallTimer();
    const host = new URL(PYODIDE_BASE).host;
    this.firstByteTimer = setTimeout(
      () => this.fail(`Python's download from ${host} did not start (no answer; a firewall may block it)`),
      FIRST_BYTE_TIMEOUT_MS,
    );
    const manifestURL = new URL("../assets/wheels/calc-wheel.json", import.meta.url).href;
    this.worker.postMessage({ type: "boot", manifestURL });
    this.notify();
  }

  // Stop whatever Python is running (a playground block that loops for ever) by ending the
  // worker, and start a fresh one: the files come from the HTTP cache; the names that blocks
  // defined are gone. Pending requests are rejected with "stopped".
  restart() {
    if (this.state === "idle") return;
    clearTimeout(this.stallTimer);
    clearTimeout(this.firstByteTimer);
    this.worker?.terminate();
    this.worker = null;
    this.workerError = "";
    for (const { reject } of this.pending.values()) reject(new Error("stopped"));
    this.pending.clear();
    this.state = "idle";
    this.start();
  }

  armStallTimer() {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => this.fail("Python took too long to download"), STALL_TIMEOUT_MS);
  }

  fail(reason) {
    if (this.state === "unavailable") return;
    clearTimeout(this.stallTimer);
    clearTimeout(this.firstByteTimer);
    this.state = "unavailable";
    this.reason = reason;
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
    this.notify();
  }

  receive(message) {
    if (this.state === "unavailable") return;
    if (message.type === "progress") {
      this.armStallTimer();
      if (message.received > 0) clearTimeout(this.firstByteTimer);
      this.percent = message.percent;
      this.text = message.text;
      this.notify();
    } else if (message.type === "ready") {
      clearTimeout(this.stallTimer);
      clearTimeout(this.firstByteTimer);
      performance.mark("calc:python-ready");
      this.timings = message.timings; // where the boot time went, for the benchmark
      if (String(message.timings?.snapshot).startsWith("refused")) rememberSnapshot(false);
      this.state = "ready";
      this.notify();
    } else if (message.type === "failed") {
      this.fail(message.reason);
    } else if (message.type === "snapshot" && message.missing) {
      rememberSnapshot(false);
    } else if (message.type === "snapshot") {
      this.snapshotSaved = message.saved; // for the tests and the benchmark
      this.snapshotHeapBytes = message.heapBytes;
      rememberSnapshot(message.saved);
    } else if (message.type === "output") {
      this.pending.get(message.id)?.onOutput?.(message.text);
    } else if (message.type === "result") {
      const waiter = this.pending.get(message.id);
      if (!message.more) this.pending.delete(message.id);
      waiter?.resolve(message.result);
    } else if (message.type === "more") {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      waiter?.onMore?.(message.more);
    }
  }

  // Send one request to the worker; only valid once state is "ready". `extra` holds the
  // callbacks for its further messages (onOutput, onMore).
  request(message, extra = {}) {
    if (this.state !== "ready") return Promise.reject(new Error(`Python is ${this.state}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...extra });
      this.worker.postMessage({ ...message, id });
    });
  }

  // Run a playground block's code in the namespace `session`; onOutput(line) gets each line it
  // prints as it prints it. Resolves to {ok}; rejects with "stopped" if restart() ended it.
  exec(session, code, onOutput) {
    return this.request({ type: "exec", session, code }, { onOutput });
  }

  // Run calc.web.views.call(fn, args) in the worker: "answer", "solve", "ranges", "chart",
  // "export". An answer that wants the chart resolves with the numbers; onMore({chart}) gets
  // the chart right after, from the same call.
  call(fn, args, onMore) {
    return this.request({ type: "call", fn, args }, { onMore });
  }
}

function unsupported() {
  if (typeof WebAssembly !== "object") return "WebAssembly";
  if (typeof Worker !== "function") return "Web Workers";
  if (typeof TransformStream !== "function") return "streams";
  return "";
}

export function python() {
  globalThis[KEY] ??= new PythonClient();
  return globalThis[KEY];
}
