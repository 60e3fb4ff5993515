"""The files that carry scoring to experts' offline laptops and back (SPEC §8.3): the per-expert
code, signed canonical JSON, and the package zip. Both sides — the clerk's and the laptop's —
use these, so what one writes the other reads byte for byte.

Nothing on the USB stick is trusted: a signed document is accepted only if its bytes are exactly
the canonical JSON of what they say (so no byte can change without changing the content) and its
MAC, keyed by the expert's secret, matches.
"""

import hashlib
import hmac
import json
import os
import secrets
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from zqdesk.services.errors import Refused
from zqdesk.storage.keys import installation_key
from zqdesk.storage.macs import ALGORITHM, DIGESTS, canonical, mac

PACKAGE_FORMAT = "zqdesk-package/1"
RESULT_FORMAT = "zqdesk-result/1"
PACKAGE_SUFFIX, RESULT_SUFFIX = ".zqpkg", ".zqres"
MANIFEST = "package.json"
MAX_DOCUMENT = 64 * 1024 * 1024  # a result file of 2,000 sheets is well under 10 MB

# Crockford's base32: no I, L, O or U, so nothing on the slip can be misread or spell a word.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READS_AS = {"O": "0", "I": "1", "L": "1"}
SECRET_BYTES = 10  # 80 bits: 16 symbols, beyond guessing, short enough to type from paper
# What a damaged or doctored zip can raise while being read: a corrupt deflate stream, an
# unknown compression method or an "encrypted" flag are as much a bad package as a bad CRC.
_ZIP_ERRORS = (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, zlib.error, NotImplementedError,
               RuntimeError)


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def code_of(secret: bytes) -> str:
    """The secret as the clerk prints it on the slip: 16 symbols in groups of four."""
    number = int.from_bytes(secret, "big")
    symbols = "".join(_ALPHABET[(number >> shift) & 31] for shift in range(75, -1, -5))
    return "-".join(symbols[i:i + 4] for i in range(0, 16, 4))


def secret_of(code: str) -> bytes:
    """The secret from what the expert typed; spaces, dashes, case and O/I/L slips forgiven."""
    text = "".join(ch for ch in code.upper() if ch not in " -\t")
    text = "".join(_READS_AS.get(ch, ch) for ch in text)
    if len(text) != 16 or any(ch not in _ALPHABET for ch in text):
        raise Refused("校验码应为16位字母或数字（如 ABCD-EFGH-JKMN-PQRS），请按纸条重新输入。")
    number = 0
    for ch in text:
        number = number << 5 | _ALPHABET.index(ch)
    return number.to_bytes(SECRET_BYTES, "big")


def key_check(secret: bytes, algorithm: str = ALGORITHM) -> str:
    """A short tag of the secret kept in the package, so a mistyped code is told apart from a
    changed package; at 80 bits the secret stays out of reach of guessing all the same."""
    return mac(secret, ["zqdesk-key-check"], algorithm)[:16]


def wrap(secret: bytes, context: list) -> str:
    """The secret as stored in a database: masked with the installation key, so a copy of the
    database alone (a backup on a stick) cannot be used to forge an expert's result file; with a
    tag, so a database moved to a computer with another key says so instead of failing every file."""
    key = installation_key()
    pad = hmac.new(key, canonical(["zqdesk-expert-secret", *context]), "sha256").digest()
    tag = hmac.new(key, canonical(["zqdesk-expert-secret-tag", *context, secret.hex()]), "sha256").hexdigest()
    return bytes(a ^ b for a, b in zip(secret, pad)).hex() + "." + tag[:16]


def unwrap(stored: str, context: list) -> bytes:
    """The secret `wrap` stored; ValueError if this computer's installation key is not the one
    that stored it."""
    masked = stored.partition(".")[0]
    pad = hmac.new(installation_key(), canonical(["zqdesk-expert-secret", *context]), "sha256").digest()
    secret = bytes(a ^ b for a, b in zip(bytes.fromhex(masked), pad))
    if not hmac.compare_digest(wrap(secret, context), stored):
        raise ValueError("installation key differs")
    return secret


def sign(document: dict, secret: bytes) -> bytes:
    """The document with its algorithm and MAC added, as the canonical bytes to write."""
    body = dict(document, algorithm=ALGORITHM)
    body.pop("mac", None)
    return canonical(dict(body, mac=mac(secret, body, ALGORITHM)))


def parse_signed(data: bytes, expected_format: str, what: str) -> dict:
    """The document in `data`, refused unless it is exactly the canonical JSON of a document of
    the expected format. The MAC is checked separately (`signed_by`), once the key is known."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(f"不是有效的{what}，或内容已被改动（无法解析）。") from None
    try:
        exact = canonical(document) == data
    except (TypeError, ValueError):
        exact = False
    if not exact:
        raise Refused(f"{what}的内容已被改动（与签名时的格式不一致）。")
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise Refused(f"不是zqdesk的{what}（格式标识不符），或由不兼容的版本生成。")
    return document


def usable_algorithm(document: dict, what: str) -> str:
    """The document's MAC algorithm, refused if unknown or missing from this machine's OpenSSL."""
    algorithm = document.get("algorithm")
    if algorithm not in DIGESTS:
        raise Refused(f"{what}的签名算法不明，可能已被改动或由不兼容的版本生成。")
    if DIGESTS[algorithm] not in hashlib.algorithms_available:
        raise Refused(f"本机的密码库不支持{algorithm}，无法校验该{what}。")
    return algorithm


def signed_by(document: dict, secret: bytes) -> bool:
    """Whether the document's MAC was made with this secret (over everything but the MAC)."""
    algorithm, claimed = document.get("algorithm"), document.get("mac")
    if algorithm not in DIGESTS or not isinstance(claimed, str):
        return False
    body = {k: v for k, v in document.items() if k != "mac"}
    try:
        expected = mac(secret, body, algorithm)
    except ValueError:
        raise Refused(f"本机的密码库不支持{algorithm}，无法校验该文件。") from None
    return hmac.compare_digest(expected, claimed)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_limited(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_DOCUMENT:
            raise Refused(f"“{path.name}”过大，不是有效的{what}。")
        return path.read_bytes()
    except OSError as error:
        raise Refused(f"无法读取“{path}”：{error.strerror or error}。") from None


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside the target, flushed to disk, then renamed over it:
    a stick pulled out mid-write leaves the old file or none, never half of one."""
    path = Path(path)
    if not path.parent.is_dir():
        raise Refused(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    fd, temporary = tempfile.mkstemp(prefix=".zqdesk-", dir=path.parent)
    os.close(fd)
    try:
        write(Path(temporary))
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise Refused(f"无法写入“{path}”：{error.strerror or error}。") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX: the folder's entry is data of the folder);
    Windows has no folder handles to flush, and NTFS journals the rename."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_package(path: Path, manifest: bytes, blobs: dict[str, bytes]) -> None:
    """The package zip: the signed manifest, and each attachment once under its SHA-256."""
    def write(target: Path) -> None:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest)
            for sha256, data in sorted(blobs.items()):
                archive.writestr(f"attachments/{sha256}", data)

    write_atomically(path, write)


@contextmanager
def opened_package(path: Path) -> Iterator[tuple[bytes, Callable[[str, int], bytes]]]:
    """The manifest bytes and a reader of the attachments it lists; the reader checks each
    attachment's size and hash, which the (signed) manifest holds."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except OSError as error:
        raise Refused(f"无法读取“{path}”：{error.strerror or error}。") from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise Refused(f"“{path.name}”不是有效的评分数据包，或已损坏、被改动。") from None

    def attachment(sha256: str, size: int) -> bytes:
        try:
            member = archive.getinfo(f"attachments/{sha256}")
            data = archive.read(member) if member.file_size == size else b""
        except _ZIP_ERRORS:
            data = b""
        if len(data) != size or digest(data) != sha256:
            raise Refused(f"评分数据包中的附件（{sha256[:12]}…）缺失或已被改动。")
        return data

    with archive:
        try:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_DOCUMENT:
                raise Refused("评分数据包的清单过大，不是有效的评分数据包。")
            manifest = archive.read(info)
        except _ZIP_ERRORS:
            raise Refused(f"“{path.name}”不是有效的评分数据包，或已损坏、被改动。") from None
        yield manifest, attachment
