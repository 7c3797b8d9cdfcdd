"""The native work runs with the GIL released: while one thread is inside a call, another
runs Python. (Throughput over threads is measured in tests/bench/py_threads.py.)"""

from __future__ import annotations

import threading
import time

from conftest import read
from regionrad import _native


def test_another_thread_runs_python_while_minutes_are_read() -> None:
    # Some 2 MB of minutes: a call of a good part of a second, long enough that a thread
    # woken every half millisecond runs many times inside it, unless the call holds the GIL.
    text = read("minutes/rr-2022-06-10-prose.txt") * 1500
    ticks: list[float] = []
    stop = threading.Event()

    def heartbeat() -> None:
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    beating = threading.Thread(target=heartbeat)
    beating.start()
    try:
        time.sleep(0.01)
        start = time.perf_counter()
        _native.read_minutes(text, None, "nb")
        end = time.perf_counter()
    finally:
        stop.set()
        beating.join()
    inside = [t for t in ticks if start < t < end]
    # Holding the GIL, no Python runs in another thread for the whole call: none inside.
    assert len(inside) >= 3, f"{len(inside)} heartbeats in a call of {end - start:.3f} s"
