// The live chart of one calculator (markup: docs/snippets/calculator_html.py): the reader's
// numbers beside reference runs, as an SVG bar chart and as a table. Both are on the page from
// the build (JavaScript off, they still show the defaults); after an edit, Python's answer
// brings the new rows and the new SVG (drawn by calc.web.svgchart, the same code as the
// build's). The SVG is parsed as SVG and inserted as a node: no innerHTML, and nothing the
// reader typed is in it.

const REDRAW_MS = 60;

function parseSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg" || doc.querySelector("parsererror")) return null;
  return document.importNode(svg, true);
}

export function attachChart(controller) {
  const { root } = controller;
  const figure = root.querySelector("[data-chart]");
  if (!figure) return () => {};
  const holder = figure.querySelector("[data-chart-svg]");
  let count = 0;
  controller.want("chart", () => true);

  function fillTable(rows) {
    const body = figure.querySelector("[data-chart-table] tbody");
    body.replaceChildren(
      ...rows.map((row) => {
        const tr = document.createElement("tr");
        tr.dataset.chartRow = row.key;
        tr.dataset.value = String(row.value);
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

  function show(chart) {
    const svg = parseSvg(chart.svg);
    if (svg) holder.replaceChildren(svg);
    fillTable(chart.rows);
    figure.querySelector("[data-chart-note]").textContent = chart.note;
    figure.dataset.chartState = svg ? "drawn" : "table";
    delete figure.dataset.stale;
  }

  // The results are shown at once; the chart comes right after them from the same call to
  // Python (its second part, a "chart" event) and is redrawn once the reader pauses
  // (REDRAW_MS), so while someone types, redrawing it (a page relayout) never delays the next
  // numbers. Nothing more is asked of Python.
  let latest = null;
  let timer = null;
  function draw() {
    timer = null;
    const chart = latest;
    if (!chart || !root.isConnected) return;
    if (chart.ok) show(chart);
    else figure.dataset.stale = "true";
    count += 1;
    figure.dataset.chartAnswers = String(count);
  }
  const redraw = (chart) => {
    latest = chart;
    clearTimeout(timer);
    timer = setTimeout(draw, REDRAW_MS);
  };

  const unsubscribe = controller.subscribe((event) => {
    if (event.type === "chart") {
      redraw(event.chart);
    } else if (event.type === "answer") {
      // An answer with errors has no chart: the one shown is stale until the next good answer.
      if (!event.answer.result.ok) {
        clearTimeout(timer);
        latest = null;
        figure.dataset.stale = "true";
      } else if (event.answer.chart) {
        redraw(event.answer.chart);
      }
    } else if (event.type === "stale" || event.type === "scenario") {
      figure.dataset.stale = "true";
    }
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
