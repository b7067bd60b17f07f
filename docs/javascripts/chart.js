// The live chart of one calculator (markup: docs/snippets/calculator_html.py): the reader's
// numbers beside reference runs, as a bar chart (Chart.js, loaded with integrity) and as a
// table, both from the rows Python computed. It subscribes to the calculator's controller and
// asks for chart rows in the one answer per edit.
import { loadChart } from "./chart-loader.js";

const UNAVAILABLE = "The chart is unavailable (its library could not load); the table gives the same numbers.";

const whenIdle = (callback) =>
  "requestIdleCallback" in window ? requestIdleCallback(callback, { timeout: 500 }) : setTimeout(callback, 50);

export function attachChart(controller) {
  const { root } = controller;
  const figure = root.querySelector("[data-chart]");
  if (!figure) return () => {};
  let chart = null;
  let chartData = JSON.parse(figure.dataset.chartData);
  let chartFailed = false;
  let count = 0;
  controller.want("chart", () => true);

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

  function startChart() {
    if (figure.dataset.chartLoading) return;
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

  const unsubscribe = controller.subscribe((event) => {
    if (event.type === "answer") {
      const rows = event.answer.chart;
      if (rows?.ok) {
        chartData = rows;
        fillTable();
        drawChart();
        delete figure.dataset.stale;
      } else {
        figure.dataset.stale = "true";
      }
      if (event.answer.result.ok) {
        count += 1;
        figure.dataset.chartAnswers = String(count);
      }
    } else if (event.type === "stale" || event.type === "scenario") {
      figure.dataset.stale = "true";
    } else if (event.type === "python" && event.client.state === "ready") {
      startChart();
    }
  });
  return () => {
    unsubscribe();
    chart?.destroy();
    chart = null;
  };
}
