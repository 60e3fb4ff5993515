"""Money (万元, two decimals) and score rounding: Decimal everywhere, half-up."""

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")

# Additions, subtractions and multiplications of Decimals under this context are exact, however
# many digits they take (the Python documentation's recipe for exact arithmetic). Summing scores
# under it and converting the sum once to an integer ratio gives the same value as summing them
# as Fractions, at a fraction of the cost. Never divide under it: 1/3 would not terminate.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def round_half_up(value: Fraction | Decimal | int) -> Decimal:
    """Round an exact value half-up to two decimals (78.125 → 78.13)."""
    if isinstance(value, Fraction):
        return round_ratio_half_up(value.numerator, value.denominator)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def round_ratio_half_up(numerator: int, denominator: int) -> Decimal:
    """numerator / denominator (denominator > 0) rounded half-up to two decimals, in integers:
    the same as round_half_up(Fraction(numerator, denominator)) without building the Fraction."""
    # floor(x + 1/2) rounds half away from zero for x >= 0; negative values mirror it.
    # With x = 100·n/d: floor(x + 1/2) = (200·n + d) // (2·d).
    if numerator >= 0:
        whole = (200 * numerator + denominator) // (2 * denominator)
    else:
        whole = -((-200 * numerator + denominator) // (2 * denominator))
    return (Decimal(whole) / 100).quantize(CENT)


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
