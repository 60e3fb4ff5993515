"""Qt plumbing tested as units, not as a person uses the window: table models without widgets
(STYLE.md, after Vorta's model tests) and the background-task API. The person-driven GUI tests
are in tests/gui/ (and tests/test_gui_tests_act_as_a_person.py keeps them that way)."""

from tests.gui.conftest import _modal_watch, _no_dangling_tasks, qapp, wait_tasks  # noqa: F401
