"""Charts drawn at build time as inline SVG (no JavaScript, no image files), data from ``calc``.

A page pulls this file into a markdown-exec block with ``html="1"`` (with a pymdownx.snippets
line) and adds one call such as ``print(model_sizes_svg())``.
"""

from __future__ import annotations

import html as _html
import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

import calc.constants as _K
from calc.constants import Constant
from calc.formatting import fmt_count

# Models whose parameter count is reported by their own publication, so that the source's year
# is the model's year: (name, constant, kind), kind as in site_tables.MODELS.
CHART_MODELS: tuple[tuple[str, Constant, str], ...] = (
    ("GPT-3", _K.GPT3_PARAMS, "dense"),
    ("Switch Transformer", _K.SWITCH_PARAMS, "sparse"),
    ("M6-T", _K.M6T_PARAMS, "sparse"),
    ("Wu Dao 2.0", _K.WUDAO_PARAMS, "unverified"),
    ("M6-10T", _K.M610T_PARAMS, "sparse"),
    ("MT-NLG", _K.MTNLG_PARAMS, "dense"),
    ("Chinchilla", _K.CHINCHILLA_PARAMS, "dense"),
)

# (kind, marker, fill, edge colour, legend text)
KIND_STYLE = (
    ("dense", "o", "#1b5e20", "#1b5e20", "dense: every parameter used for every token"),
    ("sparse", "D", "none", "#8a4b00", "sparse (mixture of experts): a small share used per token"),
    ("unverified", "s", "none", "#555555", "kind not stated in the sources we read"),
)


# Where each label sits relative to its point, in points (layout only: keeps labels apart).
LABEL_OFFSETS: dict[str, tuple[float, float]] = {
    "Wu Dao 2.0": (8, 4),
    "Switch Transformer": (8, -9),
    "M6-T": (8, -10),
}


def _svg(fig: Figure, title: str, description: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    svg = text[text.index("<svg") :]
    head_end = svg.index(">") + 1
    label = _html.escape(title, quote=True)
    return (
        '<figure class="chart">'
        + svg[: head_end - 1]
        + f' role="img" aria-label="{label}">'
        + f"<title>{label}</title><desc>{_html.escape(description)}</desc>"
        + svg[head_end:]
        + f"<figcaption>{_html.escape(description)}</figcaption></figure>"
    )


def model_sizes_svg() -> str:
    """Parameter counts by year of publication, log scale, dense and sparse marked apart."""
    plt.rcParams["svg.hashsalt"] = "green-ai-by-the-numbers"  # stable ids between builds
    fig, ax = plt.subplots(figsize=(7.5, 4.2), dpi=100)
    for kind, marker, face, edge, label in KIND_STYLE:
        pts = [(c.source.year, c.value, name) for name, c, k in CHART_MODELS if k == kind]
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
                xytext=LABEL_OFFSETS.get(name, (8, -3)),
                fontsize=8.5,
            )
    years = sorted({c.source.year for _n, c, _s in CHART_MODELS})
    ax.set_yscale("log")
    ax.set_xticks(years)
    ax.set_xlim(years[0] - 0.4, years[-1] + 0.9)
    ax.set_xlabel("year of the publication reporting the count")
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
    )
