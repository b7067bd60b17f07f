// Runtime for markdown-exec's `pyodide` fences on the playground page, in place of the stock
// assets/_markdown_exec_pyodide.js (removed by docs/.overrides/hooks/pyodide_assets.py), after
// markdown-exec's own script (ISC licence, (c) 2022 Timothée Mazzucotelli and contributors).
// Differences: calc is installed from this site's own wheel with pyodide.unpackArchive (no
// micropip, nothing from PyPI); output is written with textContent; each editor's textarea gets
// an accessible name and the Run / Clear controls work by keyboard; it wires the fences again
// after Material's instant navigation. A classic script: Pyodide's pyodide.js, Ace and
// highlight.js come from the fence's own <script> tags.
(() => {
  const here = document.currentScript?.src || location.href;
  const manifestURL = new URL("../assets/wheels/calc-wheel.json", here).href;
  const state = (globalThis.__greenAiPlayground ??= { pyodide: null, sessions: new Map() });

  function bootPython() {
    state.pyodide ??= (async () => {
      await pyodideLoaded();
      if (typeof globalThis.loadPyodide !== "function") throw new Error("Pyodide could not be downloaded");
      const [pyodide, wheel] = await Promise.all([globalThis.loadPyodide(), fetchWheel()]);
      pyodide.unpackArchive(wheel, "wheel");
      pyodide.runPython("import calc");
      return pyodide;
    })();
    return state.pyodide;
  }

  async function fetchWheel() {
    const response = await fetch(manifestURL, { cache: "no-cache" });
    if (!response.ok) throw new Error(`the calc wheel manifest is missing (HTTP ${response.status})`);
    const manifest = await response.json();
    const url = new URL(manifest.wheel, manifestURL);
    url.searchParams.set("sha256", manifest.sha256.slice(0, 16));
    const wheel = await fetch(url);
    if (!wheel.ok) throw new Error(`the calc wheel is missing (HTTP ${wheel.status})`);
    return wheel.arrayBuffer();
  }

  function session(pyodide, name) {
    if (!state.sessions.has(name)) state.sessions.set(name, pyodide.globals.get("dict")());
    return state.sessions.get(name);
  }

  function write(output, text) {
    output.textContent += `${text}\n`;
  }

  function setTheme(editor, light, dark) {
    const scheme = document.body.getAttribute("data-md-color-scheme");
    editor.setTheme(`ace/theme/${scheme === "slate" ? dark : light}`);
    const on = document.querySelector(`link[title="${scheme === "slate" ? "dark" : "light"}"]`);
    const off = document.querySelector(`link[title="${scheme === "slate" ? "light" : "dark"}"]`);
    on?.removeAttribute("disabled");
    off?.setAttribute("disabled", "disabled");
  }

  // A <span> control from the stock markup, made a keyboard-operable button.
  function asButton(span, label, action) {
    span.setAttribute("role", "button");
    span.setAttribute("tabindex", "0");
    span.setAttribute("aria-label", label);
    span.addEventListener("click", action);
    span.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        action();
      }
    });
  }

  function wire(block, options = {}) {
    if (!block || block.dataset.wired === "true") return;
    const pre = block.querySelector(".pyodide-editor");
    const prefix = pre.id.replace(/editor$/, "");
    const run = document.getElementById(`${prefix}run`);
    const clear = document.getElementById(`${prefix}clear`);
    const output = document.getElementById(`${prefix}output`);
    if (typeof globalThis.ace === "undefined") {
      block.dataset.state = "unavailable";
      output.textContent = "The editor is unavailable: its script could not be downloaded.";
      return;
    }
    block.dataset.wired = "true";
    let heading = block.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    const title = heading ? heading.textContent.replace(/¶$/, "").trim() : "Python";

    const editor = globalThis.ace.edit(pre);
    const textarea = editor.textInput.getElement();
    textarea.setAttribute("aria-label", `Python code: ${title}`);
    const light = options.themeLight || "tomorrow";
    const dark = options.themeDark || "tomorrow_night";
    editor.session.setMode("ace/mode/python");
    setTheme(editor, light, dark);
    new MutationObserver(() => setTheme(editor, light, dark)).observe(document.body, {
      attributes: true,
      attributeFilter: ["data-md-color-scheme"],
    });
    editor.setOption("minLines", Number(block.dataset.minlines) || 5);
    editor.setOption("maxLines", Number(block.dataset.maxlines) || 30);
    editor.resize();
    output.setAttribute("role", "log");
    output.setAttribute("aria-live", "polite");
    output.setAttribute("aria-label", `Output: ${title}`);

    let runs = 0;
    const name = block.dataset.session || "default";
    output.textContent = "Loading Python and calc…";
    block.dataset.state = "loading";
    bootPython().then(
      () => {
        output.textContent = "";
        block.dataset.state = "ready";
      },
      (error) => {
        block.dataset.state = "unavailable";
        output.textContent = `Python is unavailable: ${error.message || error}.`;
      },
    );

    async function evaluate() {
      let pyodide;
      try {
        pyodide = await bootPython();
      } catch {
        return;
      }
      output.textContent = "";
      pyodide.setStdout({ batched: (text) => write(output, text) });
      pyodide.setStderr({ batched: (text) => write(output, text) });
      try {
        const result = await pyodide.runPythonAsync(editor.getValue(), { globals: session(pyodide, name) });
        if (result !== undefined) write(output, String(result));
      } catch (error) {
        write(output, String(error));
      }
      runs += 1;
      block.dataset.runs = String(runs);
    }

    asButton(run, `Run: ${title}`, evaluate);
    asButton(clear, `Clear the output: ${title}`, () => {
      output.textContent = "";
    });
    block.addEventListener("keydown", (event) => {
      if (event.ctrlKey && event.key === "Enter") {
        event.preventDefault();
        evaluate();
      }
    });
  }

  // Called by the fence's own inline script (on DOMContentLoaded).
  globalThis.setupPyodide = (idPrefix, install, themeLight, themeDark) =>
    aceLoaded().then(() => wire(document.getElementById(`${idPrefix}editor`)?.closest(".pyodide"), { themeLight, themeDark }));

  // The fence's own scripts (Ace, pyodide.js) may still be loading after instant navigation,
  // which re-runs the page's scripts without waiting for each other: wait for them, briefly.
  // On a full page load they ran (or failed) before this script: no wait.
  const patience = document.readyState === "loading" ? 0 : 20_000;
  function waitFor(ready) {
    const start = Date.now();
    return new Promise((resolve) => {
      const check = () => {
        if (ready() || Date.now() - start >= patience) resolve();
        else setTimeout(check, 50);
      };
      check();
    });
  }
  const aceLoaded = () => waitFor(() => typeof globalThis.ace !== "undefined");
  const pyodideLoaded = () => waitFor(() => typeof globalThis.loadPyodide === "function");

  // This script comes after the fences: wire them now (also after instant navigation).
  aceLoaded().then(() => {
    for (const block of document.querySelectorAll(".pyodide")) wire(block);
  });
})();
