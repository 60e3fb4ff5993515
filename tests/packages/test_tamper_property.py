"""Property: whatever single byte of a result file is changed, and however, the clerk refuses
the file and the database does not change (SPEC §8.3)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.packages.conftest import dump, scored_file
from zqdesk.services import packages


def test_flipping_any_single_byte_of_a_result_file_is_refused(clerk):
    genuine = scored_file(clerk, "丙")
    data = genuine.read_bytes()
    target = clerk.folder / "tampered.zqres"
    before = dump()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(position=st.integers(0, len(data) - 1), mask=st.integers(1, 255))
    def flipped_byte_is_refused(position, mask):
        tampered = bytearray(data)
        tampered[position] ^= mask
        target.write_bytes(bytes(tampered))
        (outcome,) = packages.import_results(clerk.meeting, [target])
        assert outcome.status == "refused", (position, mask, outcome)
        assert outcome.reason
        assert dump() == before

    flipped_byte_is_refused()
    # The untouched file still goes in.
    assert packages.import_results(clerk.meeting, [genuine])[0].status == "merged"


def test_every_byte_position_with_a_low_bit_or_case_flip_is_refused(clerk):
    """The same, exhaustively over positions for the two subtlest flips: a digit or hex letter
    off by one bit, and a letter's case."""
    genuine = scored_file(clerk, "乙")
    data = genuine.read_bytes()
    target = clerk.folder / "tampered.zqres"
    before = dump()
    for position in range(len(data)):
        for mask in (0x01, 0x20):
            tampered = bytearray(data)
            tampered[position] ^= mask
            target.write_bytes(bytes(tampered))
            (outcome,) = packages.import_results(clerk.meeting, [target])
            assert outcome.status == "refused", (position, mask, outcome)
    assert dump() == before
