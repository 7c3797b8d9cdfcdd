"""Throughput of the Python package over threads: calls per second by 1, 2 and 8 threads,
with the GIL released during the native work. On a machine of N cores a call that is all
native work should grow to about N times one thread's, and no further; what a call spends
making Python objects of its answer (the GIL held) does not grow."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Callable

from regionrad import _native

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
MINUTES = (FIXTURES / "minutes" / "rr-2022-06-10-prose.txt").read_text(encoding="utf-8") * 300
# A meeting of 60 items as JSON text: decoded and written as minutes, the answer one string.
_meeting = json.loads((FIXTURES / "meetings" / "2021-11-05-kdu.json").read_text(encoding="utf-8"))
_meeting["agenda"] = (_meeting["agenda"] * 60)[:60]
MEETING = json.dumps(_meeting)
CALLS = 48


def rate(call: Callable[[], object], threads: int, calls: int) -> float:
    """Calls per second with `threads` threads sharing `calls` calls."""
    per_thread = calls // threads

    def work() -> None:
        for _ in range(per_thread):
            call()

    pool = [threading.Thread(target=work) for _ in range(threads)]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return per_thread * threads / (time.perf_counter() - start)


def main() -> None:
    cases = [
        (f"write_minutes, a 60-item meeting as JSON text ({len(MEETING) / 1e3:.0f} KB)",
         lambda: _native.write_minutes(MEETING, None, "nb"), 400),
        (f"read_minutes, {len(MINUTES) / 1e6:.2f} MB of minutes (the reading as Python objects)",
         lambda: _native.read_minutes(MINUTES, None, "nb"), CALLS),
    ]
    for label, call, calls in cases:
        rate(call, 2, calls // 4)  # warm up
        one = rate(call, 1, calls)
        print(label)
        for threads in (1, 2, 8):
            r = one if threads == 1 else rate(call, threads, calls)
            print(f"  {threads} thread(s): {r:7.1f} calls/s, {r / one:4.2f}× one thread")


if __name__ == "__main__":
    main()
