"""The one domain error of :mod:`calc`, and the checks that raise it."""

from __future__ import annotations

import math

__all__ = ["CalcError", "check_number", "divide", "finite"]


class CalcError(ValueError):
    """Bad input to a :mod:`calc` function.

    It names the argument, what was given and the allowed range, so a page can show the message
    next to the field the reader typed in.

    >>> err = CalcError("gpus", -1, "a number greater than 0")
    >>> str(err)
    'gpus must be a number greater than 0 (got -1)'
    >>> err.argument, err.allowed
    ('gpus', 'a number greater than 0')
    """

    def __init__(self, argument: str, value: object, allowed: str) -> None:
        self.argument = argument
        self.value = value
        self.allowed = allowed
        super().__init__(f"{argument} must be {allowed} (got {value!r})")


def check_number(
    argument: str,
    value: object,
    *,
    minimum: float = 0.0,
    allow_equal: bool = False,
    maximum: float | None = None,
) -> float:
    """Return ``value`` as a float, or raise :class:`CalcError`.

    Rejects non-numbers, booleans, NaN, infinities, values at or below ``minimum`` (at or above it
    is allowed with ``allow_equal``) and values above ``maximum``.

    >>> check_number("pue", 1.1, minimum=1.0, allow_equal=True)
    1.1
    >>> check_number("gpus", 0)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: gpus must be a number greater than 0 (got 0)
    >>> check_number("gpus", True)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: gpus must be a number greater than 0 (got True)
    """
    allowed = f"a number {'at least' if allow_equal else 'greater than'} {minimum:g}"
    if maximum is not None:
        allowed += f" and at most {maximum:g}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CalcError(argument, value, allowed)
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        raise CalcError(argument, value, allowed) from None
    if math.isnan(number) or math.isinf(number):
        raise CalcError(argument, value, allowed)
    too_low = number < minimum if allow_equal else number <= minimum
    if too_low or (maximum is not None and number > maximum):
        raise CalcError(argument, value, allowed)
    return number


def finite(name: str, value: float) -> float:
    """Guard a result: raise :class:`CalcError` rather than return NaN or infinity.

    >>> finite("flops", 1e300 * 1e300)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: flops must be a finite result (inputs out of range) (got inf)
    """
    if math.isnan(value) or math.isinf(value):
        raise CalcError(name, value, "a finite result (inputs out of range)")
    return value


def divide(name: str, numerator: float, denominator: float) -> float:
    """``numerator / denominator`` as a finite result, or :class:`CalcError`.

    A product of tiny inputs can underflow to 0, and a quotient can overflow; both are reported
    as inputs out of range instead of a ZeroDivisionError or an infinity.

    >>> divide("days", 1.0, 4.0)
    0.25
    >>> divide("days", 1.0, 1e-300 * 1e-300)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: days must be a finite result (inputs out of range) (got '0 in a divisor')
    """
    if denominator == 0:
        raise CalcError(name, "0 in a divisor", "a finite result (inputs out of range)")
    return finite(name, numerator / denominator)
