"""HMAC-SM3 (SHA-256 where the OpenSSL build lacks SM3) over canonical JSON."""

import hashlib
import hmac
import json
from decimal import Decimal


def _algorithm() -> tuple[str, str]:
    if "sm3" in hashlib.algorithms_available:
        return "sm3", "HMAC-SM3"
    return "sha256", "HMAC-SHA256"


DIGEST, ALGORITHM = _algorithm()
DIGESTS = {"HMAC-SM3": "sm3", "HMAC-SHA256": "sha256"}


def canonical(value) -> bytes:
    """One byte string per value: sorted keys, no spaces, Decimals and dates as text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_text).encode("utf-8")


def _text(value) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot canonicalise {type(value).__name__}")


def mac(key: bytes, value, algorithm: str = ALGORITHM) -> str:
    return hmac.new(key, canonical(value), DIGESTS[algorithm]).hexdigest()
