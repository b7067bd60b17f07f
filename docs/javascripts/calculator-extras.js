// Ranges, live chart and export for one calculator (markup: docs/snippets/calculator_html.py).
// Every number comes from calc.web.views in the Python worker; this file only places texts
// (textContent) and hands the chart library the values Python computed.
import { loadChart } from "./chart-loader.js";
import { python } from "./python-client.js";

const REFRESH_DELAY_MS = 120;
const UNAVAILABLE = "The chart is unavailable (its library could not load); the table gives the same numbers.";

const whenIdle = (callback) =>
  "requestIdleCallback" in window ? requestIdleCallback(callback, { timeout: 500 }) : setTimeout(callback, 50);

export function wireExtras(root) {
  if (root.dataset.extrasWired === "true") return;
  root.dataset.extrasWired = "true";
  const py = python();
  const name = root.dataset.calculator;
  const select = root.querySelector("[data-scenario-select]");
  const inputs = [...root.querySelectorAll(".calc__field input[name]")];
  const outputs = [...root.querySelectorAll("[data-output]")];
  const switcher = root.querySelector("[data-range-switch]");
  const rangesBox = root.querySelector("[data-ranges]");
  const figure = root.querySelector("[data-chart]");
  const exportBox = root.querySelector("[data-export-box]");
  const exportStatus = root.querySelector("[data-export-status]");

  const values = () => Object.fromEntries(inputs.map((input) => [input.name, input.value]));
  const scenario = () => select?.value || root.dataset.scenario;
  const counters = { ranges: 0, chart: 0 };
  const sequences = { ranges: 0, chart: 0 };
  let central = Object.fromEntries(outputs.map((o) => [o.dataset.output, o.textContent]));
  let lastRanges = null; // the last ranges Python gave, with the inputs they were for (key)
  let centralKey = JSON.stringify(values()); // the inputs the central values were computed for
  let pending = false;
  let chart = null;
  let chartData = figure ? JSON.parse(figure.dataset.chartData) : null;
  let chartFailed = false;
  let exportRefused = false; // the export status says why nothing was exported

  const mode = () => switcher?.querySelector("input:checked")?.value || "central";

  // Ask Python; drop answers overtaken by a newer request of the same kind.
  async function ask(kind, fn, args) {
    const id = ++sequences[kind];
    let result;
    try {
      result = await py.call(fn, args);
    } catch {
      return null;
    }
    return id === sequences[kind] && root.isConnected ? result : null;
  }

  function count(kind, element) {
    counters[kind] += 1;
    element.dataset[`${kind}Answers`] = String(counters[kind]);
  }

  // ---------------------------------------------------------------- ranges
  function showOutputs() {
    const ranged = mode() === "range" && lastRanges?.ok && lastRanges.key === centralKey;
    root.dataset.mode = ranged ? "range" : "central";
    // Ranges chosen but none for these numbers (a field in error, Python not there yet).
    if (mode() === "range" && !ranged) switcher.dataset.stale = "true";
    else if (switcher) delete switcher.dataset.stale;
    for (const output of outputs) {
      const key = output.dataset.output;
      const r = ranged ? lastRanges.outputs[key] : null;
      if (r) {
        output.textContent = r.text;
        output.dataset.low = String(r.low);
        output.dataset.central = String(r.central);
        output.dataset.high = String(r.high);
      } else {
        output.textContent = central[key] ?? output.textContent;
        delete output.dataset.low;
        delete output.dataset.central;
        delete output.dataset.high;
      }
    }
  }

  function fillList(list, items, attribute) {
    if (!list) return;
    list.replaceChildren(
      ...items.map(([key, text]) => {
        const li = document.createElement("li");
        if (attribute) li.setAttribute(attribute, key);
        li.textContent = text;
        return li;
      }),
    );
  }

  async function refreshRanges() {
    if (!rangesBox) return;
    const key = JSON.stringify(values());
    const result = await ask("ranges", "ranges", [name, values(), scenario()]);
    if (!result) return;
    if (result.ok) {
      lastRanges = { ...result, key };
      fillList(rangesBox.querySelector("[data-range-inputs]"), Object.entries(result.ranges).map(([k, r]) => [k, `${r.label}: ${r.text}`]), "data-range-input");
      const labels = Object.fromEntries([...root.querySelectorAll("[data-range-output]")].map((li) => [li.dataset.rangeOutput, li.textContent.split(":")[0]]));
      fillList(rangesBox.querySelector("[data-range-outputs]"), Object.entries(result.outputs).map(([k, o]) => [k, `${labels[k] || k}: ${o.text}`]), "data-range-output");
      fillList(rangesBox.querySelector("[data-sensitivity]"), result.sensitivity.map((row) => [row.input, row.text]), "data-sensitivity-input");
      delete rangesBox.dataset.stale;
    } else {
      rangesBox.dataset.stale = "true";
    }
    showOutputs();
    count("ranges", root);
  }

  // ---------------------------------------------------------------- chart
  function colours() {
    const style = getComputedStyle(root);
    const fg = style.getPropertyValue("--md-default-fg-color").trim() || "#333";
    const accent = style.getPropertyValue("--md-primary-fg-color").trim() || "#1b5e20";
    const muted = style.getPropertyValue("--calc-muted").trim() || "#666";
    return { fg, accent, muted };
  }

  // Axis tick labels: short and few (the numbers themselves are Python's, in the tooltips and
  // the table). A log axis starts a decade below the smallest bar, so every bar is visible.
  const SHORT = new Intl.NumberFormat("en", { maximumSignificantDigits: 3 });
  const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 });
  function tick(value, log) {
    const v = Number(value);
    if (!Number.isFinite(v)) return "";
    if (v === 0) return "0";
    const exponent = Math.floor(Math.log10(Math.abs(v)));
    if (log) {
      const mantissa = Math.round(Math.abs(v) / 10 ** exponent);
      if (![1, 2, 5].includes(mantissa)) return "";
    }
    if (exponent < -3 || exponent >= 15) return v.toExponential(0).replace("e+", "e");
    return exponent >= 4 ? COMPACT.format(v) : SHORT.format(v);
  }

  function axis(data, canvas, fg) {
    const log = data.scale === "logarithmic";
    const width = canvas.parentElement?.clientWidth || 300;
    const scale = {
      type: data.scale,
      title: { display: true, text: data.axis, color: fg },
      ticks: {
        color: fg,
        autoSkip: true,
        maxTicksLimit: Math.max(3, Math.min(8, Math.floor(width / 90))),
        maxRotation: 0,
        callback: (value) => tick(value, log),
      },
    };
    if (log) {
      const positive = data.rows.map((row) => row.value).filter((v) => v > 0);
      if (positive.length) scale.min = 10 ** (Math.floor(Math.log10(Math.min(...positive))) - 1);
    }
    return scale;
  }

  function drawChart() {
    if (!figure || !chartData?.ok || chartFailed || !globalThis.Chart) return;
    const { fg, accent, muted } = colours();
    const rows = chartData.rows;
    const data = {
      labels: rows.map((row) => row.label),
      datasets: [
        {
          label: chartData.axis,
          data: rows.map((row) => row.value),
          backgroundColor: rows.map((row) => (row.key === "reader" ? accent : muted)),
        },
      ],
    };
    const canvas = figure.querySelector("canvas");
    canvas.setAttribute("aria-label", chartData.summary);
    const scale = axis(chartData, canvas, fg);
    if (chart) {
      chart.data = data;
      chart.options.scales.x = scale;
      chart.update();
    } else {
      chart = new globalThis.Chart(canvas, {
        type: "bar",
        data,
        options: {
          indexAxis: "y",
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (item) => rows[item.dataIndex]?.text ?? "" } },
          },
          scales: { x: scale, y: { ticks: { color: fg } } },
        },
      });
    }
    // Tooltips read the current rows.
    chart.options.plugins.tooltip.callbacks.label = (item) => chartData.rows[item.dataIndex]?.text ?? "";
    figure.querySelector("[data-chart-canvas]").hidden = false;
  }

  function fillTable() {
    const body = figure.querySelector("[data-chart-table] tbody");
    body.replaceChildren(
      ...chartData.rows.map((row) => {
        const tr = document.createElement("tr");
        tr.dataset.chartRow = row.key;
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = row.label;
        const td = document.createElement("td");
        td.textContent = row.text;
        tr.append(th, td);
        return tr;
      }),
    );
  }

  async function refreshChart() {
    if (!figure) return;
    const result = await ask("chart", "chart", [name, values()]);
    if (!result) return;
    if (result.ok) {
      chartData = result;
      fillTable();
      drawChart();
      delete figure.dataset.stale;
    } else {
      figure.dataset.stale = "true";
    }
    count("chart", figure);
  }

  function startChart() {
    if (!figure || figure.dataset.chartLoading) return;
    figure.dataset.chartLoading = "true";
    whenIdle(() =>
      loadChart().then(
        () => {
          if (!root.isConnected) return;
          drawChart();
          figure.dataset.chartState = "drawn";
        },
        () => {
          chartFailed = true;
          const note = figure.querySelector("[data-chart-note]");
          note.textContent = [chartData?.note, UNAVAILABLE].filter(Boolean).join(" ");
          figure.dataset.chartState = "unavailable";
        },
      ),
    );
  }

  // ---------------------------------------------------------------- export
  function download(text, filename, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function exportAs(format) {
    if (py.state !== "ready") {
      exportRefused = true;
      exportStatus.textContent = py.state === "unavailable" ? `Export needs Python, which is unavailable because ${py.reason}.` : "Export needs Python, which is still loading: try again in a moment.";
      py.start();
      return;
    }
    let result;
    try {
      result = await py.call("export", [name, values(), scenario()]);
    } catch {
      return;
    }
    if (!result.ok) {
      exportRefused = true;
      exportStatus.textContent = result.message || "Nothing exported: Python could not export these numbers.";
      root.dataset.exported = "refused";
      return;
    }
    const filename = `${result.filename}.${format}`;
    if (format === "csv") download(result.csv, filename, "text/csv");
    else download(result.json_text, filename, "application/json");
    exportRefused = false;
    exportStatus.textContent = `Downloaded ${filename}.`;
    root.dataset.exported = format;
  }

  // ---------------------------------------------------------------- wiring
  // After an answer, once the reader pauses: the extras never queue ahead of the next answer
  // in the worker while someone types.
  let refreshTimer = null;
  function refresh() {
    if (py.state !== "ready") {
      pending = true;
      return;
    }
    pending = false;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      if (!root.isConnected) return;
      if (mode() === "range" || rangesBox?.open) refreshRanges();
      else if (rangesBox) rangesBox.dataset.stale = "true";
      refreshChart();
    }, REFRESH_DELAY_MS);
  }

  root.addEventListener("calc:answer", (event) => {
    const { result } = event.detail;
    if (result.ok) {
      central = Object.fromEntries(Object.entries(result.outputs).map(([k, o]) => [k, o.text]));
      centralKey = JSON.stringify(event.detail.inputs);
      // A refusal explained the numbers in error: it goes once they are valid again.
      if (exportRefused && exportStatus) {
        exportRefused = false;
        exportStatus.textContent = "";
        if (root.dataset.exported === "refused") delete root.dataset.exported;
      }
      refresh();
    } else {
      if (figure) figure.dataset.stale = "true";
      if (rangesBox) rangesBox.dataset.stale = "true";
    }
  });
  // Results no longer match the inputs shown (typed before Python, a shared link, an error).
  root.addEventListener("calc:stale", () => {
    if (figure) figure.dataset.stale = "true";
    if (rangesBox) rangesBox.dataset.stale = "true";
  });
  // A scenario chosen before Python is ready: its build-time numbers are shown; the extras
  // catch up once Python is there.
  // Read from the page's scenario data, not from the outputs: this listener may run before
  // calculator.js has placed the chosen scenario's results.
  const scenarios = JSON.parse(root.dataset.scenarios || "{}");
  select?.addEventListener("change", () => {
    const chosen = scenarios[select.value];
    if (py.state !== "ready" && chosen) {
      central = Object.fromEntries(outputs.map((o) => [o.dataset.output, chosen.outputs[o.dataset.output] ?? "—"]));
      centralKey = JSON.stringify(Object.fromEntries(inputs.map((i) => [i.name, chosen.inputs[i.name] ?? i.value])));
      lastRanges = null;
      // The chart and the ranges were computed for other numbers until Python catches up.
      if (figure) figure.dataset.stale = "true";
      if (rangesBox) rangesBox.dataset.stale = "true";
      pending = true;
    }
  });
  if (switcher) {
    switcher.hidden = false;
    switcher.addEventListener("change", () => {
      if (mode() === "range") {
        rangesBox.open = true;
        if (py.state === "ready") refreshRanges();
        else {
          pending = true;
          py.start();
        }
      }
      showOutputs();
    });
  }
  // Opening the ranges panel brings it up to date with the numbers shown.
  rangesBox?.addEventListener("toggle", () => {
    if (rangesBox.open && rangesBox.dataset.stale === "true" && py.state === "ready") refreshRanges();
  });
  if (exportBox) {
    exportBox.hidden = false;
    for (const button of exportBox.querySelectorAll("[data-export]")) {
      button.addEventListener("click", () => exportAs(button.dataset.export));
    }
  }
  const unsubscribe = py.subscribe((client) => {
    if (!root.isConnected) {
      unsubscribe?.();
      chart?.destroy();
      return;
    }
    if (client.state === "ready") {
      startChart();
      if (pending) refresh();
    }
  });
}
