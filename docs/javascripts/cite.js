// "Cite this claim": each claim card's citation box (written at build time, readable with
// JavaScript off) gets a button that copies the citation, and says so to screen readers.
export function attachCitations(root = document) {
  const added = [];
  for (const box of root.querySelectorAll(".claim-cite")) {
    if (box.querySelector(".claim-cite__copy")) continue;
    const text = box.querySelector(".claim-cite__text");
    if (!text || !navigator.clipboard) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-button claim-cite__copy";
    button.textContent = "Copy citation";
    const status = document.createElement("span");
    status.className = "claim-cite__status";
    status.setAttribute("role", "status");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(text.textContent.trim());
        status.textContent = "Citation copied.";
      } catch {
        status.textContent = "Could not copy: select the citation above and copy it.";
      }
    });
    box.append(button, status);
    added.push(button, status);
  }
  return () => {
    for (const node of added) node.remove();
  };
}
