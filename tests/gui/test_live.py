"""Another terminal's write reaches the open window without restarting (issue #8)."""

from zqdesk.gui.session import SCORES


def test_a_write_from_elsewhere_makes_the_pages_reload(demo_window, qtbot, wait_tasks):
    from zqdesk.services import scoring
    from zqdesk.services.access import SYSTEM, acting_as

    live = demo_window.live
    live.poll()
    wait_tasks()
    changes = []
    demo_window.session.changed.connect(changes.append)
    live.poll()  # nothing written since: no reload
    wait_tasks()
    assert changes == []
    # "Another terminal": a deviation explanation saved straight through the services.
    with acting_as(SYSTEM):
        scoring.save_review(1, 6, "ZQ-2027-016", deviation_note="另一终端写入的偏离说明")
    live.poll()
    wait_tasks()
    assert changes == [SCORES]
