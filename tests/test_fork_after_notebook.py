"""The English build is a forked process (gradbook/hooks/other_language.py). Under `mkdocs serve`
the parent has run notebooks by then, and jupyter_core's background event loop, which nbclient
starts kernels through, was inherited pointing at a thread the child does not have: the child's
first notebook waited forever, and the server with it (found by gradbook/serve_latency.py, on
the second edit of a snippet). These run jupyter_core's loop in a parent and again in a fork.

Each scenario runs in a fresh Python: in the suite's own process an event loop may already be
running (Playwright's), and asyncio.run() refuses to start inside one."""

from __future__ import annotations

import subprocess
import sys

SECONDS = 20  # the child's work takes milliseconds; a hang is a hang

SCENARIO = """
import asyncio, multiprocessing, sys
from jupyter_core.utils import run_sync
from gradbook.hooks.other_language import forget_parent_threads

async def answer():
    return 42

def through_jupyter_cores_loop():
    # What nbclient does: a synchronous call, made while this thread's event loop runs.
    async def caller():
        return run_sync(answer)()
    return asyncio.run(caller())

def child(forget, pipe):
    if forget:
        forget_parent_threads()
    pipe.send(through_jupyter_cores_loop())

if __name__ == "__main__":
    forget, wait = sys.argv[1] == "forget", float(sys.argv[2])
    assert through_jupyter_cores_loop() == 42  # the parent has run its loop, as after a notebook
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(forget, send), daemon=True)
    process.start()
    print(receive.recv() if receive.poll(wait) else "still waiting")
    process.terminate()
    process.join()
"""


def in_a_fork(forget: bool) -> str:
    """What the fork answers ("42"), or "still waiting"."""
    wait = SECONDS if forget else 3
    result = subprocess.run(
        [sys.executable, "-c", SCENARIO, "forget" if forget else "keep", str(wait)],
        capture_output=True,
        text=True,
        timeout=SECONDS + 30,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_fork_of_a_parent_that_ran_a_notebook_runs_one_too():
    assert in_a_fork(forget=True) == "42"


def test_without_forgetting_the_parents_threads_the_fork_hangs():
    """What the fix is for: were this to pass without it, the test above would prove nothing."""
    assert in_a_fork(forget=False) == "still waiting"
