"""tasks.run: work off the UI thread, results and errors on the main thread, cancel."""

import threading

from zqdesk.gui import tasks


def test_result_arrives_on_the_main_thread(qtbot):
    main = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    tasks.run(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != main
    assert seen["callback"] == main


def test_error_and_progress_are_delivered(qtbot):
    events = []

    def work(progress):
        progress(1, 2, "half")
        raise ValueError("boom")

    tasks.run(work, lambda _: events.append("done"), lambda e: events.append(str(e)),
              lambda d, t, text: events.append((d, t, text)))
    qtbot.waitUntil(lambda: "boom" in events)
    assert events == [(1, 2, "half"), "boom"]


def test_cancelled_task_calls_nothing(qtbot):
    gate = threading.Event()
    events = []

    def work(progress):
        gate.wait(5)
        progress(1, 1)  # raises Cancelled once cancelled
        return "late"

    task = tasks.run(work, events.append, events.append)
    task.cancel()
    gate.set()
    assert tasks.wait_all(5000)
    qtbot.wait(50)
    assert events == []
