"""How numbers are written for readers: significant figures, units, ranges.

Both the build-time pages and the in-browser calculators use these, so a number reads the same
before and after JavaScript runs.

>>> fmt_quantity(3.14e23, "FLOPs")
'3.14 × 10²³ FLOPs'
>>> fmt_usd(307_200)
'$307,200'
>>> fmt_usd(4.6e6)
'$4.6 million'
>>> fmt_percent(0.0316)
'3.2%'
>>> fmt_range(0.0316, 0.042, fmt_percent)
'3.2–4.2%'
>>> fmt_multiple(57.14)
'57×'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from .units import TERA

__all__ = [
    "fmt_count",
    "fmt_date",
    "fmt_exact",
    "fmt_multiple",
    "fmt_percent",
    "fmt_power_of_ten",
    "fmt_quantity",
    "fmt_range",
    "fmt_tflops",
    "fmt_usd",
    "round_sig",
]

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def round_sig(value: float, digits: int = 3) -> float:
    """Round to ``digits`` significant figures.

    >>> round_sig(1289.376, 3)
    1290.0
    """
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _sci(value: float, digits: int) -> str:
    """``3.14 × 10²³``: scientific notation with superscript exponent, no trailing zeros.

    >>> _sci(1e-320, 3), _sci(-2.5e18, 3)
    ('1 × 10⁻³²⁰', '-2.5 × 10¹⁸')
    """
    mantissa, _, exponent = f"{value:.{digits - 1}e}".partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def _extreme(value: float) -> bool:
    """Too large or too small to write out in digits."""
    return value != 0 and (abs(value) >= 1e15 or abs(value) < 1e-3)


def _plain(value: float, digits: int) -> str:
    """A number with thousands separators and no trailing zeros (scientific when extreme)."""
    if _extreme(value):
        return _sci(value, digits)
    r = round_sig(value, digits)
    if abs(r) >= 10 ** (digits - 1):
        return f"{r:,.0f}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(r)))) if r else 0
    text = f"{r:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_count(value: float, digits: int = 3) -> str:
    """A count in words above a million, else with separators.

    >>> fmt_count(175e9)
    '175 billion'
    >>> fmt_count(122_880)
    '122,880'
    >>> fmt_count(1.0)
    '1'
    """
    if abs(value) >= 1e15:
        return _sci(value, digits)
    for scale, word in _WORDS:
        if abs(value) >= scale:
            return f"{_plain(value / scale, digits)} {word}"
    if abs(value) >= 1000 and value == int(value):
        return f"{int(value):,}"
    return _plain(value, digits)


def fmt_quantity(value: float, unit: str, digits: int = 3) -> str:
    """A value with its unit; scientific notation at and above 10¹⁵ or below 10⁻³.

    >>> fmt_quantity(1287.4, "MWh")
    '1,290 MWh'
    >>> fmt_quantity(33.9, "days")
    '33.9 days'
    """
    return f"{_plain(value, digits)} {unit}".strip()


def fmt_exact(value: float, unit: str = "") -> str:
    """A sourced figure in full, never rounded away from what the source states.

    >>> fmt_exact(1287, "MWh"), fmt_exact(307_200, "USD"), fmt_exact(1024, "GPUs")
    ('1,287 MWh', '307,200 USD', '1,024 GPUs')
    >>> fmt_exact(3.14e23, "FLOPs"), fmt_exact(32.7726), fmt_exact(0.001)
    ('3.14 × 10²³ FLOPs', '32.7726', '0.001')
    """
    if value != 0 and abs(value) >= 1e9:
        return fmt_quantity(value, unit, 12)
    return f"{_plain(value, 12)} {unit}".strip()


def fmt_power_of_ten(exponent: int) -> str:
    """``10⁶``: a power of ten as a formula or an axis writes it.

    >>> fmt_power_of_ten(6), fmt_power_of_ten(-3)
    ('10⁶', '10⁻³')
    """
    return "10" + str(exponent).translate(_SUPERSCRIPT)


def fmt_tflops(flops_per_s: float, unit: str = "TFLOP/s") -> str:
    """A throughput (FLOP/s) in TFLOP/s, to four figures so a datasheet's 989.5 stays 989.5;
    ``unit=""`` leaves the unit to the sentence.

    >>> fmt_tflops(24.6e12), fmt_tflops(989.5e12, ""), fmt_tflops(105e12)
    ('24.6 TFLOP/s', '989.5', '105 TFLOP/s')
    """
    return fmt_quantity(flops_per_s / TERA, unit, 4)


def fmt_usd(value: float, digits: int = 3) -> str:
    """US dollars: exact to the dollar below a million, in words above.

    >>> fmt_usd(4_672_800)
    '$4.67 million'
    >>> fmt_usd(2.5)
    '$2.5'
    >>> fmt_usd(5.0e6 * 12.29)  # 61,449,999.99999999 in floating point: a float's error, not a cent
    '$61.5 million'
    """
    value = float(f"{value:.12g}")
    if abs(value) >= 1e6:
        return "$" + fmt_count(value, digits)
    if abs(value) >= 1000:
        return f"${value:,.0f}"
    return "$" + _plain(value, digits)


def fmt_price(usd: float) -> str:
    """A price below $1,000 to the cent, as price lists write it; larger ones as :func:`fmt_usd`.

    >>> fmt_price(2.5), fmt_price(4.096575), fmt_price(32.7726)
    ('$2.50', '$4.10', '$32.77')
    """
    return f"${usd:,.2f}" if abs(usd) < 1000 else fmt_usd(usd)


def fmt_percent(fraction: float, digits: int = 2) -> str:
    """A fraction as a percentage with ``digits`` significant figures.

    >>> fmt_percent(0.449)
    '45%'
    >>> fmt_percent(0.001), fmt_percent(8.2e-300)
    ('0.1%', '8.2 × 10⁻²⁹⁸%')
    """
    return f"{_plain(fraction * 100, digits)}%"


def fmt_multiple(value: float, digits: int = 2) -> str:
    """A ratio as a multiple.

    >>> fmt_multiple(0.453), fmt_multiple(3.9e-14)
    ('0.45×', '3.9 × 10⁻¹⁴×')
    """
    return f"{_plain(value, digits)}×"


def fmt_range(low: float, high: float, fmt: Callable[[float], str]) -> str:
    """``low–high`` written once with the unit, or one value when both ends read the same.

    >>> fmt_range(11.5e6, 27.6e6, fmt_usd)
    '$11.5–27.6 million'
    >>> fmt_range(34.0, 34.0, lambda d: fmt_quantity(d, "days"))
    '34 days'
    """
    a, b = fmt(low), fmt(high)
    if a == b:
        return a
    # share a common suffix (unit) such as "%", " days" or " million"
    i = 0
    while i < min(len(a), len(b)) and a[-1 - i] == b[-1 - i] and not a[-1 - i].isdigit():
        i += 1
    prefix = ""
    if a[:1] == b[:1] == "$":
        prefix, a, b = "$", a[1:], b[1:]
    if i:
        return f"{prefix}{a[:-i]}–{b}"
    return f"{prefix}{a}–{prefix}{b}"


def fmt_date(day: date) -> str:
    """A date as readers write it, day first, month in words.

    >>> fmt_date(date(2021, 6, 25))
    '25 June 2021'
    """
    return f"{day.day} {day:%B} {day.year}"
