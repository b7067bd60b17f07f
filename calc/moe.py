"""Mixture-of-experts models: total parameters against parameters used per token.

A sparse mixture-of-experts (MoE) layer holds many expert feed-forward blocks but routes each token
through only a few of them, so its compute per token follows the *active* parameters. Parameter
counts of sparse and dense models are therefore not comparable as measures of size or cost
(Patterson et al. 2021, Table 4: Switch Transformer, 1,500B parameters, 0.10% active per token).

>>> m = m6_10t()
>>> round(m.total / 1e12, 2), round(m.active / 1e9, 1)
(10.05, 78.7)
"""

from __future__ import annotations

from typing import NamedTuple

from . import constants as k
from .errors import check_number, finite

__all__ = ["MoEParams", "m6_10t", "moe_params"]


class MoEParams(NamedTuple):
    """Parameter counts of a mixture-of-experts transformer."""

    total: float
    active: float

    @property
    def active_fraction(self) -> float:
        """Share of all parameters used for one token."""
        return self.active / self.total


def moe_params(
    layers: float,
    hidden_size: float,
    ffn_size: float,
    experts_per_layer: float,
    active_experts_per_layer: float,
) -> MoEParams:
    """Approximate parameter counts of an MoE transformer in which every layer has experts.

    Each expert is a two-matrix feed-forward block of 2·hidden·ffn weights; each layer also has
    4·hidden² attention weights. Embeddings, biases and norms are ignored.
    total = layers·(experts·2·h·f + 4·h²); active = layers·(active_experts·2·h·f + 4·h²).

    >>> moe_params(1, 2, 3, 4, 1)
    MoEParams(total=64.0, active=28.0)
    """
    n = check_number("layers", layers)
    h = check_number("hidden_size", hidden_size)
    f = check_number("ffn_size", ffn_size)
    e = check_number("experts_per_layer", experts_per_layer)
    a = check_number("active_experts_per_layer", active_experts_per_layer, maximum=e)
    expert, attention = 2 * h * f, 4 * h * h
    return MoEParams(
        total=finite("total", n * (e * expert + attention)),
        active=finite("active", n * (a * expert + attention)),
    )


def m6_10t() -> MoEParams:
    """M6-10T's parameter counts from the architecture in third-party notes (level S).

    48 layers, hidden 1,024, expert FFN 9,984, 10,240 experts and 80 prototypes per layer; with
    expert prototyping (Yang et al. 2021) a token goes to one expert in each prototype, so 80
    experts per layer are active. The total (10.05 trillion) agrees with the published "10
    trillion", which supports this reading; the paper body was not available to check it.
    """
    return moe_params(
        k.M610T_LAYERS.value,
        k.M610T_HIDDEN.value,
        k.M610T_FFN.value,
        k.M610T_EXPERTS.value,
        k.M610T_PROTOTYPES.value,
    )
