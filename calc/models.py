"""Large models by date: parameter counts, dense or sparse, and when each was run or published.

Dates are year and month. Where Patterson et al. 2021 (Table 4, "When run") give when a model was
trained we use that; otherwise the month the model's own paper first appeared on arXiv (the
first four digits of an arXiv id are its year and month), or the press date where that is all
there is.

>>> [m.name for m in MODELS if m.year < 2020]
['Evolved Transformer (NAS)', 'T5', 'Meena']
>>> next(m for m in MODELS if m.name == "M6-10T").kind
'sparse'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import constants as k

__all__ = ["MODELS", "Model"]

Kind = Literal["dense", "sparse", "not stated"]


@dataclass(frozen=True)
class Model:
    """A model: name, parameter count (a sourced constant), kind and date with its basis."""

    name: str
    params: k.Constant
    kind: Kind
    year: int
    month: int
    date_basis: str
    active_fraction: k.Constant | None = None

    @property
    def date(self) -> float:
        """Decimal year (middle of the month), for charts."""
        return self.year + (self.month - 0.5) / 12


def _arxiv(arxiv_id: str) -> tuple[int, int, str]:
    return 2000 + int(arxiv_id[:2]), int(arxiv_id[2:4]), f"arXiv:{arxiv_id} (first version)"


def _run(year: int, month: int, text: str) -> tuple[int, int, str]:
    return year, month, f"Patterson et al. 2021, Table 4, When run: {text}"


MODELS: tuple[Model, ...] = tuple(
    Model(name, params, kind, *when, active_fraction=active)  # type: ignore[arg-type]
    for name, params, kind, when, active in (
        ("Evolved Transformer (NAS)", k.EVOLVED_TRANSFORMER_PARAMS, "dense",
         _run(2018, 12, "Dec 2018"), None),
        ("T5", k.T5_PARAMS, "dense", _run(2019, 9, "Sep 2019"), None),
        ("Meena", k.MEENA_PARAMS, "dense", _run(2019, 12, "Dec 2019"), None),
        ("GShard-600B", k.GSHARD_PARAMS, "sparse", _run(2020, 4, "Apr 2020"),
         k.GSHARD_ACTIVE_FRACTION),
        ("GPT-3", k.GPT3_PARAMS, "dense", _arxiv("2005.14165"), None),
        ("Switch Transformer", k.SWITCH_PARAMS, "sparse", _run(2020, 10, "Oct 2020"),
         k.SWITCH_ACTIVE_FRACTION),
        ("M6-T", k.M6T_PARAMS, "sparse", _arxiv("2105.15082"), None),
        ("Wu Dao 2.0", k.WUDAO_PARAMS, "not stated",
         (2021, 6, "press reports, June 2021 (secondary)"), None),
        ("M6-10T", k.M610T_PARAMS, "sparse", _arxiv("2110.03888"), None),
        ("MT-NLG", k.MTNLG_PARAMS, "dense",
         (2021, 11, ("by November 2021 (named in the article; announcement date not "
                     "verified); paper arXiv:2201.11990, January 2022")), None),
        ("Chinchilla", k.CHINCHILLA_PARAMS, "dense", _arxiv("2203.15556"), None),
        ("OPT-175B", k.OPT_PARAMS, "dense", _arxiv("2205.01068"), None),
        ("BLOOM", k.BLOOM_PARAMS, "dense", _arxiv("2211.02001"), None),
    )
)
