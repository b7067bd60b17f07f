"""Named, sourced constants: every input number the site uses.

Each :class:`Constant` carries its value in SI-style base units (FLOPs, FLOP/s, W, g/kWh, USD,
days), the figure exactly as its source states it (``quote``), how well we verified it
(``level``: ``"P"`` read in the primary source or a verbatim copy of it, ``"S"`` seen only in
secondary sources), and a note where we had to assume or derive something.

>>> GPT3_PARAMS.value, GPT3_PARAMS.source.arxiv
(175000000000.0, '2005.14165')
>>> PATTERSON_GPT3_MWH.quote
'Energy (MWh): 1,287'
>>> round(H100_PEAK_DENSE_FLOP_PER_S.value / 1e12, 1)
989.5
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .sources import SOURCES, Source
from .units import BILLION, KG_PER_LB, KG_PER_TONNE, TERA, TRILLION

__all__ = ["CONSTANTS", "ESTIMATES", "Constant", "Estimate", "define"]

Level = Literal["P", "S"]


@dataclass(frozen=True)
class Constant:
    """A number with its unit, its source, the source's own words and our confidence."""

    key: str
    label: str
    value: float
    unit: str
    source_key: str
    quote: str
    level: Level
    note: str = ""
    derived_from: tuple[Constant, ...] = field(default=())  # the constants it is computed from

    @property
    def source(self) -> Source:
        """The :class:`~calc.sources.Source` this figure comes from."""
        return SOURCES[self.source_key]


CONSTANTS: dict[str, Constant] = {}


def _c(
    key: str,
    label: str,
    value: float,
    unit: str,
    source: str,
    quote: str,
    level: Level = "P",
    note: str = "",
    derived_from: tuple[Constant, ...] = (),
) -> Constant:
    if key in CONSTANTS:
        raise KeyError(f"duplicate constant {key}")
    const = Constant(key, label, float(value), unit, source, quote, level, note, derived_from)
    CONSTANTS[key] = const
    return const


def define(key: str, label: str, value: float, unit: str, source: str, quote: str,
           level: Level = "P", note: str = "") -> Constant:
    """Add a constant defined outside this module (a run's figure in ``data/runs.toml``) to
    :data:`CONSTANTS`; its source must be known, and its key new unless it is defined again
    exactly as before (the same file read twice)."""
    if source not in SOURCES:
        raise KeyError(f"{key}: unknown source {source!r}")
    const = Constant(key, label, float(value), unit, source, quote, level, note)
    if CONSTANTS.get(key) == const:
        return CONSTANTS[key]
    return _c(key, label, value, unit, source, quote, level, note)


# ---------------------------------------------------------------- GPT-3 (Brown et al. 2020)
GPT3_PARAMS = _c(
    "GPT3_PARAMS", "GPT-3 parameters", 175 * BILLION, "parameters", "brown2020",
    "an autoregressive language model with 175 billion parameters (Table D.1: 174,600M)",
)
GPT3_PARAMS_TABLE_D1 = _c(
    "GPT3_PARAMS_TABLE_D1", "GPT-3 parameters, unrounded (Table D.1)", 174_600_000_000,
    "parameters", "brown2020", "Table D.1: 174,600M",
    note="The count behind the paper's 3.14e23 FLOPs: 6 × 174.6B × 300B = 3.14e23, where the "
    "rounded 175B gives 3.15e23.",
)
GPT3_TOKENS = _c(
    "GPT3_TOKENS", "GPT-3 training tokens", 300 * BILLION, "tokens", "brown2020",
    "All models were trained for a total of 300 billion tokens",
)
GPT3_FLOPS = _c(
    "GPT3_FLOPS", "GPT-3 training compute", 3.14e23, "FLOPs", "brown2020",
    "Total train compute (flops): 3.14E+23 (Table D.1)",
)
FLOPS_PER_PARAM_TOKEN = _c(
    "FLOPS_PER_PARAM_TOKEN", "FLOPs per parameter per token (no recomputation)", 6.0,
    "FLOPs/(parameter·token)", "kaplan2020",
    "C = 6NBS, where ... the factor of 6 accounts for the forward and backward passes",
    note="Also Brown et al. 2020, Table D.1 caption (attention ignored).",
)

# ---------------------------------------------------------------- Patterson et al. 2021, GPT-3
PATTERSON_GPT3_GPUS = _c(
    "PATTERSON_GPT3_GPUS", "GPT-3 GPUs (Patterson's assumption)", 10_000, "GPUs", "patterson2021",
    "Number of chips: 10,000",
    note="Patterson et al. used NVIDIA's suggestion of 10,000 V100s; OpenAI never published it.",
)
PATTERSON_GPT3_DAYS = _c(
    "PATTERSON_GPT3_DAYS", "GPT-3 training days (Patterson)", 14.8, "days", "patterson2021",
    "Training time (days): 14.8",
)
PATTERSON_GPT3_WATTS = _c(
    "PATTERSON_GPT3_WATTS", "Average system power per V100 for GPT-3 (OpenAI, via Patterson)",
    330, "W", "patterson2021", "Measured avg system power per accelerator (W): 330",
    note="Measured by OpenAI and reported by Patterson et al. (Appendix A: \"OpenAI measured "
    "V100s as running GPT-3 at 330W\"); includes the chip's share of the host, above the "
    "300 W TDP.",
)
#: Patterson et al. 2021, Tables 1 and 4: average power per accelerator measured during training,
#: with the host's share (memory, network interface, fans, host CPU), before PUE. The GPUs' bound
#: M6-10T's power per GPU; the TPUs' lowest is kept to say why it does not.
_PATTERSON_MEASURED_ROW = (
    "Measured System Average Power per Accelerator, including memory, network interface, fans, "
    "host CPU (W) | 208 | 310 | 289 | 288 | 245 | 330"
)
PATTERSON_NAS_WATTS = _c(
    "PATTERSON_NAS_WATTS",
    "Average system power per TPU v2, Evolved Transformer search (200 chips)",
    208, "W", "patterson2021", _PATTERSON_MEASURED_ROW,
    note="The lowest of Table 4's measurements: a neural architecture search of small models on "
    "TPUs, which average far below their TDP, unlike GPUs (Table 4's caption).",
)
_PATTERSON_TABLE1_ROW = (
    "Measured System Average Power including memory, network interface, fans, host CPU (Watts) "
    "| 296 | | 271 | 229 | 227"
)
PATTERSON_P100_TRANSFORMER_WATTS = _c(
    "PATTERSON_P100_TRANSFORMER_WATTS",
    "Average system power per P100, Transformer (Big) (8 GPUs)", 296, "W", "patterson2021",
    _PATTERSON_TABLE1_ROW,
    note="Footnote 35: \"Strubell et al. used a mix of tools to estimate power for GPU, host "
    "CPU, and host memory at 189 Watts ... Our measurements for P100 are much higher ... 296 "
    "Watts. We included everything in the rack like we do for TPUs\".",
)
PATTERSON_P100_ET_WATTS = _c(
    "PATTERSON_P100_ET_WATTS",
    "Average system power per P100, Evolved Transformer (Medium) (8 GPUs)", 271, "W",
    "patterson2021", _PATTERSON_TABLE1_ROW,
    note="The lowest average per GPU that Patterson et al. measured in training, the host's "
    "share included.",
)
PATTERSON_T5_WATTS = _c(
    "PATTERSON_T5_WATTS", "Average system power per TPU v3, T5 11B (512 chips)", 310, "W",
    "patterson2021", _PATTERSON_MEASURED_ROW,
)
PATTERSON_SWITCH_WATTS = _c(
    "PATTERSON_SWITCH_WATTS",
    "Average system power per TPU v3, Switch Transformer 1.5T (1,024 chips)", 245, "W",
    "patterson2021", _PATTERSON_MEASURED_ROW,
    note="The one sparse (mixture-of-experts) model measured: 21% below the dense T5 on the same "
    "chips.",
)
PATTERSON_GPT3_PUE = _c(
    "PATTERSON_GPT3_PUE", "PUE of GPT-3's datacenter (Patterson)", 1.10, "", "patterson2021",
    "PUE: 1.10",
)
PATTERSON_GPT3_GRID = _c(
    "PATTERSON_GPT3_GRID", "Grid intensity for GPT-3 (Patterson)", 429, "gCO2e/kWh",
    "patterson2021", "Gross kgCO2e/kWh: 0.429",
)
PATTERSON_GPT3_MWH = _c(
    "PATTERSON_GPT3_MWH", "GPT-3 training energy (Patterson)", 1287, "MWh", "patterson2021",
    "Energy (MWh): 1,287",
)
PATTERSON_GPT3_TCO2E = _c(
    "PATTERSON_GPT3_TCO2E", "GPT-3 training emissions (Patterson)", 552.1, "tCO2e",
    "patterson2021", "Net tCO2e: 552.1",
)
PATTERSON_GPT3_FLOP_PER_S_PER_GPU = _c(
    "PATTERSON_GPT3_FLOP_PER_S_PER_GPU", "Measured V100 throughput for GPT-3", 24.6 * TERA,
    "FLOP/s",
    "patterson2021", "Measured performance (TFLOP/s per chip): 24.6",
)
PATTERSON_NAS_ACTUAL_TCO2E = _c(
    "PATTERSON_NAS_ACTUAL_TCO2E", "Google's actual Evolved Transformer NAS emissions", 3.2,
    "tCO2e", "patterson2021", "Net tCO2e: 3.2 (Evolved Transformer NAS), \"88X smaller\"",
)
PATTERSON_NAS_OVERESTIMATE = _c(
    "PATTERSON_NAS_OVERESTIMATE", "Patterson's factor by which Strubell overestimated NAS", 18.7,
    "×", "patterson2021", "overestimated by a factor of ~18.7",
)
PATTERSON_PUE_LOW = _c(
    "PATTERSON_PUE_LOW", "Lowest PUE in Patterson et al.'s Table 4", 1.09, "", "patterson2021",
    "PUE: 1.09 (Meena, Google Georgia; GShard-600B, Google North Carolina)",
)
PATTERSON_GRID_LOW = _c(
    "PATTERSON_GRID_LOW", "Lowest gross grid intensity in Patterson et al.'s Table 4", 201,
    "gCO2e/kWh", "patterson2021", "Gross kgCO2e/kWh: 0.201 (GShard-600B, North Carolina)",
)
PATTERSON_GRID_HIGH = _c(
    "PATTERSON_GRID_HIGH", "Highest gross grid intensity in Patterson et al.'s Table 4", 545,
    "gCO2e/kWh", "patterson2021", "Gross kgCO2e/kWh: 0.545 (T5, Google Taiwan)",
)
SWITCH_PARAMS = _c(
    "SWITCH_PARAMS", "Switch Transformer parameters", 1500 * BILLION, "parameters",
    "patterson2021", "Parameters (B): 1500",
)
SWITCH_ACTIVE_FRACTION = _c(
    "SWITCH_ACTIVE_FRACTION", "Switch Transformer share of parameters active per token", 0.001,
    "", "patterson2021", "% of model activated per token: 0.10%",
)
SWITCH_MWH = _c(
    "SWITCH_MWH", "Switch Transformer training energy", 179, "MWh", "patterson2021",
    "Energy (MWh): 179",
)
SWITCH_DAYS = _c(
    "SWITCH_DAYS", "Switch Transformer training time", 27, "days", "patterson2021",
    "Training time (days) … 3.1 | 27",
)
GSHARD_PARAMS = _c(
    "GSHARD_PARAMS", "GShard-600B parameters", 619 * BILLION, "parameters", "patterson2021",
    "Parameters (B): 619",
)
GSHARD_ACTIVE_FRACTION = _c(
    "GSHARD_ACTIVE_FRACTION", "GShard-600B share of parameters active per token", 0.0025, "",
    "patterson2021", "% of model activated per token: 0.25%",
)
EVOLVED_TRANSFORMER_PARAMS = _c(
    "EVOLVED_TRANSFORMER_PARAMS", "Evolved Transformer (NAS) parameters per model",
    0.064 * BILLION, "parameters", "patterson2021", "Parameters (B): 0.064 per model",
)
T5_PARAMS = _c("T5_PARAMS", "T5 parameters", 11 * BILLION, "parameters", "patterson2021",
               "Parameters (B): 11")
MEENA_PARAMS = _c("MEENA_PARAMS", "Meena parameters", 2.6 * BILLION, "parameters",
                  "patterson2021", "Parameters (B): 2.6")

# ---------------------------------------------------------------- Strubell et al. 2019
STRUBELL_NAS_LBS = _c(
    "STRUBELL_NAS_LBS", "Transformer (big) with neural architecture search", 626_155, "lbs CO2e",
    "strubell2019", "Transformer (big) w/ neural architecture search: 626,155",
)
STRUBELL_CAR_LIFETIME_LBS = _c(
    "STRUBELL_CAR_LIFETIME_LBS", "Average car lifetime incl. fuel", 126_000, "lbs CO2e",
    "strubell2019", "Car, avg incl. fuel, 1 lifetime: 126,000",
)
STRUBELL_NAS_TCO2E = _c(
    "STRUBELL_NAS_TCO2E", "Transformer (big) with NAS, in tonnes",
    STRUBELL_NAS_LBS.value * KG_PER_LB / KG_PER_TONNE, "tCO2e", "strubell2019",
    STRUBELL_NAS_LBS.quote, note="Pounds converted at 0.45359237 kg/lb (exact).",
    derived_from=(STRUBELL_NAS_LBS,),
)
STRUBELL_CAR_LIFETIME_TCO2E = _c(
    "STRUBELL_CAR_LIFETIME_TCO2E", "Average car lifetime incl. fuel, in tonnes",
    STRUBELL_CAR_LIFETIME_LBS.value * KG_PER_LB / KG_PER_TONNE, "tCO2e", "strubell2019",
    STRUBELL_CAR_LIFETIME_LBS.quote, note="Pounds converted at 0.45359237 kg/lb (exact).",
    derived_from=(STRUBELL_CAR_LIFETIME_LBS,),
)
STRUBELL_PUE = _c(
    "STRUBELL_PUE", "Average datacenter PUE used by Strubell et al.", 1.58, "", "strubell2019",
    "PUE 1.58", note="The global average Strubell et al. applied to all their estimates.",
)
_STRUBELL_PRICES = (
    "GPU lower bound computed using pre-emptible P100/V100 U.S. resources priced at "
    "$0.43–$0.74/hr, upper bound uses on-demand U.S. resources priced at $1.46–$2.48/hr"
)
STRUBELL_PREEMPTIBLE_GPU_LOW_USD = _c(
    "STRUBELL_PREEMPTIBLE_GPU_LOW_USD", "Pre-emptible P100/V100 price per GPU-hour, low (2019)",
    0.43, "USD/GPU-hour", "strubell2019", _STRUBELL_PRICES,
    note="Footnote 7 of Table 3, U.S. cloud prices of 2019; it does not say which price is "
    "which GPU's.",
)
STRUBELL_PREEMPTIBLE_GPU_HIGH_USD = _c(
    "STRUBELL_PREEMPTIBLE_GPU_HIGH_USD", "Pre-emptible P100/V100 price per GPU-hour, high "
    "(2019)", 0.74, "USD/GPU-hour", "strubell2019", _STRUBELL_PRICES,
)
STRUBELL_ONDEMAND_GPU_LOW_USD = _c(
    "STRUBELL_ONDEMAND_GPU_LOW_USD", "On-demand P100/V100 price per GPU-hour, low (2019)", 1.46,
    "USD/GPU-hour", "strubell2019", _STRUBELL_PRICES,
)
STRUBELL_ONDEMAND_GPU_HIGH_USD = _c(
    "STRUBELL_ONDEMAND_GPU_HIGH_USD", "On-demand P100/V100 price per GPU-hour, high (2019)", 2.48,
    "USD/GPU-hour", "strubell2019", _STRUBELL_PRICES,
    note="The top of the on-demand range: the dearer of the two GPUs, the V100 (our reading; "
    "the footnote does not pair prices with GPUs).",
)
STRUBELL_TRANSFORMER_BIG_LBS = _c(
    "STRUBELL_TRANSFORMER_BIG_LBS", "Transformer (big), one training run", 192, "lbs CO2e",
    "strubell2019", "Transformer (big): 192",
)

STRUBELL_TRANSFORMER_BIG_TCO2E = _c(
    "STRUBELL_TRANSFORMER_BIG_TCO2E", "Transformer (big), one training run, in tonnes",
    STRUBELL_TRANSFORMER_BIG_LBS.value * KG_PER_LB / KG_PER_TONNE, "tCO2e", "strubell2019",
    STRUBELL_TRANSFORMER_BIG_LBS.quote, derived_from=(STRUBELL_TRANSFORMER_BIG_LBS,),
)

# ---------------------------------------------------------------- Schwartz et al. 2019
SCHWARTZ_COMPUTE_GROWTH = _c(
    "SCHWARTZ_COMPUTE_GROWTH", "Growth of compute in deep learning research, 2012–2018", 300_000,
    "×", "schwartz2019",
    "doubling every few months, resulting in an estimated 300,000x increase from 2012 to 2018",
)

# ---------------------------------------------------------------- Narayanan et al. 2021
NARAYANAN_FLOPS_PER_PARAM_TOKEN = _c(
    "NARAYANAN_FLOPS_PER_PARAM_TOKEN", "FLOPs per parameter per token with recomputation", 8.0,
    "FLOPs/(parameter·token)", "narayanan2021", "End-to-end training time (seconds) ≈ 8TP/nX",
)
NARAYANAN_GPT3_GPUS = _c(
    "NARAYANAN_GPT3_GPUS", "A100s in Narayanan's GPT-3 estimate", 1024, "GPUs", "narayanan2021",
    "On n = 1024 A100 GPUs using batch size 1536",
)
NARAYANAN_GPT3_FLOP_PER_S_PER_GPU = _c(
    "NARAYANAN_GPT3_FLOP_PER_S_PER_GPU", "A100 throughput in Narayanan's GPT-3 estimate",
    140 * TERA,
    "FLOP/s", "narayanan2021", "we achieve X = 140 teraFLOP/s per GPU",
)
NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU = _c(
    "NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU",
    "A100 throughput in Narayanan's GPT-3 estimate, in model FLOPs (6 per parameter per token)",
    NARAYANAN_GPT3_FLOP_PER_S_PER_GPU.value * FLOPS_PER_PARAM_TOKEN.value
    / NARAYANAN_FLOPS_PER_PARAM_TOKEN.value,
    "FLOP/s", "narayanan2021", NARAYANAN_GPT3_FLOP_PER_S_PER_GPU.quote,
    note="140 TFLOP/s counts 8 FLOPs per parameter per token (activation recomputation "
    "included). Counted as GPT-3's 3.14e23 FLOPs are (6 per parameter per token), the same run "
    "does 140 × 6/8 = 105 TFLOP/s of model FLOPs: the figure to divide a 6ND total by.",
    derived_from=(NARAYANAN_GPT3_FLOP_PER_S_PER_GPU, FLOPS_PER_PARAM_TOKEN,
                  NARAYANAN_FLOPS_PER_PARAM_TOKEN),
)
NARAYANAN_GPT3_DAYS = _c(
    "NARAYANAN_GPT3_DAYS", "Narayanan's GPT-3 training time on A100s", 34, "days",
    "narayanan2021", "the time required to train this model is 34 days",
)
NARAYANAN_1T_TOKENS = _c(
    "NARAYANAN_1T_TOKENS", "Tokens assumed for a 1T dense model", 450 * BILLION, "tokens",
    "narayanan2021", "we assume that 450 billion tokens are needed",
)
NARAYANAN_1T_GPUS = _c(
    "NARAYANAN_1T_GPUS", "A100s for the 1T model", 3072, "GPUs", "narayanan2021",
    "With 3072 A100 GPUs",
)
NARAYANAN_1T_FLOP_PER_S_PER_GPU = _c(
    "NARAYANAN_1T_FLOP_PER_S_PER_GPU", "A100 throughput for the 1T model", 163 * TERA, "FLOP/s",
    "narayanan2021", "163 teraFLOP/s",
)
NARAYANAN_1T_DAYS = _c(
    "NARAYANAN_1T_DAYS", "Narayanan's 1T training time", 84, "days", "narayanan2021",
    "end-to-end training time of 84 days",
)

# ---------------------------------------------------------------- Lambda 2020, Dickson 2020
LAMBDA_V100_FLOP_PER_S = _c(
    "LAMBDA_V100_FLOP_PER_S", "Lambda's assumed V100 throughput", 28 * TERA, "FLOP/s", "lambda2020",
    "Even at theoretical 28 TFLOPS for V100",
    note="Not a datasheet figure: the V100's FP16 tensor peak is 125 TFLOP/s.",
)
LAMBDA_GPU_YEARS = _c(
    "LAMBDA_GPU_YEARS", "Lambda's GPT-3 GPU-years", 355, "GPU-years", "lambda2020",
    "this will take 355 GPU-years",
)
LAMBDA_COST_USD = _c(
    "LAMBDA_COST_USD", "Lambda's GPT-3 training cost", 4.6e6, "USD", "lambda2020",
    "cost $4.6M for a single training run",
    note="Lambda's basis is the \"lowest 3 year reserved cloud pricing we could find\".",
)
LAMBDA_USD_PER_GPU_HOUR = _c(
    "LAMBDA_USD_PER_GPU_HOUR", "V100 price behind Lambda's estimate", 1.5, "USD/GPU-hour",
    "dickson2020", "would cost $4.6 million at $1.5 per hour", level="S",
    note="Lambda's own footnote with the price was not found; known only through Dickson.",
)
DICKSON_RD_LOW_MULTIPLE = _c(
    "DICKSON_RD_LOW_MULTIPLE", "R&D cost as a multiple of the final run (low)", 1.5, "×",
    "dickson2020", "somewhere between 1.5 and five times the cost of training the final model",
    note="Dickson's totals ($11.5 million to $27.6 million) add this to the final run's cost, "
    "so it is R&D on top of the final run: our reading of the totals, not his words.",
)
DICKSON_RD_HIGH_MULTIPLE = _c(
    "DICKSON_RD_HIGH_MULTIPLE", "R&D cost as a multiple of the final run (high)", 5, "×",
    "dickson2020", "somewhere between 1.5 and five times the cost of training the final model",
)
DICKSON_RD_LOW_USD = _c(
    "DICKSON_RD_LOW_USD", "Dickson's R&D cost, low", 11.5e6, "USD", "dickson2020",
    "between $11.5 million and $27.6 million",
)
DICKSON_RD_HIGH_USD = _c(
    "DICKSON_RD_HIGH_USD", "Dickson's R&D cost, high", 27.6e6, "USD", "dickson2020",
    "between $11.5 million and $27.6 million",
)

# ---------------------------------------------------------------- the article (Romero 2021)
ARTICLE_GPUS = _c(
    "ARTICLE_GPUS", "GPUs for M6-10T (article)", 512, "GPUs", "romero2021",
    "They used a mere 512 GPUs to train the model in 10 days!",
)
ARTICLE_DAYS = _c(
    "ARTICLE_DAYS", "Days for M6-10T (article)", 10, "days", "romero2021",
    "They used a mere 512 GPUs to train the model in 10 days!",
)
ARTICLE_USD_PER_INSTANCE_HOUR = _c(
    "ARTICLE_USD_PER_INSTANCE_HOUR", "Article's price of an 8×A100 instance", 20, "USD/hour",
    "romero2021", "an 8-Nvidia A100 AWS instance costs ~$20/hour",
)
ARTICLE_GPUS_PER_INSTANCE = _c(
    "ARTICLE_GPUS_PER_INSTANCE", "GPUs per instance (article)", 8, "GPUs", "romero2021",
    "an 8-Nvidia A100 AWS instance",
)
ARTICLE_INSTANCES = _c(
    "ARTICLE_INSTANCES", "Instances (article)", 64, "instances", "romero2021",
    "64 #instances · $20/hour · 24 hours/day · 10 days = $307,200",
)
ARTICLE_M6_COST_USD = _c(
    "ARTICLE_M6_COST_USD", "Article's M6-10T training cost", 307_200, "USD", "romero2021",
    "64 #instances · $20/hour · 24 hours/day · 10 days = $307,200",
)
ARTICLE_GPT3_COST_USD = _c(
    "ARTICLE_GPT3_COST_USD", "Article's GPT-3 training cost", 4.6e6, "USD", "romero2021",
    "Some gross calculations estimate a training cost of at least $4.6 million",
)
ARTICLE_RD_LOW_USD = _c(
    "ARTICLE_RD_LOW_USD", "Article's GPT-3 R&D cost, low", 10e6, "USD", "romero2021",
    "research and development costs ... would elevate the number to $10–30M",
)
ARTICLE_RD_HIGH_USD = _c(
    "ARTICLE_RD_HIGH_USD", "Article's GPT-3 R&D cost, high", 30e6, "USD", "romero2021",
    "research and development costs ... would elevate the number to $10–30M",
)
ARTICLE_ENERGY_SHARE = _c(
    "ARTICLE_ENERGY_SHARE", "M6-10T energy as a share of GPT-3's (article)", 0.01, "",
    "romero2021", "reducing the energy consumption to 1% of what GPT-3 needed to train",
)
ARTICLE_1T_MULTIPLE = _c(
    "ARTICLE_1T_MULTIPLE", "M6 1T size as a multiple of GPT-3 (article)", 5, "×", "romero2021",
    "1 trillion parameters — already 5x GPT-3's size",
)
ARTICLE_10T_MULTIPLE = _c(
    "ARTICLE_10T_MULTIPLE", "M6-10T size as a multiple of GPT-3 (article)", 50, "×",
    "romero2021", "the first 10-trillion-parameter large language model — 50x GPT-3's size",
)
ARTICLE_YEARS_BETWEEN = _c(
    "ARTICLE_YEARS_BETWEEN", "Time between GPT-3 and M6-10T (article)", 1, "years", "romero2021",
    "a neural network 50 times larger than another can be trained at a 100 times less energy "
    "cost -- with just one year in between!",
)
ARTICLE_HEADLINE_ENERGY_MULTIPLE = _c(
    "ARTICLE_HEADLINE_ENERGY_MULTIPLE", "Energy ratio in the article's opening line", 100, "×",
    "romero2021",
    "a neural network 50 times larger than another can be trained at a 100 times less energy "
    "cost",
)
ARTICLE_ENERGY_CUT = _c(
    "ARTICLE_ENERGY_CUT", "Energy reduction of M6 1T (article)", 0.80, "", "romero2021",
    "They reduce the consumption of the model by 80% and increased its efficiency x11 when "
    "compared to 100-million language models.",
)
ARTICLE_EFFICIENCY_MULTIPLE = _c(
    "ARTICLE_EFFICIENCY_MULTIPLE", "Efficiency gain of M6 1T (article)", 11, "×", "romero2021",
    "increased its efficiency x11 when compared to 100-million language models",
)
ARTICLE_1T_BASELINE_PARAMS = _c(
    "ARTICLE_1T_BASELINE_PARAMS", "Size of the models M6 1T was compared with (article)",
    100_000_000, "parameters", "romero2021",
    "when compared to 100-million language models",
)
ARTICLE_CAR_MULTIPLE = _c(
    "ARTICLE_CAR_MULTIPLE", "Large model vs a car's lifetime (article)", 5, "×", "romero2021",
    "training a large AI model (pre-GPT-3) contaminates 5 times more than a car in its entire "
    "lifetime",
)
ARTICLE_MEGATRON_GPUS = _c(
    "ARTICLE_MEGATRON_GPUS", "A100s to train GPT-3 (article)", 1024, "GPUs", "romero2021",
    "using A100s, it would have taken 1,024 GPUs to train the model in 34 days",
)
ARTICLE_MEGATRON_DAYS = _c(
    "ARTICLE_MEGATRON_DAYS", "Days on 1,024 A100s (article)", 34, "days", "romero2021",
    "using A100s, it would have taken 1,024 GPUs to train the model in 34 days",
)

ARTICLE_1T_ANNOUNCED = _c(
    "ARTICLE_1T_ANNOUNCED", "Date Alibaba announced the 1-trillion M6 (article)", 20210625,
    "date", "romero2021", "On June 25, Alibaba DAMO Academy … announced they had built M6",
    note="The article gives no year; written in November 2021, it means June 2021.",
)
ARTICLE_MONTHS_LATER = _c(
    "ARTICLE_MONTHS_LATER", "Months from the 1-trillion M6 to M6-10T (article)", 5, "months",
    "romero2021", "now, 5 months later",
)
ARTICLE_FIRST_10T_PARAMS = _c(
    "ARTICLE_FIRST_10T_PARAMS", "Size of the first model of its scale (article)", 10 * TRILLION,
    "parameters", "romero2021", "the first 10-trillion-parameter large language model",
)
ARTICLE_OPENAI_GPUS = _c(
    "ARTICLE_OPENAI_GPUS", "GPUs of the Microsoft supercomputer OpenAI used (article)", 10_000,
    "GPUs", "romero2021",
    "OpenAI — which had access to a 10,000 Nvidia V100 supercomputer provided by Microsoft "
    "(although it hasn't been disclosed the exact amount of GPUs they used)",
)
ARTICLE_MTNLG_PARAMS = _c(
    "ARTICLE_MTNLG_PARAMS", "MT-NLG parameters (article)", 530 * BILLION, "parameters",
    "romero2021", "Wu Dao 2.0 or MT-NGL 530B (from which we have very little information)",
)
MSFT_SUPERCOMPUTER_GPUS = _c(
    "MSFT_SUPERCOMPUTER_GPUS", "GPUs in Microsoft's supercomputer for OpenAI", 10_000, "GPUs",
    "microsoft2020",
    "more than 285,000 CPU cores, 10,000 GPUs and 400 gigabits per second of network "
    "connectivity for each GPU server",
    level="S",
    note="Press copies of the announcement; the GPU model is not named there. That GPT-3 ran "
    "on V100s on part of a Microsoft cluster is in the GPT-3 paper (Brown et al. 2020).",
)

# ---------------------------------------------------------------- M6 (Alibaba)
M6T_PARAMS = _c(
    "M6T_PARAMS", "M6-T parameters", 1 * TRILLION, "parameters", "yang2021",
    "We push the model scale to over 1 trillion parameters",
)
M6T_GPUS = _c(
    "M6T_GPUS", "M6-T GPUs", 480, "GPUs", "yang2021",
    "implement it on solely 480 NVIDIA V100-32GB GPUs",
)
PATTERSON_GSHARD_SWITCH_CHIPS = _c(
    "PATTERSON_GSHARD_SWITCH_CHIPS", "TPU v3 chips of GShard-600B and of Switch Transformer", 1024,
    "chips", "patterson2021", "Number of Chips … 1024 | 1024",
    note="Table 4's GShard-600B and Switch Transformer columns (Meena's too has 1,024). The "
    "GShard paper gives 2,048 TPU v3 cores; two cores a chip for Switch Transformer is ours.",
)
GSHARD_TPU_CORES = _c(
    "GSHARD_TPU_CORES", "TPU v3 cores GShard-600B was trained on", 2048, "TPU cores",
    "lepikhin2020",
    "The 600B parameters model that achieved the best translation quality was trained with 2048 "
    "TPU v3 cores for 4 days",
)
MTNLG_ANNOUNCED = _c(
    "MTNLG_ANNOUNCED", "NVIDIA and Microsoft announce MT-NLG", 20211011, "date", "mtnlg_blog",
    "Published October 11, 2021", level="S",
    note="A republished copy of the announcement; its hardware (560 DGX A100 servers, eight "
    "80 GB A100s each) is in paraphrases only.",
)
M6T_BASELINE_TPU_CORES = _c(
    "M6T_BASELINE_TPU_CORES", "TPU cores of the state of the art M6-T compares with", 2048,
    "TPU cores", "yang2021", "in comparison with the recent SOTAs on 2048 TPU cores",
    note="Trillion-scale work: Switch Transformer (1.5 trillion parameters) ran on 1,024 TPU v3 "
    "chips (Patterson et al. 2021, Table 4), two cores each.",
)
M6T_ARXIV_V1 = _c(
    "M6T_ARXIV_V1", "M6-T paper first posted", 20210531, "date", "yang2021",
    "arXiv:2105.15082, v1: 31 May 2021",
)
DAMO_1T_ANNOUNCED = _c(
    "DAMO_1T_ANNOUNCED", "Alibaba's announcement of the 1-trillion M6", 20210625, "date",
    "zhidx2021", "25 June 2021", level="S",
    note="The date of Zhidx's report of the release, as our research notes record it; the "
    "release itself is known from press reports only.",
)
M610T_ARXIV_V1 = _c(
    "M610T_ARXIV_V1", "M6-10T paper first posted", 20211008, "date", "lin2021",
    "arXiv:2110.03888, v1: 8 October 2021",
)
DAMO_10T_ANNOUNCED = _c(
    "DAMO_10T_ANNOUNCED", "Alibaba's announcement of M6-10T", 20211108, "date", "infoq2021",
    "8 Nov 2021", level="S",
    note="The date of InfoQ's report of the release (IT House and army-technology give the "
    "same day), as our research notes record it.",
)
M610T_PARAMS = _c(
    "M610T_PARAMS", "M6-10T parameters", 10 * TRILLION, "parameters", "lin2021",
    "pretraining unprecedented 10-trillion-parameter model",
)
M610T_GPUS = _c(
    "M610T_GPUS", "M6-10T GPUs", 512, "GPUs", "lin2021", "on solely 512 GPUs within 10 days",
    note="The abstract names no GPU type.",
)
M610T_DAYS = _c(
    "M610T_DAYS", "M6-10T training days", 10, "days", "lin2021",
    "on solely 512 GPUs within 10 days",
)
M610T_LAYERS = _c(
    "M610T_LAYERS", "M6-10T layers (third-party notes)", 48, "layers", "connolly_notes",
    "48 | 1024 | 16 | 9984 | 10240 experts, 80 prototypes | 8 per GPU", level="S",
)
M610T_HIDDEN = _c(
    "M610T_HIDDEN", "M6-10T hidden size (third-party notes)", 1024, "", "connolly_notes",
    "48 | 1024 | 16 | 9984 | 10240 experts, 80 prototypes | 8 per GPU", level="S",
)
M610T_FFN = _c(
    "M610T_FFN", "M6-10T expert feed-forward size (third-party notes)", 9984, "",
    "connolly_notes", "48 | 1024 | 16 | 9984 | 10240 experts, 80 prototypes | 8 per GPU",
    level="S",
)
M610T_EXPERTS = _c(
    "M610T_EXPERTS", "M6-10T experts per layer (third-party notes)", 10240, "experts",
    "connolly_notes", "10240 experts, 80 prototypes", level="S",
)
M610T_PROTOTYPES = _c(
    "M610T_PROTOTYPES", "M6-10T expert prototypes (third-party notes)", 80, "prototypes",
    "connolly_notes", "10240 experts, 80 prototypes", level="S",
    note="With expert prototyping (Yang et al. 2021), each token is routed top-1 within each "
    "prototype, so one expert per prototype is active.",
)
DAMO_ENERGY_SHARE = _c(
    "DAMO_ENERGY_SHARE", "M6-10T energy share (Alibaba's English page)", 0.01, "", "damo2021",
    "The heavy optimizations ... help reduce its energy consumption drastically, only 1% of th…",
    note="Alibaba's claim, in its own words; the stored page breaks off before naming what the "
    "1% is of. No method, kWh or GPU-hours were published.",
)
DAMO_ENERGY_SHARE_PRESS = _c(
    "DAMO_ENERGY_SHARE_PRESS", "M6-10T energy share (Chinese press text of the release)", 0.01,
    "", "infoq2021", "相比去年發布的大模型GPT-3，M6實現同等參數規模，能耗為其1%", level="S",
    note="As a press copy gives it, in traditional characters (InfoQ's reads 能耗仅为其1%). "
    "Literally: \"Compared with last year's GPT-3, M6 achieves the same parameter scale, "
    "with energy consumption 1% of it.\" Whether the 1% is of GPT-3's own training or of a "
    "model of M6's size is not stated.",
)
DAMO_1T_ENERGY_CUT = _c(
    "DAMO_1T_ENERGY_CUT", "M6 1T energy reduction (Alibaba, June 2021)", 0.80, "", "zhidx2021",
    "能耗降低超8成 ... 节省算力资源超80%", level="S",
    note="Compared with NVIDIA's 1T on 3,072 A100s and Google's 1.6T on 2,048 TPU cores.",
)
DAMO_1T_EFFICIENCY = _c(
    "DAMO_1T_EFFICIENCY", "M6 1T efficiency gain (Alibaba, June 2021)", 11, "×", "zhidx2021",
    "效率提升近11倍", level="S",
)
DAMO_BASELINE_GPUS = _c(
    "DAMO_BASELINE_GPUS", "GPUs of the 1T baseline Alibaba compared with", 3072, "GPUs",
    "zhidx2021", "此前英伟达实现万亿参数，使用了3072 A100 GPU", level="S",
)

# ---------------------------------------------------------------- hardware (vendor figures)
V100_PEAK_FLOP_PER_S = _c(
    "V100_PEAK_FLOP_PER_S", "V100 peak FP16 tensor throughput", 125 * TERA, "FLOP/s",
    "patterson2021",
    "peak TFLOP/s ... 125 for V100 (footnote 12)",
    note="NVIDIA's datasheet (\"Tensor Performance 125 TFLOPS\") was seen only as quoted.",
)
V100_TDP_WATTS = _c(
    "V100_TDP_WATTS", "V100 TDP", 300, "W", "patterson2021", "Chip TDP (W): 300 (V100)",
    note="NVIDIA's datasheet (\"Max Power 300 W\") was seen only as quoted.",
)
A100_PEAK_FLOP_PER_S = _c(
    "A100_PEAK_FLOP_PER_S", "A100 peak BF16 dense throughput", 312 * TERA, "FLOP/s", "nvidia_a100",
    "BFLOAT16 Tensor Core | 312 TFLOPS / 624 TFLOPS* (* With sparsity)",
)
A100_TDP_WATTS = _c(
    "A100_TDP_WATTS", "A100 SXM TDP", 400, "W", "nvidia_a100",
    "Max Thermal Design Power (TDP) | 300W | 400W*** (400W TDP for standard configuration)",
)
H100_PEAK_SPARSE_FLOP_PER_S = _c(
    "H100_PEAK_SPARSE_FLOP_PER_S", "H100 SXM peak 16-bit throughput with sparsity", 1979 * TERA,
    "FLOP/s", "nvidia_h100", "FP16 Tensor Core* = 1,979 teraFLOPS (* With sparsity)",
)
H100_PEAK_DENSE_FLOP_PER_S = _c(
    "H100_PEAK_DENSE_FLOP_PER_S", "H100 SXM peak 16-bit dense throughput",
    H100_PEAK_SPARSE_FLOP_PER_S.value / 2, "FLOP/s", "nvidia_h100",
    "FP16 Tensor Core* = 1,979 teraFLOPS (* With sparsity)",
    note="Dense = half the sparse figure (2:4 structured sparsity doubles the rate).",
    derived_from=(H100_PEAK_SPARSE_FLOP_PER_S,),
)
H100_TDP_WATTS = _c(
    "H100_TDP_WATTS", "H100 SXM TDP", 700, "W", "llama31", "H100-80GB (TDP of 700W)",
    note="NVIDIA's product page: \"Up to 700W (configurable)\".",
)
H200_PEAK_SPARSE_FLOP_PER_S = _c(
    "H200_PEAK_SPARSE_FLOP_PER_S", "H200 SXM peak BF16 throughput with sparsity", 1979 * TERA,
    "FLOP/s", "nvidia_h200", "BFLOAT16 Tensor Core | 1,979 TFLOPS", level="S",
    note="The figure is NVIDIA's, but the stored H200 table does not say it is with sparsity: "
    "we infer that from the identical H100 table, which does. Inferred, so not primary.",
)
H200_PEAK_DENSE_FLOP_PER_S = _c(
    "H200_PEAK_DENSE_FLOP_PER_S", "H200 SXM peak BF16 dense throughput",
    H200_PEAK_SPARSE_FLOP_PER_S.value / 2, "FLOP/s", "nvidia_h200",
    "BFLOAT16 Tensor Core | 1,979 TFLOPS", derived_from=(H200_PEAK_SPARSE_FLOP_PER_S,), level="S",
    note="Dense = half the sparse figure; inferred like it.",
)
H200_TDP_WATTS = _c(
    "H200_TDP_WATTS", "H200 SXM TDP", 700, "W", "nvidia_h200",
    "Max Thermal Design Power (TDP) Up to 700W (configurable)",
)

# ---------------------------------------------------------------- cloud prices
AWS_P4D_USD_PER_HOUR = _c(
    "AWS_P4D_USD_PER_HOUR", "AWS p4d.24xlarge (8×A100) on-demand, us-east-1", 32.7726,
    "USD/instance-hour", "aws_prices", "p4d.24xlarge $32.7726", level="S",
    note="Seen in 2024 copies; Epoch AI's compilation gives the same $4.10 per A100-hour on an "
    "archived AWS page of 15 June 2021. Cut to $21.96 in June 2025.",
)
AWS_P3_USD_PER_HOUR = _c(
    "AWS_P3_USD_PER_HOUR", "AWS p3.16xlarge (8×V100) on-demand", 24.48, "USD/instance-hour",
    "aws_prices", "\"p3.16xlarge\": 24.48", level="S", note="Undated price maps.",
)
AWS_P4D_USD_PER_HOUR_CUT = _c(
    "AWS_P4D_USD_PER_HOUR_CUT", "AWS p4d.24xlarge on-demand after the June 2025 price cut",
    21.957642, "USD/instance-hour", "aws_prices", "p4d.24xlarge $32.77 → $21.957642", level="S",
    note="Third-party copies of AWS's price list after its June 2025 cut of GPU instance prices; "
    "AWS's own announcement was not in the stored copies.",
)
AWS_PRICE_CUT_MONTH = _c(
    "AWS_PRICE_CUT_MONTH", "AWS's cut of GPU instance prices (month)", 20250601, "date",
    "aws_prices", "June 2025 price cuts", level="S",
)
AWS_P4DE_USD_PER_GPU_HOUR = _c(
    "AWS_P4DE_USD_PER_GPU_HOUR", "AWS on-demand price per A100-80GB-hour (p4de.24xlarge ÷ 8)",
    5.12, "USD/GPU-hour", "epoch_prices",
    "$40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12", level="S",
    note="Epoch AI's row dated 2024-08-03, from an archived copy of AWS's P4 instance page; the "
    "same compilation has $5.12 for 2022.",
)
AWS_P3_USD_PER_GPU_HOUR_2018 = _c(
    "AWS_P3_USD_PER_GPU_HOUR_2018", "AWS on-demand price per V100-16GB-hour, 2018 (p3)", 3.06,
    "USD/GPU-hour", "epoch_prices",
    "2018-06-08,NVIDIA Tesla V100 DGXS 16 GB,NVIDIA,Amazon Web Services,US East (Northern "
    "Virginia),3.06,1.99,1.23", level="S",
    note="Dates the undated p3.16xlarge price: the same $3.06 per V100-hour on an archived AWS "
    "page of 8 June 2018.",
)
_EPOCH_P4D_2021 = (
    "2021-06-15,NVIDIA A100,NVIDIA,Amazon Web Services,US East (Northern Virginia),4.10,2.40,"
    "1.45,,p4d.24xlarge"
)
AWS_P4D_2021_DATE = _c(
    "AWS_P4D_2021_DATE", "Date of the archived AWS P4 page Epoch AI read", 20210615, "date",
    "epoch_prices", _EPOCH_P4D_2021, level="S",
)
AWS_P4D_2021_ONDEMAND = _c(
    "AWS_P4D_2021_ONDEMAND", "AWS on-demand price per A100-hour, June 2021 (p4d)", 4.10,
    "USD/GPU-hour", "epoch_prices", _EPOCH_P4D_2021, level="S",
    note="Epoch AI's row from an archived AWS P4 page of 15 June 2021; the same prices on 4 "
    "November 2021.",
)
AWS_P4D_2021_1YR = _c(
    "AWS_P4D_2021_1YR", "AWS price per A100-hour committed for one year, June 2021 (p4d)", 2.40,
    "USD/GPU-hour", "epoch_prices", _EPOCH_P4D_2021, level="S",
)
AWS_P4D_2021_3YR = _c(
    "AWS_P4D_2021_3YR", "AWS price per A100-hour committed for three years, June 2021 (p4d)",
    1.45, "USD/GPU-hour", "epoch_prices", _EPOCH_P4D_2021, level="S",
)
GPUS_PER_AWS_INSTANCE = _c(
    "GPUS_PER_AWS_INSTANCE", "GPUs in a p4d.24xlarge or p3.16xlarge", 8, "GPUs", "aws_prices",
    "p4d.24xlarge $32.7726 / 8 GPUs", level="S",
)
AWS_P4D_USD_PER_GPU_HOUR = _c(
    "AWS_P4D_USD_PER_GPU_HOUR", "AWS on-demand price per A100-hour (p4d.24xlarge ÷ 8)",
    AWS_P4D_USD_PER_HOUR.value / GPUS_PER_AWS_INSTANCE.value, "USD/GPU-hour", "aws_prices",
    AWS_P4D_USD_PER_HOUR.quote, level="S",
    derived_from=(AWS_P4D_USD_PER_HOUR, GPUS_PER_AWS_INSTANCE),
)
AWS_P3_USD_PER_GPU_HOUR = _c(
    "AWS_P3_USD_PER_GPU_HOUR", "AWS on-demand price per V100-hour (p3.16xlarge ÷ 8)",
    AWS_P3_USD_PER_HOUR.value / GPUS_PER_AWS_INSTANCE.value, "USD/GPU-hour", "aws_prices",
    AWS_P3_USD_PER_HOUR.quote, level="S",
    derived_from=(AWS_P3_USD_PER_HOUR, GPUS_PER_AWS_INSTANCE),
)

# ---------------------------------------------------------------- scaling laws
CHINCHILLA_PARAMS = _c(
    "CHINCHILLA_PARAMS", "Chinchilla parameters", 70 * BILLION, "parameters", "hoffmann2022",
    "Chinchilla ... 70B parameters and 4× more data",
)
CHINCHILLA_TOKENS = _c(
    "CHINCHILLA_TOKENS", "Chinchilla training tokens", 1.4 * TRILLION, "tokens", "hoffmann2022",
    "Table 1: Chinchilla | 70 Billion | 1.4 Trillion",
    note="Read in a stored ar5iv rendering of arXiv:2203.15556 (Table 1 and §1: \"a more "
    "compute-optimal 70B model, called Chinchilla, on 1.4 trillion tokens\").",
)
CHINCHILLA_TABLE3_175B_TOKENS = _c(
    "CHINCHILLA_TABLE3_175B_TOKENS", "Compute-optimal tokens for 175B (Chinchilla Table 3)",
    3.7 * TRILLION, "tokens", "hoffmann2022", "175 Billion | 3.85e+24 | 6.7 | 3.7 Trillion",
)
CHINCHILLA_TABLE3_10T_TOKENS = _c(
    "CHINCHILLA_TABLE3_10T_TOKENS", "Compute-optimal tokens for 10T (Chinchilla Table 3)",
    216.2 * TRILLION, "tokens", "hoffmann2022",
    "10 Trillion | 1.30e+28 | 22515.9 | 216.2 Trillion",
)
CHINCHILLA_TABLE3_10T_FLOPS = _c(
    "CHINCHILLA_TABLE3_10T_FLOPS", "Compute-optimal FLOPs for 10T (Chinchilla Table 3)", 1.30e28,
    "FLOPs", "hoffmann2022", "10 Trillion | 1.30e+28 | 22515.9 | 216.2 Trillion",
)
CHINCHILLA_TOKENS_PER_PARAM = _c(
    "CHINCHILLA_TOKENS_PER_PARAM", "Compute-optimal tokens per parameter",
    CHINCHILLA_TOKENS.value / CHINCHILLA_PARAMS.value, "tokens/parameter", "hoffmann2022",
    "70B parameters ... 1.4T tokens; \"for every doubling of model size the number of training "
    "tokens should also be doubled\"",
    note="Derived from Table 1's 70B parameters and 1.4T tokens. Table 3 gives 21.1 "
    "(175B: 3.7T tokens) to 21.6 (10T: 216.2T) tokens per parameter: 20 is the rounded rule.",
    derived_from=(CHINCHILLA_TOKENS, CHINCHILLA_PARAMS),
)

# ---------------------------------------------------------------- later cross-checks
LLAMA31_GPU_HOURS = _c(
    "LLAMA31_GPU_HOURS", "Llama 3.1 (all sizes) H100 GPU-hours", 39.3e6, "GPU-hours", "llama31",
    "39.3M GPU hours of computation on H100-80GB",
)
LLAMA31_TCO2E = _c(
    "LLAMA31_TCO2E", "Llama 3.1 location-based emissions", 11_390, "tCO2e", "llama31",
    "Estimated total location-based greenhouse gas emissions were 11,390 tons CO2eq",
)
BLOOM_GPU_HOURS = _c(
    "BLOOM_GPU_HOURS", "BLOOM A100 GPU-hours", 1_082_990, "GPU-hours", "bigscience2022",
    "Training BLOOM took about 3.5 months to complete and consumed 1,082,990 compute hours",
    note="The BLOOM paper, §3.4.1 (p. 18), read as quoted verbatim in stored copies; Luccioni et "
    "al. 2022 (Table 1) give the same 1,082,990 GPU hours.",
)
BLOOM_DYNAMIC_TCO2E = _c(
    "BLOOM_DYNAMIC_TCO2E", "BLOOM dynamic-power emissions", 24.7, "tCO2e", "luccioni2022",
    "24.7 tonnes of CO2eq if we consider only the dynamic power consumption",
)
OPT_TCO2E = _c(
    "OPT_TCO2E", "OPT-175B estimated emissions", 75, "tCO2e", "zhang2022",
    "estimated carbon emissions footprint (CO2eq) of 75 tons",
)
OPT_PARAMS = _c(
    "OPT_PARAMS", "OPT-175B parameters", 175 * BILLION, "parameters", "zhang2022", "OPT-175B",
)
BLOOM_PARAMS = _c(
    "BLOOM_PARAMS", "BLOOM parameters", 176 * BILLION, "parameters", "luccioni2022",
    "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model",
)
MTNLG_PARAMS = _c(
    "MTNLG_PARAMS", "MT-NLG parameters", 530 * BILLION, "parameters", "smith2022",
    "Megatron-Turing NLG 530B",
)
WUDAO_PARAMS = _c(
    "WUDAO_PARAMS", "Wu Dao 2.0 parameters", 1.75 * TRILLION, "parameters", "wudao_press",
    "a model of 1.75 trillion parameters", level="S",
)

ARTICLE_MONTH = _c(
    "ARTICLE_MONTH", "The article's publication (month)", 20211101, "date", "romero2021",
    "Towards Data Science (Medium), November 2021",
    note="The month; the day is ours (the first), for charts.",
)
GPT3_ARXIV_V1 = _c(
    "GPT3_ARXIV_V1", "GPT-3 paper first posted", 20200528, "date", "brown2020",
    "arXiv:2005.14165, v1: 28 May 2020",
)
GPT3_ARXIV_MONTH = _c(
    "GPT3_ARXIV_MONTH", "GPT-3 paper first posted (month)", 20200501, "date", "brown2020",
    "arXiv:2005.14165",
    note="The arXiv identifier gives the month, May 2020; the day is ours (the first).",
)
# ---------------------------------------------------------------- runs after the article
# OPT-175B (Meta AI, 2022): Zhang et al. 2022 and Meta's training logbook.
OPT_GPUS = _c(
    "OPT_GPUS", "OPT-175B GPUs", 992, "GPUs", "zhang2022",
    "We trained OPT-175B on 992 80GB A100 GPUs",
)
OPT_LOG_GPUS = _c(
    "OPT_LOG_GPUS", "OPT-175B GPUs in Meta's logbook estimate", 1024, "GPUs", "metaseq2022",
    "roughly ~33 days of continuous training on 1024 80GB A100s",
    note="The logbook's ideal compute time (no restarts); the paper says 992 GPUs and about "
    "two months with restarts.",
)
OPT_LOG_DAYS = _c(
    "OPT_LOG_DAYS", "OPT-175B ideal continuous training days (logbook)", 33, "days",
    "metaseq2022", "roughly ~33 days of continuous training on 1024 80GB A100s",
)
OPT_LOG_FLOPS = _c(
    "OPT_LOG_FLOPS", "OPT-175B training compute (Meta's logbook)", 4.30e23, "FLOPs",
    "metaseq2022", "This required ~4.30E+23 FLOPs of compute",
    note="More than 6 FLOPs per parameter per token over 300B tokens (3.15e23): the logbook "
    "does not say how it counts.",
)
OPT_TOKENS = _c(
    "OPT_TOKENS", "OPT-175B training tokens", 300 * BILLION, "tokens", "metaseq2022",
    "our 175B model finally completed its training run on 300B tokens",
    note="300B tokens seen from a corpus of about 180B (Zhang et al. 2022, §2.3).",
)
OPT_GPT3_TCO2E = _c(
    "OPT_GPT3_TCO2E", "GPT-3's emissions as the OPT paper gives them", 500, "tCO2e", "zhang2022",
    "GPT-3 was estimated to use 500 tons (Patterson et al., 2021)",
)
OPT_TOTAL_MULTIPLE = _c(
    "OPT_TOTAL_MULTIPLE", "OPT-175B's total footprint against the final run's (OPT paper)", 2,
    "×", "zhang2022",
    "With ablations, baselines and downtime, our own estimates of total cost is roughly 2× higher.",
    note="Footnote 10 of Zhang et al. 2022.",
)
OPT_SHARE_OF_GPT3 = _c(
    "OPT_SHARE_OF_GPT3", "OPT-175B's carbon footprint as a share of GPT-3's (OPT paper)", 1 / 7,
    "", "zhang2022", "requiring only 1/7th the carbon footprint to develop",
)
OPT_DATE = _c("OPT_DATE", "OPT-175B released", 20220503, "date", "zhang2022",
              "Model date: OPT-175B was released on May 3, 2022.")
# BLOOM (BigScience, 2022)
BLOOM_GPUS = _c(
    "BLOOM_GPUS", "BLOOM GPUs", 384, "GPUs", "bigscience_tr11",
    "using 384 gpus (48 nodes) and keeping 32 gpus (4 nodes) in reserve",
)
BLOOM_TOKENS = _c(
    "BLOOM_TOKENS", "BLOOM training tokens", 366 * BILLION, "tokens", "bigscience2022",
    "366B tokens", level="S",
    note="In secondary summaries of the BLOOM paper only; the project README gives 350B unique "
    "tokens in the dataset.",
)
BLOOM_MWH = _c(
    "BLOOM_MWH", "BLOOM training energy", 433, "MWh", "genci2022",
    "requiring a total energy consumption of 433 MWh", level="S",
    note="Luccioni et al.'s Table 1 (433,196 kWh) was seen only in secondary copies.",
)
BLOOM_GRID = _c(
    "BLOOM_GRID", "Carbon intensity of the French grid (BLOOM)", 57, "gCO2e/kWh", "luccioni2022",
    "Carbon intensity of the energy grid | 57 gCO2eq/kWh", level="S",
    note="Luccioni et al.'s table as secondary copies give it; the model card says Jean Zay "
    "\"uses mostly nuclear energy\".",
)
BLOOM_LIFECYCLE_TCO2E = _c(
    "BLOOM_LIFECYCLE_TCO2E", "BLOOM emissions, equipment manufacturing to operation", 50.5,
    "tCO2e", "luccioni2022",
    "50.5 tonnes if we account for all processes ranging from equipment manufacturing to "
    "energy-based operational consumption",
)
BLOOM_CARBON_MONTH = _c(
    "BLOOM_CARBON_MONTH", "BLOOM's energy and emissions published (month)", 20221101, "date",
    "luccioni2022", "arXiv:2211.02001",
    note="The arXiv identifier gives the month, November 2022; the day is ours (the first).",
)
LLAMA2_PAPER_MONTH = _c(
    "LLAMA2_PAPER_MONTH", "Llama 2 paper first posted (month)", 20230701, "date", "touvron2023b",
    "arXiv:2307.09288",
    note="The arXiv identifier gives the month, July 2023; the day is ours (the first).",
)
BLOOM_START = _c("BLOOM_START", "BLOOM training started", 20220311, "date", "bigscience_tr11",
                 "The training started on March 11, 2022 11:42am PST")
# Meta's published method for training emissions (Touvron et al. 2023, LLaMA, §6 and Table 15)
META_PUE = _c(
    "META_PUE", "PUE in Meta's emissions method", 1.1, "", "touvron2023a",
    "we set the Power Usage Effectiveness (PUE) at 1.1",
)
META_GRID = _c(
    "META_GRID", "Grid intensity in Meta's emissions method (US national average)", 385,
    "gCO2e/kWh", "touvron2023a",
    "use, instead, the US national average carbon intensity factor of 0.385 kg CO2eq/KWh",
)
META_OPT_GPU_HOURS = _c(
    "META_OPT_GPU_HOURS", "OPT-175B GPU-hours as Meta's LLaMA paper counts them", 809_472,
    "GPU-hours", "touvron2023a", "OPT-175B | A100-80GB | 400W | 809,472 | 356 MWh | 137",
    note="\"For OPT, we assume training required 34 days on 992 A100-80B (see their logs)\".",
)
META_OPT_GRID = _c(
    "META_OPT_GRID", "Grid intensity of OPT-175B's data centre (LLaMA paper)", 231, "gCO2e/kWh",
    "touvron2023a", "OPT a grid that emits 0.231 kg CO2eq/KWh, leading to 82 tCO2eq",
)
META_OPT_TCO2E = _c(
    "META_OPT_TCO2E", "OPT-175B emissions on its own grid (LLaMA paper)", 82, "tCO2e",
    "touvron2023a", "OPT a grid that emits 0.231 kg CO2eq/KWh, leading to 82 tCO2eq",
)
# Llama 2 70B (Meta, 2023 model card)
LLAMA2_70B_PARAMS = _c(
    "LLAMA2_70B_PARAMS", "Llama 2 70B parameters", 70 * BILLION, "parameters", "llama2",
    "Llama 2 comes in a range of parameter sizes — 7B, 13B, and 70B",
)
LLAMA2_TOKENS = _c(
    "LLAMA2_TOKENS", "Llama 2 training tokens", 2 * TRILLION, "tokens", "llama2",
    "Llama 2 was pretrained on 2 trillion tokens of data from publicly available sources.",
)
LLAMA2_70B_GPU_HOURS = _c(
    "LLAMA2_70B_GPU_HOURS", "Llama 2 70B A100 GPU-hours", 1_720_320, "GPU-hours", "llama2",
    "|Llama 2 70B|1720320|400|291.42|",
)
LLAMA2_70B_WATTS = _c(
    "LLAMA2_70B_WATTS", "Llama 2 power per GPU (the A100's TDP)", 400, "W", "touvron2023b",
    "A cumulative of 3.3M GPU hours of computation was performed on hardware of type A100-80GB "
    "(TDP of 400W or 350W); Table 2: 70B | 1720320 | 400 | 291.42",
    note="The paper: \"our calculations do not account for further power demands, such as "
    "those from interconnect or non-GPU server power consumption, nor from datacenter cooling "
    "systems\". Its Table 2 caption, like the model card, calls the same 400 W \"adjusted for "
    "power usage efficiency\"; we take it as the TDP because the tonnes are the 400 W times "
    "Meta's separate PUE of 1.1 and 0.385 kg/kWh (the LLaMA paper's method), to 0.01%.",
)
LLAMA2_70B_TCO2E = _c(
    "LLAMA2_70B_TCO2E", "Llama 2 70B emissions", 291.42, "tCO2e", "llama2",
    "|Llama 2 70B|1720320|400|291.42|",
    note="The card says the emissions were \"100% ... offset by Meta's sustainability "
    "program\"; it gives no grid intensity, location or accounting method.",
)
LLAMA2_END = _c("LLAMA2_END", "Llama 2 training ended (month)", 20230701, "date", "llama2",
                "Llama 2 was trained between January 2023 and July 2023.",
                note="The card gives the month; the day is ours (the first).")
# Llama 3.1 405B (Meta, 2024 model card)
LLAMA31_405B_PARAMS = _c(
    "LLAMA31_405B_PARAMS", "Llama 3.1 405B parameters", 405 * BILLION, "parameters", "llama31",
    "Llama 3.1 405B | 30.84M | 700 | 8,930 | 0",
)
LLAMA31_TOKENS = _c(
    "LLAMA31_TOKENS", "Llama 3.1 training tokens", 15 * TRILLION, "tokens", "llama31",
    "Llama 3.1 was pretrained on ~15 trillion tokens of data from publicly available sources.",
)
LLAMA31_405B_GPU_HOURS = _c(
    "LLAMA31_405B_GPU_HOURS", "Llama 3.1 405B H100 GPU-hours", 30.84e6, "GPU-hours", "llama31",
    "Llama 3.1 405B | 30.84M | 700 | 8,930 | 0",
)
LLAMA31_8B_GPU_HOURS = _c(
    "LLAMA31_8B_GPU_HOURS", "Llama 3.1 8B H100 GPU-hours", 1.46e6, "GPU-hours", "llama31",
    "Llama 3.1 8B | 1.46M | 700 | 420 | 0",
)
LLAMA31_70B_GPU_HOURS = _c(
    "LLAMA31_70B_GPU_HOURS", "Llama 3.1 70B H100 GPU-hours", 7.0e6, "GPU-hours", "llama31",
    "Llama 3.1 70B | 7.0M | 700 | 2,040 | 0",
)
LLAMA31_405B_TCO2E = _c(
    "LLAMA31_405B_TCO2E", "Llama 3.1 405B location-based emissions", 8_930, "tCO2e", "llama31",
    "Llama 3.1 405B | 30.84M | 700 | 8,930 | 0",
)
LLAMA31_8B_TCO2E = _c(
    "LLAMA31_8B_TCO2E", "Llama 3.1 8B location-based emissions", 420, "tCO2e", "llama31",
    "Llama 3.1 8B | 1.46M | 700 | 420 | 0",
)
LLAMA31_70B_TCO2E = _c(
    "LLAMA31_70B_TCO2E", "Llama 3.1 70B location-based emissions", 2_040, "tCO2e", "llama31",
    "Llama 3.1 70B | 7.0M | 700 | 2,040 | 0",
)
LLAMA31_405B_MARKET_TCO2E = _c(
    "LLAMA31_405B_MARKET_TCO2E", "Llama 3.1 405B market-based emissions", 0, "tCO2e",
    "llama31", "Llama 3.1 405B | 30.84M | 700 | 8,930 | 0",
    note="Meta \"matched 100% of its electricity use with renewable energy, therefore the "
    "total market-based greenhouse gas emissions for training were 0 tons CO2eq\".",
)
LLAMA31_DATE = _c("LLAMA31_DATE", "Llama 3.1 released", 20240723, "date", "llama31",
                  "Model Release Date: July 23, 2024.")
# Llama 4 Scout and Maverick (Meta, April 2025 model card)
_LLAMA4_SCOUT_ROW = "| Llama 4 Scout | 5.0M | 700 | 1,354 | 0 |"
_LLAMA4_MAVERICK_ROW = "| Llama 4 Maverick | 2.38M | 700 | 645 | 0 |"
LLAMA4_SCOUT_PARAMS = _c(
    "LLAMA4_SCOUT_PARAMS", "Llama 4 Scout total parameters", 109 * BILLION, "parameters",
    "llama4", "Llama 4 Scout (17Bx16E) | 17B (Activated) 109B (Total)",
)
LLAMA4_SCOUT_ACTIVE_PARAMS = _c(
    "LLAMA4_SCOUT_ACTIVE_PARAMS", "Llama 4 Scout parameters active per token", 17 * BILLION,
    "parameters", "llama4", "Llama 4 Scout (17Bx16E) | 17B (Activated) 109B (Total)",
)
LLAMA4_MAVERICK_PARAMS = _c(
    "LLAMA4_MAVERICK_PARAMS", "Llama 4 Maverick total parameters", 400 * BILLION, "parameters",
    "llama4", "Llama 4 Maverick (17Bx128E) | 17B (Activated) 400B (Total)",
)
LLAMA4_MAVERICK_ACTIVE_PARAMS = _c(
    "LLAMA4_MAVERICK_ACTIVE_PARAMS", "Llama 4 Maverick parameters active per token",
    17 * BILLION, "parameters", "llama4",
    "Llama 4 Maverick (17Bx128E) | 17B (Activated) 400B (Total)",
)
_LLAMA4_TOKENS_QUOTE = (
    "Llama 4 Scout was pretrained on ~40 trillion tokens and Llama 4 Maverick was pretrained on "
    "~22 trillion tokens of multimodal data"
)
LLAMA4_SCOUT_TOKENS = _c(
    "LLAMA4_SCOUT_TOKENS", "Llama 4 Scout training tokens", 40 * TRILLION, "tokens", "llama4",
    _LLAMA4_TOKENS_QUOTE,
)
LLAMA4_MAVERICK_TOKENS = _c(
    "LLAMA4_MAVERICK_TOKENS", "Llama 4 Maverick training tokens", 22 * TRILLION, "tokens",
    "llama4", _LLAMA4_TOKENS_QUOTE,
)
LLAMA4_SCOUT_GPU_HOURS = _c(
    "LLAMA4_SCOUT_GPU_HOURS", "Llama 4 Scout H100 GPU-hours", 5.0e6, "GPU-hours", "llama4",
    _LLAMA4_SCOUT_ROW,
)
LLAMA4_MAVERICK_GPU_HOURS = _c(
    "LLAMA4_MAVERICK_GPU_HOURS", "Llama 4 Maverick H100 GPU-hours", 2.38e6, "GPU-hours",
    "llama4", _LLAMA4_MAVERICK_ROW,
)
LLAMA4_GPU_HOURS = _c(
    "LLAMA4_GPU_HOURS", "Llama 4 (Scout and Maverick) H100 GPU-hours", 7.38e6, "GPU-hours",
    "llama4",
    "Model pre-training utilized a cumulative of 7.38M GPU hours of computation on H100-80GB "
    "(TDP of 700W) type hardware",
)
LLAMA4_SCOUT_TCO2E = _c(
    "LLAMA4_SCOUT_TCO2E", "Llama 4 Scout location-based emissions", 1354, "tCO2e", "llama4",
    _LLAMA4_SCOUT_ROW,
)
LLAMA4_MAVERICK_TCO2E = _c(
    "LLAMA4_MAVERICK_TCO2E", "Llama 4 Maverick location-based emissions", 645, "tCO2e",
    "llama4", _LLAMA4_MAVERICK_ROW,
)
LLAMA4_SCOUT_MARKET_TCO2E = _c(
    "LLAMA4_SCOUT_MARKET_TCO2E", "Llama 4 Scout market-based emissions", 0, "tCO2e", "llama4",
    _LLAMA4_SCOUT_ROW,
)
LLAMA4_MAVERICK_MARKET_TCO2E = _c(
    "LLAMA4_MAVERICK_MARKET_TCO2E", "Llama 4 Maverick market-based emissions", 0, "tCO2e",
    "llama4", _LLAMA4_MAVERICK_ROW,
)
LLAMA4_TCO2E = _c(
    "LLAMA4_TCO2E", "Llama 4 (Scout and Maverick) location-based emissions", 1999, "tCO2e",
    "llama4",
    "Estimated total location-based greenhouse gas emissions were 1,999 tons CO2eq for training",
)
LLAMA4_WATTS = _c(
    "LLAMA4_WATTS", "Llama 4 power per GPU (the H100's TDP)", 700, "W", "llama4",
    "7.38M GPU hours of computation on H100-80GB (TDP of 700W) type hardware",
    note="The card calls it \"peak power capacity per GPU device used, adjusted for power usage "
    "efficiency\", yet it is the H100's TDP and no PUE value is given.",
)
LLAMA4_DATE = _c("LLAMA4_DATE", "Llama 4 released", 20250405, "date", "llama4",
                 "Model Release Date: April 5, 2025")
# DeepSeek-V3 (DeepSeek-AI, December 2024)
DSV3_PARAMS = _c(
    "DSV3_PARAMS", "DeepSeek-V3 total parameters", 671 * BILLION, "parameters", "deepseek2024",
    "671B total parameters with 37B activated for each token",
)
DSV3_ACTIVE_PARAMS = _c(
    "DSV3_ACTIVE_PARAMS", "DeepSeek-V3 parameters active per token", 37 * BILLION, "parameters",
    "deepseek2024", "671B total parameters with 37B activated for each token",
)
DSV3_TOKENS = _c(
    "DSV3_TOKENS", "DeepSeek-V3 training tokens", 14.8 * TRILLION, "tokens", "deepseek2024",
    "We pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens",
)
DSV3_PRETRAIN_GPU_HOURS = _c(
    "DSV3_PRETRAIN_GPU_HOURS", "DeepSeek-V3 pre-training H800 GPU-hours", 2664e3, "GPU-hours",
    "deepseek2024", "our pre-training stage is completed in less than two months and costs "
    "2664K GPU hours",
)
DSV3_CONTEXT_GPU_HOURS = _c(
    "DSV3_CONTEXT_GPU_HOURS", "DeepSeek-V3 context-extension H800 GPU-hours", 119e3,
    "GPU-hours", "deepseek2024", "Combined with 119K GPU hours for the context length extension",
)
DSV3_POST_GPU_HOURS = _c(
    "DSV3_POST_GPU_HOURS", "DeepSeek-V3 post-training H800 GPU-hours", 5e3, "GPU-hours",
    "deepseek2024", "and 5K GPU hours for post-training",
)
DSV3_GPU_HOURS = _c(
    "DSV3_GPU_HOURS", "DeepSeek-V3 H800 GPU-hours, full training", 2.788e6, "GPU-hours",
    "deepseek2024", "DeepSeek-V3 costs only 2.788M GPU hours for its full training.",
)
DSV3_USD_PER_GPU_HOUR = _c(
    "DSV3_USD_PER_GPU_HOUR", "DeepSeek-V3's assumed H800 rental price", 2, "USD/GPU-hour",
    "deepseek2024", "Assuming the rental price of the H800 GPU is $2 per GPU hour",
)
DSV3_COST_USD = _c(
    "DSV3_COST_USD", "DeepSeek-V3's training cost at that price", 5.576e6, "USD",
    "deepseek2024", "our total training costs amount to only $5.576M",
    note="\"Note that the aforementioned costs include only the official training of "
    "DeepSeek-V3, excluding the costs associated with prior research and ablation experiments "
    "on architectures, algorithms, or data.\"",
)
DSV3_GPUS = _c(
    "DSV3_GPUS", "DeepSeek-V3 cluster", 2048, "GPUs", "deepseek2024",
    "DeepSeek-V3 is trained on a cluster equipped with 2048 NVIDIA H800 GPUs.",
)
DSV3_DATE = _c("DSV3_DATE", "DeepSeek-V3 report, first version", 20241227, "date",
               "deepseek2024", "Submitted on 27 Dec 2024 (v1)", level="S",
               note="The v1 date in secondary notes; the stored primary copies are v2.")
# AWS on-demand 8×H100 price (the same price lists as p4d): one dated basis per GPU type.
AWS_P5_USD_PER_HOUR = _c(
    "AWS_P5_USD_PER_HOUR", "AWS p5.48xlarge (8×H100) on-demand, us-east-1", 98.32, "USD/hour",
    "aws_prices", "p5.48xlarge $98.3200000000", level="S",
    note="AWS's price lists of January 2024 to May 2025, as a stored research note that "
    "re-read them gives them; cut to $55.04 in June 2025.",
)
AWS_P5_USD_PER_GPU_HOUR = _c(
    "AWS_P5_USD_PER_GPU_HOUR", "AWS on-demand price per H100-hour (p5.48xlarge ÷ 8)",
    AWS_P5_USD_PER_HOUR.value / GPUS_PER_AWS_INSTANCE.value, "USD/GPU-hour", "aws_prices",
    AWS_P5_USD_PER_HOUR.quote, level="S",
    derived_from=(AWS_P5_USD_PER_HOUR, GPUS_PER_AWS_INSTANCE),
)


@dataclass(frozen=True)
class Estimate:
    """An uncertain input carried as a low–high range, each end backed by a constant."""

    key: str
    label: str
    unit: str
    low: Constant
    high: Constant
    note: str

    @property
    def central(self) -> float:
        """Midpoint of low and high."""
        return (self.low.value + self.high.value) / 2


ESTIMATES: dict[str, Estimate] = {
    e.key: e
    for e in (
        Estimate(
            "PUE", "Datacenter PUE", "", low=PATTERSON_PUE_LOW, high=STRUBELL_PUE,
            note="From Google's best datacenters in Patterson et al. (1.09) to the global "
            "average Strubell et al. used (1.58). Alibaba published no PUE for M6.",
        ),
        Estimate(
            "GRID", "Grid carbon intensity", "gCO2e/kWh", low=PATTERSON_GRID_LOW,
            high=PATTERSON_GRID_HIGH,
            note="The spread of the datacenters in Patterson et al.'s Table 4. Where M6 was "
            "trained, and on what grid, was not published.",
        ),
        Estimate(
            "M610T_WATTS_PER_GPU", "Average power per GPU for M6-10T, with the host's share",
            "W", low=PATTERSON_P100_ET_WATTS, high=PATTERSON_GPT3_WATTS,
            note="Nobody measured M6-10T's power. The range is the averages per GPU that "
            "Patterson et al. 2021 list for training runs, measured with the host's share, the "
            "basis of OpenAI's 330 W for GPT-3: from 271 W (P100s, Table 1) to 330 W (GPT-3's "
            "V100s). TPUs averaged as low as 208 W (Table 4), but GPUs \"run on average "
            "closer to [their] TDP due to ... Turbo Mode and Dynamic Voltage Frequency Scaling, "
            "not found in TPU v2/v3\" (Appendix A). Strubell et al.'s 173-189 W per GPU are "
            "left out: for their Transformer on P100s (189 W) Patterson et al. measured 296 W "
            "with everything in the rack and suggest a narrower boundary, other hosts and "
            "sampling as reasons (footnote 35).",
        ),
        Estimate(
            "M610T_TDP_WATTS", "Rated power (TDP) per GPU for M6-10T", "W",
            low=V100_TDP_WATTS, high=A100_TDP_WATTS,
            note="The chips' rated power, V100 (third-party notes) to A100 (the article's "
            "assumption): the basis of the energy calculator's M6-10T scenarios, to be set "
            "against GPT-3 at its V100s' rated power, not against its measured 1,287 MWh.",
        ),
        Estimate(
            "USD_PER_V100_HOUR", "Price of one V100-hour", "USD/GPU-hour",
            low=LAMBDA_USD_PER_GPU_HOUR, high=STRUBELL_ONDEMAND_GPU_HIGH_USD,
            note="One GPU type, V100, dated prices: from the 3-year reserved rate behind "
            "Lambda's 2020 GPT-3 estimate (as Dickson reports it, secondary) to the top of the "
            "on-demand U.S. prices Strubell et al. used in 2019 (primary).",
        ),
        Estimate(
            "USD_PER_H100_HOUR", "Price of one H100-class GPU-hour", "USD/GPU-hour",
            low=DSV3_USD_PER_GPU_HOUR, high=AWS_P5_USD_PER_GPU_HOUR,
            note="H100-class GPUs, 2024: from the $2 per H800-hour rental price the DeepSeek-V3 "
            "report assumes to AWS's on-demand p5.48xlarge rate ÷ 8 ($12.29, price lists of "
            "2024, secondary).",
        ),
        Estimate(
            "USD_PER_A100_HOUR", "Price of one A100-hour", "USD/GPU-hour",
            low=AWS_P4D_2021_3YR, high=AWS_P4D_2021_ONDEMAND,
            note="One GPU type, A100: AWS's p4d.24xlarge rates of June 2021 per A100-hour, from "
            "a three-year commitment ($1.45) to on demand ($4.10), as Epoch AI's compilation "
            "records them from an archived AWS page (secondary).",
        ),
    )
}


# ---------------------------------------------------------------- owning: Epoch AI's method
# Cottier et al. 2024 (§2.2, Appendix A): hardware is charged to a run by the value it loses
# over the run; a single GPU's price becomes a server's share by a chip-to-server factor, and a
# cluster's by the share of networking equipment.
EPOCH_DEPRECIATION_OOM_PER_YEAR = _c(
    "EPOCH_DEPRECIATION_OOM_PER_YEAR", "Hardware depreciation (Epoch AI)", 0.14,
    "orders of magnitude per year", "cottier2024",
    "we depreciated the value of hardware at a rate of r = 0.14 orders of magnitude per year, "
    "based on the growth rate of ML GPU price-performance",
    note="A run of one year loses r × ln 10 ≈ 32% of the hardware's value (the paper's "
    "figure); an effective life of about three years is our reading, not the paper's.",
)
EPOCH_CHIP_TO_SERVER_V100 = _c(
    "EPOCH_CHIP_TO_SERVER_V100", "Server cost per GPU over one V100's price (Epoch AI)", 1.69,
    "", "cottier2024", "P100 (1.54×), V100 (1.69×), and A100 (1.66×)",
)
EPOCH_CHIP_TO_SERVER_A100 = _c(
    "EPOCH_CHIP_TO_SERVER_A100", "Server cost per GPU over one A100's price (Epoch AI)", 1.66,
    "", "cottier2024", "P100 (1.54×), V100 (1.69×), and A100 (1.66×)",
)
EPOCH_CHIP_TO_SERVER_OTHER = _c(
    "EPOCH_CHIP_TO_SERVER_OTHER", "Server cost per GPU over one GPU's price, other GPUs (Epoch AI)",
    1.64, "", "cottier2024",
    "For other NVIDIA chips, and for TPUs, we used the mean of these three known factors (1.64×).",
)
EPOCH_INTERCONNECT_SHARE = _c(
    "EPOCH_INTERCONNECT_SHARE", "Share of a cluster's hardware cost in networking (Epoch AI)",
    0.19, "fraction", "cottier2024",
    "we assumed that 19% of the hardware acquisition cost was for server-to-server networking "
    "equipment",
)
EPOCH_PUE_OTHER = _c(
    "EPOCH_PUE_OTHER", "PUE of a data centre not a hyperscaler's (Epoch AI)", 1.25, "",
    "cottier2024", "Otherwise, we used 1.25",
)
EPOCH_PUE_HYPERSCALER = _c(
    "EPOCH_PUE_HYPERSCALER", "PUE of a hyperscaler's own data centre (Epoch AI)", 1.1, "",
    "cottier2024", "We used a PUE of 1.1 for data centers owned by hyperscalers such as "
    "Alphabet and Microsoft",
)
US_INDUSTRIAL_USD_PER_KWH_2020 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2020", "US average industrial electricity price, 2020", 0.0667,
    "USD/kWh", "epoch_code", "2020: 0.0667,", level="S",
)
US_INDUSTRIAL_USD_PER_KWH_2021 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2021", "US average industrial electricity price, 2021", 0.0718,
    "USD/kWh", "epoch_code", "2021: 0.0718,", level="S",
)
US_INDUSTRIAL_USD_PER_KWH_2022 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2022", "US average industrial electricity price, 2022", 0.0832,
    "USD/kWh", "epoch_code", "2022: 0.0832,", level="S",
)
US_INDUSTRIAL_USD_PER_KWH_2023 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2023", "US average industrial electricity price, 2023", 0.0806,
    "USD/kWh", "epoch_code", "2023: 0.0806,", level="S",
)
US_INDUSTRIAL_USD_PER_KWH_2024 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2024", "US average industrial electricity price, 2024", 0.0771,
    "USD/kWh", "epoch_code", "2024: 0.0771,", level="S",
)
US_INDUSTRIAL_USD_PER_KWH_2025 = _c(
    "US_INDUSTRIAL_USD_PER_KWH_2025", "US average industrial electricity price, 2025", 0.0826,
    "USD/kWh", "epoch_code", "2025: 0.0826,", level="S",
)
EPOCH_TOTAL_TO_FINAL_LOW = _c(
    "EPOCH_TOTAL_TO_FINAL_LOW", "A model's development compute over its final run's, low "
    "(Epoch AI)", 1.2, "×", "cottier2024",
    "we estimate that the ratio of total compute to final training run compute ranges from 1.2x "
    "to 4x, with a median of 2.2x",
)
EPOCH_TOTAL_TO_FINAL_HIGH = _c(
    "EPOCH_TOTAL_TO_FINAL_HIGH", "A model's development compute over its final run's, high "
    "(Epoch AI)", 4, "×", "cottier2024", EPOCH_TOTAL_TO_FINAL_LOW.quote,
)
EPOCH_TOTAL_TO_FINAL_MEDIAN = _c(
    "EPOCH_TOTAL_TO_FINAL_MEDIAN", "A model's development compute over its final run's, median "
    "(Epoch AI)", 2.2, "×", "cottier2024", EPOCH_TOTAL_TO_FINAL_LOW.quote,
)


# ---------------------------------------------------------------- beyond the training run
# Serving energy per prompt, the hardware's manufacture and water (issue 22). Each figure keeps
# its boundary in its label or note: what it counts decides what it can be set beside.
GEMINI_PROMPT_WH = _c(
    "GEMINI_PROMPT_WH", "Energy of the median Gemini Apps text prompt (Google, May 2025)", 0.24,
    "Wh", "elsworth2025",
    "we find the median Gemini Apps text prompt consumes 0.24 Wh of energy",
    note="Google's comprehensive boundary: the active accelerators, the host's CPU and memory, "
    "idle machines kept ready, and the data centre's overhead (PUE). Training, external "
    "networking, storage and users' devices are out.",
)
GEMINI_PROMPT_ML = _c(
    "GEMINI_PROMPT_ML", "Water of the median Gemini Apps text prompt (Google)", 0.26, "mL",
    "elsworth2025", "consumes the equivalent of five drops of water (0.26 mL)",
    note="Water evaporated for cooling on site only; the water of generating the electricity is "
    "not in it.",
)
GEMINI_PROMPT_GCO2E = _c(
    "GEMINI_PROMPT_GCO2E", "Emissions of the median Gemini Apps text prompt (Google)", 0.03,
    "gCO2e", "elsworth2025",
    "a median Gemini Apps text prompt generates 0.03 gCO2e and consumes 0.26 mL of water",
    level="S",
    note="Market-based (Google's contracted clean energy), with the hardware's manufacture; "
    "read in third parties' quotations of the paper's body.",
)
GEMINI_ACCELERATOR_WH = _c(
    "GEMINI_ACCELERATOR_WH", "Median Gemini prompt: the active accelerators' energy (Google)",
    0.14, "Wh", "elsworth2025",
    "the primary energy draw originates from the active AI Accelerator power (0.14 Wh, 58% of "
    "total)", level="S",
    note="The rest: the host's CPU and memory 0.06 Wh, idle machines and the data centre's "
    "overhead 0.02 Wh each.",
)
GEMINI_HOST_WH = _c(
    "GEMINI_HOST_WH", "Median Gemini prompt: the host's CPU and memory (Google)", 0.06, "Wh",
    "elsworth2025", "the necessary host CPU & DRAM power (0.06 Wh, 25%)", level="S",
)
GEMINI_IDLE_WH = _c(
    "GEMINI_IDLE_WH", "Median Gemini prompt: idle machines kept ready (Google)", 0.02, "Wh",
    "elsworth2025",
    "The energy consumed by provisioned idle machines and the data center overhead (PUE) each "
    "contribute 0.02 Wh (10% and 8% respectively).", level="S",
)
GEMINI_OVERHEAD_WH = _c(
    "GEMINI_OVERHEAD_WH", "Median Gemini prompt: the data centre's overhead (PUE) share (Google)",
    0.02, "Wh", "elsworth2025",
    "The energy consumed by provisioned idle machines and the data center overhead (PUE) each "
    "contribute 0.02 Wh (10% and 8% respectively).", level="S",
)
GEMINI_NARROW_PROMPTS_PER_KWH = _c(
    "GEMINI_NARROW_PROMPTS_PER_KWH", "Median Gemini prompts per kWh, active accelerators only "
    "(Google's narrower boundary)", 10_000, "prompts/kWh", "elsworth2025",
    "a more narrowly defined Existing Approach (10,000 prompts per kWh)", level="S",
)
GOOGLE_WUE_L_PER_KWH = _c(
    "GOOGLE_WUE_L_PER_KWH", "Google's water use on site per kWh (WUE)", 1.15, "L/kWh",
    "elsworth2025", "For both 2023 and 2024, Google's WUE Category 2 value was 1.15 L/kWh.",
    level="S",
)
MISTRAL_RESPONSE_GCO2E = _c(
    "MISTRAL_RESPONSE_GCO2E", "Emissions of a 400-token Le Chat response (Mistral AI)", 1.14,
    "gCO2e", "mistral2025",
    "the use of our AI assistant Le Chat for a 400-token response - excluding users' terminals: "
    "1.14 gCO₂e", level="S",
    note="A life-cycle figure (with the hardware's manufacture) for one response's marginal use; "
    "Mistral AI publishes no energy per response.",
)
MISTRAL_RESPONSE_TOKENS = _c(
    "MISTRAL_RESPONSE_TOKENS", "Tokens of the response Mistral AI's per-response figures are for",
    400, "tokens", "mistral2025", "for a 400-token response", level="S",
)
MISTRAL_RESPONSE_ML = _c(
    "MISTRAL_RESPONSE_ML", "Water of a 400-token Le Chat response (Mistral AI)", 45, "mL",
    "mistral2025", "1.14 gCO₂e, 45 mL of water", level="S",
    note="Life-cycle water: with the electricity's and the hardware's.",
)
MISTRAL_LIFE_KTCO2E = _c(
    "MISTRAL_LIFE_KTCO2E", "Mistral Large 2: training and 18 months of use (Mistral AI)", 20.4,
    "ktCO2e", "mistral2025",
    "as of January 2025, and after 18 months of usage, Large 2 generated the following impacts: "
    "20,4 ktCO₂e", level="S",
    note="Training and use together: the analysis does not separate them.",
)
MLENERGY_LLAMA31_70B_J = _c(
    "MLENERGY_LLAMA31_70B_J", "Energy per response, Llama 3.1 70B on four H100s, batch 64 "
    "(ML.ENERGY)", 280.5980262398846, "J", "mlenergy_leaderboard",
    "\"energy_per_request_joules\": 280.5980262398846",
    note="The GPUs' measured energy only, no host or PUE; chat responses of about 352 tokens.",
)
MLENERGY_LLAMA31_70B_POWER_W = _c(
    "MLENERGY_LLAMA31_70B_POWER_W", "Average power of the four H100s in that measurement "
    "(ML.ENERGY)", 2001.5016204568867, "W", "mlenergy_leaderboard",
    "\"avg_power_watts\": 2001.5016204568867",
    note="All four GPUs together: about 500 W each, against the H100's rated 700 W.",
)
MLENERGY_LLAMA31_70B_TOKENS_PER_S = _c(
    "MLENERGY_LLAMA31_70B_TOKENS_PER_S", "Output tokens per second of the four H100s in that "
    "measurement (ML.ENERGY)", 2510.511326146191, "tokens/s", "mlenergy_leaderboard",
    "\"output_throughput_tokens_per_sec\": 2510.511326146191",
)
MLENERGY_LLAMA31_70B_GPUS = _c(
    "MLENERGY_LLAMA31_70B_GPUS", "H100s serving Llama 3.1 70B in that measurement (ML.ENERGY)",
    4, "GPUs", "mlenergy_leaderboard", "\"num_gpus\": 4",
)
MLENERGY_LLAMA31_70B_TOKENS = _c(
    "MLENERGY_LLAMA31_70B_TOKENS", "Output tokens per response in that measurement (ML.ENERGY)",
    351.9580078125, "tokens", "mlenergy_leaderboard", "\"avg_output_len\": 351.9580078125",
    note="The mean output length of the chat task's responses for this model and setting.",
)
PHP_TEXTGEN_KWH_PER_1000 = _c(
    "PHP_TEXTGEN_KWH_PER_1000", "Text generation: energy per 1,000 inferences, mean of the "
    "models tested (Luccioni et al.)", 0.047, "kWh", "luccioni2024_php",
    "| text generation          | 0.047                  | 0.03  |",
    note="Ten new tokens per inference, no batching, GPU + CPU + memory, no PUE; one active "
    "A100, with the idle power of the other seven on the node in the figure.",
)
ALTMAN_QUERY_WH = _c(
    "ALTMAN_QUERY_WH", "Energy of the average ChatGPT query (Sam Altman)", 0.34, "Wh",
    "altman2025", "the average query uses about 0.34 watt-hours", level="S",
    note="No method: no model, query length, boundary or date of measurement is given.",
)
GOOGLE_ML_INFERENCE_SHARE = _c(
    "GOOGLE_ML_INFERENCE_SHARE", "Share of Google's ML energy used for inference (2019–2021)",
    0.60, "fraction", "luccioni2024_php",
    "a 2022 study from Google attributed 60% of its ML energy use to inference, compared to 40% "
    "for training", level="S",
)
BLOOM_EMBODIED_SERVERS_TCO2E = _c(
    "BLOOM_EMBODIED_SERVERS_TCO2E", "BLOOM's training: the servers' manufacture (Luccioni et "
    "al.)", 7.57, "tCO2e", "luccioni2022",
    "approximately 7.57 tonnes for the servers and 3.64 tonnes for the GPUs", level="S",
)
BLOOM_EMBODIED_GPUS_TCO2E = _c(
    "BLOOM_EMBODIED_GPUS_TCO2E", "BLOOM's training: the GPUs' manufacture (Luccioni et al.)",
    3.64, "tCO2e", "luccioni2022",
    "approximately 7.57 tonnes for the servers and 3.64 tonnes for the GPUs", level="S",
)
BLOOM_EMBODIED_TCO2E = _c(
    "BLOOM_EMBODIED_TCO2E", "BLOOM's training: the hardware's manufacture (Luccioni et al.)",
    11.2, "tCO2e", "luccioni2022",
    "adding a total of 11.2 tonnes of CO2eq to its carbon footprint", level="S",
    note="Amortised over a six-year replacement cycle at 85% use.",
)
MORRISON_EMBODIED_KG_PER_GPU = _c(
    "MORRISON_EMBODIED_KG_PER_GPU", "Manufacturing emissions per GPU (Morrison et al.)", 463,
    "kgCO2e", "morrison2025",
    "3700 kg of CO2eq per 8x server node, equal 463 kg per GPU",
)
MORRISON_GPU_LIFE_YEARS = _c(
    "MORRISON_GPU_LIFE_YEARS", "Lifespan over which a GPU's manufacture is charged (Morrison "
    "et al.)", 4, "years", "morrison2025", "we assume a 4 year lifespan for our GPUs",
)
MORRISON_GPU_HOURS = _c(
    "MORRISON_GPU_HOURS", "GPU-hours of all Ai2's models in the study (Morrison et al.)", 1.65e6,
    "GPU-hours", "morrison2025", "We used 1.65 million GPU hours in total",
)
MORRISON_EMBODIED_TCO2E = _c(
    "MORRISON_EMBODIED_TCO2E", "Manufacturing emissions charged to those GPU-hours (Morrison et "
    "al.)", 22, "tCO2e", "morrison2025",
    "leading to a total of 22 tCO2eq emitted and 4.8 kL of water consumed during manufacturing",
)
KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN = _c(
    "KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN", "FLOPs per parameter per token of a forward pass",
    2.0, "FLOPs/(parameter·token)", "kaplan2020",
    "Evaluating a forward pass of the Transformer involves roughly C_forward ≈ 2N + 2 n_layer "
    "n_ctx d_model add-multiply operations",
    note="Eq. 2.2: generating a token is one forward pass, about 2 FLOPs per active parameter "
    "(attention over the context adds a little).",
)
LLAMA31_70B_PARAMS_SERVED = _c(
    "LLAMA31_70B_PARAMS_SERVED", "Llama 3.1 70B parameters", 70e9, "parameters", "llama31",
    "Llama 3.1 70B | 7.0M | 700 | 2,040 | 0",
    note="The model's name gives its size; the quote is its row of the card.",
)
