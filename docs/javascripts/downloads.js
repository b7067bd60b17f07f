// Download each chart as SVG and the rows behind it as CSV, from the chart itself (issue 23).
// A calculator's chart is downloaded as it is drawn now (the build's, or the reader's after an
// edit) with its table's rows; a page's chart with the data file its figure names
// (data-chart-csv, a path from the site's root). With JavaScript off the chart and its table or
// data file are still on the page.
import { siteRoot } from "./url-state.js";

// Save `blob` as a file called `name` (export.js saves its exports with it too).
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function slug(text) {
  return (text || "chart").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "chart";
}

const cell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function tableCsv(figure) {
  const lines = ["label,value,as shown"];
  for (const row of figure.querySelectorAll("[data-chart-table] tbody tr")) {
    const label = row.querySelector("th")?.textContent.trim() ?? "";
    const shown = row.querySelector("td")?.textContent.trim() ?? "";
    lines.push([label, row.dataset.value ?? "", shown].map(cell).join(","));
  }
  return `${lines.join("\n")}\n`;
}

function button(text, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "md-button chart-downloads__button";
  b.textContent = text;
  b.addEventListener("click", onClick);
  return b;
}

export function attachDownloads(root = document) {
  const added = [];
  for (const figure of root.querySelectorAll("figure.chart, figure[data-chart]")) {
    if (figure.querySelector(".chart-downloads")) continue;
    const svgNow = () => figure.querySelector("svg");
    const name = slug(svgNow()?.getAttribute("aria-label") || figure.querySelector("figcaption")?.textContent);
    const csvPath = figure.dataset.chartCsv;
    const hasTable = figure.querySelector("[data-chart-table]");
    if (!svgNow() || (!csvPath && !hasTable)) continue;
    const box = document.createElement("p");
    box.className = "chart-downloads";
    box.append(
      button("Download the chart (SVG)", () => {
        const svg = svgNow().cloneNode(true);
        svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
        save(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }), `${name}.svg`);
      }),
      button("Download its data (CSV)", async () => {
        if (hasTable) {
          save(new Blob([tableCsv(figure)], { type: "text/csv" }), `${name}.csv`);
          return;
        }
        const response = await fetch(new URL(csvPath, siteRoot()));
        save(new Blob([await response.text()], { type: "text/csv" }), csvPath.split("/").pop());
      }),
    );
    figure.append(box);
    added.push(box);
  }
  return () => {
    for (const node of added) node.remove();
  };
}
