"""The scoring package and the code on the expert's slip: what the laptop accepts and what it
refuses before anything is created (SPEC §8.3)."""

import json
import zipfile

import pytest

from tests.packages.conftest import SCORES, issue, on_laptop, score_by_hand, scored_file
from zqdesk.services import expertmode, offline, packages, panel
from zqdesk.services.errors import Refused
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.models import AuditEntry, ExpertPackage


def test_the_code_is_sixteen_unambiguous_symbols_and_forgives_typing_slips():
    secret = bytes.fromhex("00443214c74254b635cf")
    code = offline.code_of(secret)
    assert code == "0123-4567-89AB-CDEF"
    assert offline.secret_of(code) == secret
    # Lower case, spaces, and O / I / L read as 0 / 1 / 1.
    assert offline.secret_of(" o123 4567-89ab-cdef ") == secret
    assert offline.secret_of("0I23-4567-89AB-CDEF") == offline.secret_of("0L23456789ABCDEF") == secret
    for _ in range(200):
        random = offline.new_secret()
        code = offline.code_of(random)
        assert len(code) == 19 and not set(code) & set("ILOU") and offline.secret_of(code) == random
    for bad in ("0123-4567-89AB-CDE", "0123-4567-89AB-CDEFG", "0123-4567-89AB-CDEU", "0123-4567-89AB-CDE*"):
        with pytest.raises(Refused, match="16位"):
            offline.secret_of(bad)


def test_a_wrong_code_or_an_altered_package_creates_nothing(clerk):
    package, code = issue(clerk, "甲")
    local = clerk.folder / "laptop.sqlite3"
    wrong = offline.code_of(offline.new_secret())
    with pytest.raises(Refused, match="校验码不正确"):
        expertmode.open_package(package, wrong, local)
    assert not local.exists()

    with zipfile.ZipFile(package) as archive:
        manifest = archive.read("package.json")
        members = {name: archive.read(name) for name in archive.namelist()}

    def rebuilt(name, **replace):
        target = clerk.folder / name
        with zipfile.ZipFile(target, "w") as archive:
            for member, data in {**members, **replace}.items():
                archive.writestr(member, data)
        return target

    # The budget, a project's facts, anything in the manifest: one byte and it is refused.
    edited = manifest.replace("项目001".encode(), "项目00X".encode())
    with pytest.raises(Refused, match="评分数据包已被改动"):
        expertmode.open_package(rebuilt("edited.zqpkg", **{"package.json": edited}), code, local)
    (blob,) = [name for name in members if name.startswith("attachments/")]
    with pytest.raises(Refused, match="附件.*已被改动"):
        expertmode.open_package(rebuilt("blob.zqpkg", **{blob: members[blob][:-1] + b"X"}), code, local)
    # Bytes flipped in the zip itself (its checksums catch what the manifest's MAC would).
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x40
    (clerk.folder / "flipped.zqpkg").write_bytes(bytes(data))
    with pytest.raises(Refused, match="评分数据包"):
        expertmode.open_package(clerk.folder / "flipped.zqpkg", code, local)
    assert not local.exists()
    assert json.loads(manifest)["expert"]["name"] == "甲"


def test_a_laptop_database_is_never_overwritten(clerk):
    package, code = issue(clerk, "甲")
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-001": SCORES["甲"]["ZQ-2027-001"]}, submit=False)
    with pytest.raises(Refused, match="已存在"):
        expertmode.open_package(package, code, clerk.laptop)


def test_the_package_carries_nothing_of_the_other_experts(clerk):
    score_by_hand(clerk.meeting, clerk.ids["丙"], SCORES["丙"])  # 丙 scored at the desk already
    package, _ = issue(clerk, "甲")
    with zipfile.ZipFile(package) as archive:
        manifest = archive.read("package.json").decode()
    for foreign in ("乙", "丙", "安全方案需细化", "钦州市科学技术局", "budget", "ZQ-2027-005"):
        assert foreign not in manifest, foreign


def test_a_reexport_keeps_the_code_unless_a_new_one_is_asked_for(clerk):
    _, first = issue(clerk, "甲")
    _, again = issue(clerk, "甲")
    assert again == first == packages.package_code(clerk.meeting, clerk.ids["甲"])
    _, renewed = issue(clerk, "甲", new_secret=True)
    assert renewed != first and packages.package_code(clerk.meeting, clerk.ids["甲"]) == renewed
    # Kept masked by the installation key, and never written to the log.
    stored = ExpertPackage.get().secret
    assert stored != offline.secret_of(renewed).hex()
    logged = " ".join(f"{e.old} {e.new}" for e in AuditEntry.select())
    assert offline.secret_of(renewed).hex() not in logged and renewed not in logged
    assert [(p.name, p.merged_revision) for p in packages.issued_packages(clerk.meeting)] == [("甲", 0)]


def test_an_expert_with_nothing_to_score_gets_no_package(clerk):
    # 乙 is recused from 002 (own unit) and 005 is record only; the rest declared here.
    for code in ("ZQ-2027-001", "ZQ-2027-003", "ZQ-2027-004"):
        panel.declare_recusal(clerk.meeting, clerk.ids["乙"], code, "参与过方案论证")
    with pytest.raises(Refused, match="没有需要评分的项目"):
        packages.export_package(clerk.meeting, clerk.ids["乙"], clerk.folder / "乙.zqpkg")
    assert not (clerk.folder / "乙.zqpkg").exists()


def test_a_database_moved_to_a_computer_with_another_key_says_so(clerk, monkeypatch):
    path = scored_file(clerk, "甲")
    _, code = issue(clerk, "甲")
    monkeypatch.setattr(offline, "installation_key", lambda: b"\x01" * 32)
    (outcome,) = packages.import_results(clerk.meeting, [path])
    assert outcome.status == "refused" and "安装密钥" in outcome.reason and "换发校验码" in outcome.reason
    close_database()
    open_database(clerk.laptop)
    with pytest.raises(Refused, match="请输入纸条上的校验码"):
        expertmode.export_result(clerk.folder / "甲-moved.zqres")
    with pytest.raises(Refused, match="校验码与评分数据包不符"):
        expertmode.export_result(clerk.folder / "甲-moved.zqres", code=offline.code_of(offline.new_secret()))
    assert expertmode.export_result(clerk.folder / "甲-moved.zqres", code=code).revision == 2
