"""The release tools themselves: SM3 against GB/T 32905-2016's examples, the sums files, and
the ELF symbol-version reader behind the glibc check. Quick; no bundle needed."""

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import check_glibc  # noqa: E402
import elfinfo  # noqa: E402
import sums  # noqa: E402


def test_pure_sm3_matches_the_standard():
    assert sums.PureSM3(b"abc").hexdigest() == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    assert sums.PureSM3(b"abcd" * 16).hexdigest() == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"


def test_pure_sm3_agrees_with_openssl_across_chunks():
    if "sm3" not in hashlib.algorithms_available:
        pytest.skip("this OpenSSL has no SM3")
    data = bytes(range(256)) * 411 + b"tail"
    pure = sums.PureSM3()
    for i in range(0, len(data), 1000):
        pure.update(data[i:i + 1000])
    assert pure.hexdigest() == hashlib.new("sm3", data).hexdigest()


def test_sums_write_then_check(tmp_path, capsys):
    (tmp_path / "a.deb").write_bytes(b"x" * 5000)
    (tmp_path / "说明.md").write_text("安装", encoding="utf-8")
    assert sums.main(["write", str(tmp_path)]) == 0
    assert "a.deb" in (tmp_path / "SHA256SUMS").read_text(encoding="utf-8")
    assert sums.main(["check", str(tmp_path)]) == 0
    (tmp_path / "a.deb").write_bytes(b"y" * 5000)
    assert sums.main(["check", str(tmp_path)]) == 1
    assert "a.deb" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF")
def test_glibc_check_reads_symbol_versions(tmp_path):
    info = elfinfo.read(Path(shutil.which("true")).resolve())
    assert "libc.so.6" in info.needed
    assert any(name.startswith("GLIBC_2.") for name in info.versions["libc.so.6"])
    folder = tmp_path / "bundle"
    folder.mkdir()
    shutil.copy(Path(shutil.which("true")).resolve(), folder / "true")
    assert check_glibc.main([str(folder), "--max", "2.0"]) == 1
    assert check_glibc.main([str(folder), "--max", "9.99"]) == 0
