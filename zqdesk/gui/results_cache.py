"""One computation of a meeting's results shared by the pages that show them.

At 2,000 projects × 15 experts `meeting_results` takes about half a second (in a worker);
the stage list, 项目, 汇总讨论, 年度计划 and 文书 all show it. The session counts its changes
(`Session.generation`); results computed at one generation serve every page until the next
change. Only staff pages use this: an expert's view asks the services directly, so their
permission check always runs.
"""

from __future__ import annotations

import threading

from zqdesk.services.results import MeetingResults, meeting_results

_lock = threading.Lock()
_cached: tuple[tuple[int, int, str], MeetingResults] | None = None


def results_for(meeting_id: int, generation: int, who: str = "") -> MeetingResults:
    """Worker: the meeting's results at this generation, computed at most once."""
    global _cached
    key = (meeting_id, generation, who)
    with _lock:  # a second page asking meanwhile waits for the first computation
        if _cached is not None and _cached[0] == key:
            return _cached[1]
        results = meeting_results(meeting_id)
        _cached = (key, results)
        return results


def forget() -> None:
    global _cached
    with _lock:
        _cached = None
