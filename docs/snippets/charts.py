"""Charts drawn at build time as inline SVG (no JavaScript, no image files), data from ``calc``.

A page imports it in a markdown-exec block with ``html="1"``
(``from docs.snippets.charts import model_sizes_svg``) and prints one chart, such as
``print(model_sizes_svg())``.
"""

from __future__ import annotations

import html as _html
import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from calc.formatting import fmt_count
from calc.models import MODELS

# (kind, marker, fill, edge colour, legend text)
KIND_STYLE = (
    ("dense", "o", "#1b5e20", "#1b5e20", "dense: every parameter used for every token"),
    ("sparse", "D", "none", "#8a4b00", "sparse (mixture of experts): a small share used per token"),
    ("not stated", "s", "none", "#555555", "kind not stated in the sources we read"),
)


# Where each label sits relative to its point, in points (layout only: keeps labels apart).
# (dx, dy in points, horizontal alignment of the label)
LABEL_OFFSETS: dict[str, tuple[float, float, str]] = {
    "GShard-600B": (-8, -10, "right"),
    "Switch Transformer": (-8, 6, "right"),
    "M6-T": (0, -16, "center"),
    "Wu Dao 2.0": (8, 4, "left"),
    "OPT-175B": (4, 7, "left"),
    "BLOOM": (6, -13, "left"),
    "Chinchilla": (-8, -3, "right"),
}


def _svg(fig: Figure, title: str, description: str, data: str = "") -> str:
    """The figure as inline SVG with its name and description; ``data`` is the site-root path
    of the CSV file holding its points (the page's download button fetches it)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    svg = text[text.index("<svg") :]
    head_end = svg.index(">") + 1
    label = _html.escape(title, quote=True)
    csv = f' data-chart-csv="{_html.escape(data, quote=True)}"' if data else ""
    return (
        f'<figure class="chart"{csv}>'
        + svg[: head_end - 1]
        + f' role="img" aria-label="{label}">'
        + f"<title>{label}</title><desc>{_html.escape(description)}</desc>"
        + svg[head_end:]
        + f"<figcaption>{_html.escape(description)}</figcaption></figure>"
    )


def model_sizes_svg() -> str:
    """Parameter counts by date (``calc.models``), log scale, dense and sparse marked apart."""
    plt.rcParams["svg.hashsalt"] = "green-ai-by-the-numbers"  # stable ids between builds
    fig, ax = plt.subplots(figsize=(7.5, 4.2), dpi=100)
    for kind, marker, face, edge, label in KIND_STYLE:
        pts = [(m.date, m.params.value, m.name) for m in MODELS if m.kind == kind]
        ax.scatter(
            [p[0] for p in pts],
            [p[1] for p in pts],
            marker=marker,
            s=70,
            facecolors=face,
            edgecolors=edge,
            linewidths=1.8,
            label=label,
            zorder=3,
        )
        for year, value, name in pts:
            ax.annotate(
                f"{name} ({fmt_count(value)})",
                (year, value),
                textcoords="offset points",
                xytext=LABEL_OFFSETS.get(name, (8, -3, "left"))[:2],
                ha=LABEL_OFFSETS.get(name, (8, -3, "left"))[2],
                fontsize=8.5,
            )
    years = list(range(min(m.year for m in MODELS), max(m.year for m in MODELS) + 2))
    ax.set_yscale("log")
    ax.set_xticks(years)
    ax.set_xlim(years[0] - 0.1, years[-1] + 0.6)
    ax.set_xlabel("when trained or first published (see the table)")
    ax.set_ylabel("parameters (log scale)")
    ax.grid(True, which="major", axis="y", alpha=0.3)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=8.5, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _svg(
        fig,
        "Published parameter counts of large language models by year, log scale",
        "Parameter counts as published, on a log scale. Filled circles: dense models. Open "
        "diamonds: sparse mixture-of-experts models, whose counts overstate the computation "
        "per token. Open square: a model whose kind our sources do not state.",
        data="data/model_sizes.csv",
    )


def runs_svg() -> str:
    """The runs of ``calc.runs`` over time: training compute and energy, each on one basis, log
    scales, with the article's month marked. Open markers: a figure resting on our stand-ins.

    Emissions are not drawn: each run counts them differently (location- or market-based,
    dynamic power only, not stated), so one axis would compare unlike figures."""
    import calc.constants as K
    from calc.formulas import date_of
    from calc.runs import CHIP_BASIS, RUNS, has_compute, has_energy, training_flops_of

    plt.rcParams["svg.hashsalt"] = "green-ai-by-the-numbers"
    d = date_of(K.ARTICLE_MONTH.value)
    article = d.year + (d.month - 0.5) / 12
    runs = list(RUNS.values())
    first, last = int(min(r.year for r in runs)), max(r.year for r in runs)
    panels = (
        ("training compute (FLOPs)",
         [(r, training_flops_of(r), not r.stand_ins) for r in runs if has_compute(r)]),
        (f"energy (MWh, {CHIP_BASIS} × GPU-hours)",
         [(r, r.energy_mwh, not r.stand_ins) for r in runs if has_energy(r)]),
    )
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.8), dpi=100, sharex=True)
    for ax, (title, points) in zip(axes, panels, strict=True):
        for run, value, published in points:
            ax.scatter([run.year], [value], marker="o", s=55, linewidths=1.8, zorder=3,
                       facecolors="#1b5e20" if published else "none", edgecolors="#1b5e20")
            # A label runs to the right of its point, unless a later point sits there.
            crowded = any(0 < other.year - run.year <= 0.7 and 0.4 <= v / value <= 2.5
                          for other, v, _ in points)
            ax.annotate(run.name, (run.year, value), textcoords="offset points",
                        xytext=(-6, -3) if crowded else (6, -3),
                        ha="right" if crowded else "left", fontsize=7.5)
        ax.axvline(article, color="#8a4b00", linestyle="--", linewidth=1.2)
        ax.text(article + 0.08, 0.97, "the article", transform=ax.get_xaxis_transform(),
                ha="left", va="top", fontsize=7.5, color="#8a4b00")
        ax.set_yscale("log")
        ax.set_title(title, fontsize=9, pad=8)
        ax.grid(True, which="major", axis="y", alpha=0.3)
        ax.set_xlim(first, last + 0.6)
        ax.set_xticks(range(first, int(last) + 1))
        ax.tick_params(labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    fig.tight_layout()
    return _svg(
        fig,
        "Training runs before and after the article: compute and energy by date",
        "Two log-scale panels, one point per run, the article's month marked by a dashed line. "
        f"Compute is {fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)} × active parameters × tokens, "
        "or a third party's estimate where the makers published neither. Energy is on one basis "
        "for every run whose GPU-hours are known: GPU-hours × the rated power (TDP) of the run's "
        "GPU type, without the host or the data centre's PUE. Open points rest on a stand-in "
        "(a GPU type, power or compute the run's makers never published). Emissions are not "
        "drawn: the runs count them in different ways (see the table).",
        data="data/runs.csv",
    )
