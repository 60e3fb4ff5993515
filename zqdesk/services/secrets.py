"""Passwords and PINs as scrypt hashes (SPEC §12), with the OWASP-recommended cost."""

import hashlib
import hmac
import os

# OWASP password storage cheat sheet: scrypt N=2^17, r=8, p=1 (128 MiB, ~0.3 s here).
COST_N, COST_R, COST_P = 2**17, 8, 1
_MAXMEM = 256 * 1024 * 1024


def hash_secret(secret: str, n: int | None = None) -> str:
    n = n or COST_N
    salt = os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=COST_R, p=COST_P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${n}${COST_R}${COST_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               maxmem=_MAXMEM, dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)
