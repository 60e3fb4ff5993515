"""Money (万元, two decimals) and score rounding: Decimal everywhere, half-up."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")


def round_half_up(value: Fraction | Decimal | int) -> Decimal:
    """Round an exact value half-up to two decimals (78.125 → 78.13)."""
    if isinstance(value, Fraction):
        hundredths = value * 100
        # floor(x + 1/2) rounds half away from zero for x >= 0; negative values mirror it.
        if hundredths >= 0:
            whole = (hundredths + Fraction(1, 2)).__floor__()
        else:
            whole = -((-hundredths + Fraction(1, 2)).__floor__())
        return (Decimal(whole) / 100).quantize(CENT)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str | int | float | Decimal) -> Decimal:
    """Read an amount in 万元; at most two decimals, never negative.

    Raises ValueError with a Chinese reason on anything else.
    """
    if isinstance(text, float):
        # Spreadsheet cells arrive as binary floats; their shortest repr is what the clerk typed.
        text = repr(text)
    try:
        amount = Decimal(str(text).strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValueError(f"金额“{text}”不是数字") from None
    if not amount.is_finite():
        raise ValueError(f"金额“{text}”不是数字")
    if amount < 0:
        raise ValueError(f"金额“{text}”不能为负数")
    if amount.adjusted() > 12:
        raise ValueError(f"金额“{text}”超出可处理的范围")
    if amount != amount.quantize(CENT):
        raise ValueError(f"金额“{text}”最多保留两位小数")
    return amount.quantize(CENT)


def money_text(amount: Decimal) -> str:
    """Two-decimal text of an amount, as JSON and documents print it."""
    return str(amount.quantize(CENT))
