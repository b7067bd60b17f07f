"""Tables the pages print at build time, every number computed by ``calc``.

A page imports what it prints in a markdown-exec block (``docs/snippets`` is on the build's
path, docs/.overrides/hooks/import_path.py): ``from site_tables import claims_table`` and
``print(claims_table("gpt3_cost"))``. Every snippet is imported this one way.

The macros module (``macros.py``) and the tests load the same file, so a sentence, a table and a
test always agree. Functions return Markdown (or HTML inside Markdown); they never type a number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

import calc.constants as K
import calc.formulas as F
import calc.quantities as Q
from calc.constants import CONSTANTS, Constant
from calc.formatting import (
    fmt_count,
    fmt_multiple,
    fmt_percent,
    fmt_price,
    fmt_quantity,
    fmt_tflops,
    fmt_usd,
)
from calc.ledger import RULE, ClaimResult, clause_text, evaluate_all, m6_vs_gpt3_bases
from calc.models import MODELS
from calc.moe import m6_10t
from calc.sources import SOURCES

# ---------------------------------------------------------------- links and badges

SOURCES_PAGE = "sources.md"

#: The legend, written from the verdict rule itself (``calc.ledger.RULE``): clause id → meaning.
VERDICT_MEANING: dict[str, str] = {}
for _clause in RULE:
    VERDICT_MEANING.setdefault(_clause.verdict, "")
    VERDICT_MEANING[_clause.verdict] += (
        (" Or: " if VERDICT_MEANING[_clause.verdict] else "")
        + f"({_clause.id}) " + clause_text(_clause)
    )

LEVEL_MEANING = {
    "P": "read in the primary source, or in a verbatim copy of it.",
    "S": "seen only in secondary sources (press, summaries, third-party notes).",
    "N": "not verified at all.",
}


def source_anchor(key: str) -> str:
    """The id of a source's entry on the Sources page."""
    return "src-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def short_authors(key: str) -> str:
    """``Patterson et al.``, ``Lambda``: the source's short name (``calc.sources``)."""
    return SOURCES[key].short_name


def cite(key: str, *, page: str = "") -> str:
    """A Markdown link to a source's entry on the Sources page: ``[Authors (year)](...)``."""
    src = SOURCES[key]
    return f"[{short_authors(key)} ({src.year})]({page}{SOURCES_PAGE}#{source_anchor(key)})"


def badge(verdict: str) -> str:
    """An inline verdict badge (coloured, with the verdict as text)."""
    v = html.escape(verdict)
    return f'<span class="verdict verdict--{v}">{v}</span>'


def level_text(level: str) -> str:
    """A verification level spelled out for readers."""
    return {"P": "primary", "S": "secondary only", "N": "not verified"}.get(level, level)


def verdict_legend() -> str:
    """A definition list of the verdicts, as Markdown."""
    return "\n".join(f"- {badge(v)} {meaning}" for v, meaning in VERDICT_MEANING.items())


def verdict_rule() -> str:
    """The rule as a numbered list: clauses in the order they are tried (``calc.ledger.RULE``)."""
    return "\n".join(
        f"{i}. **{c.id}** {badge(c.verdict)} {clause_text(c)}" for i, c in enumerate(RULE, 1)
    )


def level_legend() -> str:
    """The verification levels, as Markdown."""
    return "\n".join(
        f"- **{level_text(k)}** ({k}): {meaning}" for k, meaning in LEVEL_MEANING.items()
    )


def _esc(text: str) -> str:
    """Escape text for HTML, leaving quotes as they are (they read better in Markdown)."""
    return html.escape(text, quote=False)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def md_table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: str = "") -> str:
    """A Markdown table; columns whose index is listed in ``numeric`` are right-aligned."""
    head = "| " + " | ".join(headers) + " |"
    rule = "|" + "|".join("---:" if str(i) in numeric else "---" for i in range(len(headers))) + "|"
    body = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


# ---------------------------------------------------------------- small numbers helpers


def tflops(flops_per_s: float) -> str:
    """FLOP/s written in TFLOP/s without the unit (the table's header has it)."""
    return fmt_tflops(flops_per_s, "")


def flops(value: float) -> str:
    """A FLOP count in scientific notation."""
    return fmt_quantity(value, "FLOPs")


def max_flops(gpus: float, days: float, flops_per_gpu: float) -> float:
    """The most computation ``gpus`` can do in ``days`` at ``flops_per_gpu`` (FLOPs)."""
    return F.flops_from_gpu_hours(F.gpu_hours(gpus, days), flops_per_gpu)


# ---------------------------------------------------------------- compute page


def compute_scenarios_table() -> str:
    """GPT-3's training compute turned into GPU-days on three published throughputs."""
    rows = []
    cases = (
        (
            "V100, as OpenAI measured",
            K.PATTERSON_GPT3_FLOPS_PER_GPU,
            K.V100_PEAK_FLOPS,
            K.PATTERSON_GPT3_GPUS.value,
            K.FLOPS_PER_PARAM_TOKEN.value,
            "patterson2021",
        ),
        (
            "V100 at Lambda's assumed speed, on Patterson's GPU count",
            K.LAMBDA_V100_FLOPS,
            K.V100_PEAK_FLOPS,
            K.PATTERSON_GPT3_GPUS.value,
            K.FLOPS_PER_PARAM_TOKEN.value,
            "lambda2020",
        ),
        (
            "A100, as projected",
            K.NARAYANAN_GPT3_FLOPS_PER_GPU,
            K.A100_PEAK_FLOPS,
            K.NARAYANAN_GPT3_GPUS.value,
            K.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value,
            "narayanan2021",
        ),
    )
    for label, sustained, peak, gpus, per_token, src in cases:
        # GPT-3's own total (3.14e23) where the row counts as its paper does, else the row's.
        total = (
            K.GPT3_FLOPS.value
            if per_token == K.FLOPS_PER_PARAM_TOKEN.value
            else F.training_flops(K.GPT3_PARAMS.value, K.GPT3_TOKENS.value, per_token)
        )
        days = F.training_days(total, gpus, sustained.value)
        rows.append(
            (
                f"{label} ({cite(src)})",
                flops(total),
                tflops(sustained.value),
                fmt_percent(F.utilisation(sustained.value, peak.value))
                + (" MFU" if per_token == K.FLOPS_PER_PARAM_TOKEN.value
                   else " HFU (counts recomputation)"),
                fmt_count(gpus),
                fmt_quantity(days, "days"),
                fmt_count(F.gpu_hours(gpus, days)),
            )
        )
    return md_table(
        ("GPU and throughput", "FLOPs", "TFLOP/s per GPU", "share of peak", "GPUs", "time",
         "GPU-hours"),
        rows,
        numeric="123456",
    )


# ---------------------------------------------------------------- energy page


def patterson_gpt3_table() -> str:
    """Patterson et al.'s GPT-3 inputs and our recomputation of energy and emissions."""
    mwh = Q.GPT3_MWH_FROM_PATTERSON_INPUTS
    t = F.emissions_tco2e(mwh, K.PATTERSON_GPT3_GRID.value)
    rows = [
        ("GPUs", fmt_count(K.PATTERSON_GPT3_GPUS.value), "V100"),
        ("time", fmt_quantity(K.PATTERSON_GPT3_DAYS.value, "days"), ""),
        ("average power per GPU", fmt_quantity(K.PATTERSON_GPT3_WATTS.value, "W"), "measured"),
        ("PUE", fmt_quantity(K.PATTERSON_GPT3_PUE.value, ""), "Microsoft data centre"),
        ("grid intensity", fmt_quantity(K.PATTERSON_GPT3_GRID.value, "gCO2e/kWh"), ""),
        (
            "**energy**",
            f"**{fmt_quantity(mwh, 'MWh')}**",
            f"published: {fmt_quantity(K.PATTERSON_GPT3_MWH.value, 'MWh', 4)}",
        ),
        (
            "**emissions**",
            f"**{fmt_quantity(t, 'tCO2e')}**",
            f"published: {fmt_quantity(K.PATTERSON_GPT3_TCO2E.value, 'tCO2e', 4)}",
        ),
    ]
    return md_table(("input or result", "value", "note"), rows, numeric="1")


# ---------------------------------------------------------------- cost page


def _article_usd_per_gpu_hour() -> float:
    return Q.ARTICLE_USD_PER_GPU_HOUR


def gpt3_gpu_hours() -> float:
    """GPT-3's V100-hours as Patterson et al. give them: 10,000 GPUs × 14.8 days (the ledger's)."""
    return Q.GPT3_V100_HOURS_PATTERSON


def m6_gpu_hours() -> float:
    """M6-10T's GPU-hours as Alibaba reports them."""
    return Q.M6_10T_GPU_HOURS


def like_for_like_table() -> str:
    """GPT-3 and M6-10T at one price per GPU-hour of one GPU type, each row on one basis."""
    _, m6, gpt3_a100 = m6_vs_gpt3_bases()[0]
    _, _, gpt3_v100 = m6_vs_gpt3_bases()[1]
    per_instance = fmt_count(K.GPUS_PER_AWS_INSTANCE.value)
    rows_in = (
        ("V100", "Lambda's 3-year reserved rate, 2020", K.LAMBDA_USD_PER_GPU_HOUR.value,
         "dickson2020", gpt3_v100),
        ("V100", f"AWS p3.16xlarge on demand ÷ {per_instance}, undated copies",
         K.AWS_P3_USD_PER_GPU_HOUR.value, "aws_prices", gpt3_v100),
        ("A100", "the article's rate", _article_usd_per_gpu_hour(), "romero2021", gpt3_a100),
        ("A100", f"AWS p4d.24xlarge on demand ÷ {per_instance}, copies from 2024",
         K.AWS_P4D_USD_PER_GPU_HOUR.value, "aws_prices", gpt3_a100),
    )
    rows = []
    for gpu, label, price, src, g3 in rows_in:
        c3, c6 = F.cloud_cost_usd(g3, price), F.cloud_cost_usd(m6, price)
        rows.append((gpu, f"{label} ({cite(src)})", fmt_price(price), fmt_count(g3),
                     fmt_usd(c3), fmt_usd(c6), fmt_percent(F.ratio(c6, c3))))
    return (
        md_table(
            ("GPU", "price per GPU-hour", "rate", "GPT-3 GPU-hours", "GPT-3", "M6-10T",
             "M6-10T ÷ GPT-3"),
            rows, numeric="23456",
        )
        + f"\n\nGPT-3's GPU-hours: on V100s as Lambda counts them ({fmt_count(gpt3_v100)}; "
        f"Patterson et al.'s {fmt_count(gpt3_gpu_hours())} are "
        f"{fmt_percent(F.ratio(gpt3_gpu_hours(), gpt3_v100) - 1)} more), on A100s as "
        f"Narayanan et al.'s {fmt_count(K.NARAYANAN_GPT3_GPUS.value)} GPUs × "
        f"{fmt_count(K.NARAYANAN_GPT3_DAYS.value)} days, the run the article cites. M6-10T: "
        f"{fmt_count(m6)} GPU-hours on either type (its GPU type was not published)."
    )


# ---------------------------------------------------------------- budget page

GPUS = (
    ("V100", K.V100_PEAK_FLOPS, K.V100_TDP_WATTS),
    ("A100", K.A100_PEAK_FLOPS, K.A100_TDP_WATTS),
    ("H100", K.H100_PEAK_DENSE_FLOPS, K.H100_TDP_WATTS),
    ("H200", K.H200_PEAK_DENSE_FLOPS, K.H200_TDP_WATTS),
)


def budget_table() -> str:
    """What the article's M6 budget buys on each GPU generation at one price and utilisation."""
    budget = K.ARTICLE_M6_COST_USD.value
    price = _article_usd_per_gpu_hour()
    hours = F.ratio(budget, price, name="gpu_hours")  # the inverse of cloud_cost_usd
    mfu = Q.A100_MFU_NARAYANAN
    rows = []
    for name, peak, _tdp in GPUS:
        total = F.seconds_from_hours(hours) * peak.value * mfu
        model = F.compute_optimal(total, K.CHINCHILLA_TOKENS_PER_PARAM.value)
        rows.append(
            (
                name,
                tflops(peak.value),
                fmt_count(hours),
                flops(total),
                fmt_percent(F.ratio(total, K.GPT3_FLOPS.value)),
                fmt_count(model.params),
                fmt_count(model.tokens),
            )
        )
    return md_table(
        (
            "GPU",
            "peak TFLOP/s",
            "GPU-hours",
            "FLOPs",
            "of GPT-3's compute",
            "compute-optimal parameters",
            "tokens",
        ),
        rows,
        numeric="123456",
    ) + (
        f"\n\nBudget {fmt_usd(budget)} at {fmt_usd(price)} per GPU-hour; every GPU at "
        f"{fmt_percent(mfu)} of its peak in model FLOPs (Narayanan et al.'s A100 throughput, "
        "counted like GPT-3's compute at "
        f"{fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)} FLOPs per parameter per token)."
    )


def rerun_table() -> str:
    """GPT-3's training compute on each GPU generation at one utilisation."""
    mfu = Q.A100_MFU_NARAYANAN
    price = _article_usd_per_gpu_hour()
    rows = []
    for name, peak, tdp in GPUS:
        sustained = peak.value * mfu
        days = F.training_days(K.GPT3_FLOPS.value, K.NARAYANAN_GPT3_GPUS.value, sustained)
        hours = F.gpu_hours(K.NARAYANAN_GPT3_GPUS.value, days)
        rows.append(
            (
                name,
                fmt_quantity(days, "days"),
                fmt_count(hours),
                fmt_usd(F.cloud_cost_usd(hours, price)),
                fmt_quantity(F.energy_mwh(1, hours, tdp.value, K.PATTERSON_GPT3_PUE.value), "MWh"),
            )
        )
    return md_table(
        (
            "GPU",
            f"time on {fmt_count(K.NARAYANAN_GPT3_GPUS.value)} GPUs",
            "GPU-hours",
            "rental cost",
            "energy at TDP",
        ),
        rows,
        numeric="1234",
    ) + (
        f"\n\nGPT-3's {flops(K.GPT3_FLOPS.value)}, every GPU at {fmt_percent(mfu)} of its peak "
        "in model FLOPs (Narayanan et al.'s A100 throughput, counted at "
        f"{fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)} FLOPs per parameter per token), "
        f"{fmt_usd(price)} per GPU-hour (the article's rate), each GPU drawing its TDP in a data "
        f"centre with a PUE of {fmt_quantity(K.PATTERSON_GPT3_PUE.value, '')}."
    )


# ---------------------------------------------------------------- size page

# Kind of each model: "dense" (every parameter used per token: Patterson et al.'s Table 4 lists
# 100% activated, or the paper says so), "sparse" (mixture of experts: a published active share
# below 100%, or a sparse-expert paper), or "not verified" (no source we read says which).
KIND_TEXT = {"dense": "dense", "sparse": "sparse (MoE)", "not stated": "not verified"}


def model_sizes_table() -> str:
    """Published parameter counts by date, dense or sparse, as a multiple of GPT-3."""
    rows = []
    for m in MODELS:
        const = m.params
        rows.append(
            (
                m.name,
                f"{m.year}-{m.month:02d}",
                KIND_TEXT[m.kind],
                fmt_count(const.value),
                fmt_multiple(F.ratio(const.value, K.GPT3_PARAMS.value)),
                cite(const.source_key),
                level_text(const.level),
            )
        )
    return md_table(
        ("model", "date", "kind", "parameters", "× GPT-3", "source", "verified"),
        rows,
        numeric="34",
    )


# ---------------------------------------------------------------- sources page


# How the Sources page groups the sources (presentation only; unknown keys go to "Other").
SOURCE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The article checked", ("romero2021",)),
    (
        "Papers",
        (
            "brown2020",
            "patterson2021",
            "strubell2019",
            "schwartz2019",
            "narayanan2021",
            "kaplan2020",
            "hoffmann2022",
            "yang2021",
            "lin2021",
            "smith2022",
            "zhang2022",
            "luccioni2022",
            "bigscience2022",
            "deepseek2024",
        ),
    ),
    ("Company statements, datasheets, prices and model cards", ()),
    (
        "Blogs, press and third-party notes",
        ("lambda2020", "dickson2020", "wudao_press", "zhidx2021", "infoq2021", "microsoft2020",
         "genci2022", "connolly_notes"),
    ),
)
_VENDORS = ("damo2021", "nvidia_", "aws_", "llama", "metaseq", "bigscience_tr11")


def _group_of(key: str) -> str:
    for title, keys in SOURCE_GROUPS:
        if key in keys:
            return title
    if key.startswith(_VENDORS):
        return SOURCE_GROUPS[2][0]
    return "Other sources"


def sources_page() -> str:
    """Every source, grouped, with each figure it supports exactly as the source states it."""
    by_source: dict[str, list[Constant]] = {}
    for const in CONSTANTS.values():
        by_source.setdefault(const.source_key, []).append(const)
    groups: dict[str, list[str]] = {}
    for key in SOURCES:
        groups.setdefault(_group_of(key), []).append(key)
    order = [title for title, _ in SOURCE_GROUPS] + ["Other sources"]
    parts = []
    for title in order:
        if title not in groups:
            continue
        parts.append(f"## {title}\n")
        for key in sorted(
            groups[title], key=lambda k: (SOURCES[k].authors.lower(), SOURCES[k].year)
        ):
            src = SOURCES[key]
            parts.append(f"### {_esc(short_authors(key))} ({src.year}) {{#{source_anchor(key)}}}\n")
            where = f"[{src.url}]({src.url})" if src.url else "no address recorded"
            extra = f" arXiv:{src.arxiv}." if src.arxiv else ""
            venue = f" {src.venue}." if src.venue else ""
            authors = _esc(src.authors).removesuffix(".")  # "Brown et al." ends with one already
            parts.append(f"{authors}. *{_esc(src.title)}*.{venue}{extra} {where}\n")
            if src.note:
                parts.append(f'!!! note "How we read it"\n    {src.note}\n')
            consts = by_source.get(key, [])
            if consts:
                rows = [
                    (
                        c.label,
                        f"“{c.quote}”",
                        level_text(c.level) + (f": {c.note}" if c.note else ""),
                    )
                    for c in consts
                ]
                parts.append(md_table(("figure", "as the source states it", "verified"), rows))
                parts.append("")
            else:
                parts.append("*Cited for context; no figure on this site is taken from it.*\n")
    return "\n".join(parts)


# ---------------------------------------------------------------- the claims ledger

TOPIC_PAGE = {"size": "size.md", "compute": "compute.md", "cost": "cost.md", "energy": "energy.md"}


def claim_anchor(claim_id: str) -> str:
    """The id of a claim's card on its topic page and on the All-claims page."""
    return "claim-" + claim_id.replace("_", "-")


def _results() -> dict[str, ClaimResult]:
    return {r.id: r for r in evaluate_all()}


def _sources_line(result: ClaimResult) -> str:
    return ", ".join(cite(key) for key in result.sources)


def _clause_sentence(clause_id: str) -> str:
    """The sentence of the rule's clause ``clause_id``, as the legend gives it."""
    return next(clause_text(c) for c in RULE if c.id == clause_id)


def _clause_line(clause_id: str) -> str:
    """The card's line naming the clause that decided it, linked to the rule."""
    return (
        f'<p class="claim-clause">Decided by clause {clause_id} of the '
        f'<a href="claims.md#verdict-rule">verdict rule</a>: '
        f"{_esc(_clause_sentence(clause_id))}</p>"
    )


def _card(
    r: ClaimResult, *, anchor_prefix: str = "", open_details: bool = False, title: bool = True
) -> str:
    """One claim: quote, the article's number against ours, verdict, reason, assumptions."""
    details = "???+" if open_details else "???"
    assumptions = "\n".join(f"    - {a}" for a in r.assumptions)
    return "\n".join(
        [
            f'<div class="claim-card" id="{anchor_prefix}{claim_anchor(r.id)}" markdown>',
            "",
            f"**{_esc(r.title)}**" if title else "",
            "",
            f"> “{_esc(r.quote)}” ({cite(r.quote_source)})",
            "",
            md_table(
                ("the article says" if r.quote_source == "romero2021" else "they say",
                 "we compute", "verdict"),
                [(_esc(r.article_text), _esc(r.our_text), badge(r.verdict))],
            ),
            "",
            f"**Why:** {_esc(r.reason)}",
            "",
            _clause_line(r.clause),
            "",
            f'{details} info "How we got it: assumptions and sources"',
            assumptions,
            "",
            f"    Sources: {_sources_line(r)}.",
            "",
            "</div>",
            "",
        ]
    )


def claims_table(*claim_ids: str) -> str:
    """The cards of the given claims, for the story page that discusses them."""
    results = _results()
    return "\n".join(_card(results[i]) for i in claim_ids)


def claims_overview() -> str:
    """Home page: one row per claim with the article's number, ours and the verdict."""
    rows = []
    for r in evaluate_all():
        link = f"[{_esc(r.title)}]({TOPIC_PAGE[r.topic]}#{claim_anchor(r.id)})"
        rows.append((link, badge(r.verdict), _esc(r.article_text), _esc(r.our_text)))
    return md_table(("claim", "verdict", "the article", "our number"), rows)


def full_ledger() -> str:
    """All-claims page: every claim in the article's order, grouped by topic."""
    parts = []
    for r in evaluate_all():
        parts.append(f"## {_esc(r.title)}\n")
        parts.append(_card(r, open_details=True, title=False))
        parts.append(
            f"Discussed on the [{r.topic} page]({TOPIC_PAGE[r.topic]}#{claim_anchor(r.id)}).\n"
        )
    return "\n".join(parts)


# ---------------------------------------------------------------- green AI page


def green_ai_report_table() -> str:
    """What Schwartz et al. ask a paper to report, and what was published for each model."""
    no = "not published"
    rows = [
        (
            "training FLOPs",
            f"{flops(K.GPT3_FLOPS.value)} ({cite('brown2020')})",
            no,
        ),
        (
            "hardware",
            f"V100s; the count was not published ({cite('brown2020')})",
            f"{fmt_count(K.M610T_GPUS.value)} GPUs, type not published ({cite('lin2021')})",
        ),
        (
            "training time",
            (
                f"not published; {fmt_quantity(K.PATTERSON_GPT3_DAYS.value, 'days')} estimated "
                f"({cite('patterson2021')})"
            ),
            f"{fmt_quantity(K.M610T_DAYS.value, 'days')} ({cite('lin2021')})",
        ),
        (
            "energy",
            (
                f"{fmt_quantity(K.PATTERSON_GPT3_MWH.value, 'MWh', 4)} estimated by others "
                f"({cite('patterson2021')})"
            ),
            (
                f"only as {fmt_percent(K.DAMO_ENERGY_SHARE_PRESS.value)} of GPT-3's, in "
                f"press copies of Alibaba's release (its own English page breaks off before "
                f"naming GPT-3); no method ({cite('infoq2021')}, secondary)"
            ),
        ),
        (
            "emissions",
            (
                f"{fmt_quantity(K.PATTERSON_GPT3_TCO2E.value, 'tCO2e', 4)} estimated by others "
                f"({cite('patterson2021')})"
            ),
            no,
        ),
        (
            "price tag",
            (
                f"not published; {fmt_usd(K.LAMBDA_COST_USD.value)} estimated by others "
                f"({cite('lambda2020')})"
            ),
            no,
        ),
        (
            "parameters used per token",
            f"all {fmt_count(K.GPT3_PARAMS.value)} (dense)",
            (
                f"not published; about {fmt_count(m6_10t().active)} from third-party notes "
                f"({cite('connolly_notes')})"
            ),
        ),
    ]
    return md_table(("Green AI asks for", "GPT-3", "M6-10T"), rows)
