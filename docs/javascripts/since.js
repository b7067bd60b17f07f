// Links that remember (issue 23): a link carries the version of the numbers it was made with
// (?v=, written by url-state.js and in every citation). Opened after a correction, the page says
// so above its content: the corrections since that version (data/corrections.json, written from
// the corrections log), each linked to what it changed, and that the numbers shown are today's.
import { dataVersion, siteRoot } from "./url-state.js";

const MAX_LISTED = 8;

export function showCorrectionsSince() {
  const made = new URLSearchParams(location.search).get("v") ?? "";
  const now = dataVersion();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(made) || !now || made >= now) return () => {};
  const article = document.querySelector("article.md-content__inner, article");
  if (!article) return () => {};
  const box = document.createElement("div");
  box.className = "admonition note gabn-since";
  box.setAttribute("role", "status");
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = `Corrected since this link was made (numbers of ${made})`;
  const text = document.createElement("p");
  text.textContent = "The numbers on this page are today's. Changes since the link was made:";
  const list = document.createElement("ul");
  const log = document.createElement("p");
  const link = document.createElement("a");
  link.href = new URL("corrections/", siteRoot()).href;
  link.textContent = "the corrections log";
  log.append("All of them are in ", link, ".");
  box.append(title, text, list, log);
  const heading = article.querySelector("h1");
  if (heading) heading.after(box);
  else article.prepend(box);
  let gone = false;
  fetch(new URL("data/corrections.json", siteRoot()))
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((doc) => {
      if (gone) return;
      const since = doc.corrections.filter((c) => c.day > made);
      text.textContent = `The numbers on this page are today's. ${since.length} change${since.length === 1 ? "" : "s"} since the link was made:`;
      for (const c of since.slice(0, MAX_LISTED)) {
        const item = document.createElement("li");
        const a = document.createElement("a");
        a.href = new URL(c.where, siteRoot()).href;
        a.textContent = c.title;
        item.append(`${c.day}: `, a, ` (${c.field}): ${c.old} → ${c.new}`);
        list.append(item);
      }
      if (since.length > MAX_LISTED) {
        const more = document.createElement("li");
        more.textContent = `and ${since.length - MAX_LISTED} more`;
        list.append(more);
      }
    })
    .catch(() => {
      if (!gone) text.textContent = "The numbers on this page are today's; some were corrected since the link was made.";
    });
  return () => {
    gone = true;
    box.remove();
  };
}
