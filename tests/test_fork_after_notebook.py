"""The English build is a forked process (gradbook/hooks/other_language.py). Under `mkdocs serve`
the parent has run notebooks by then, and jupyter_core's background event loop, which nbclient
starts kernels through, was inherited pointing at a thread the child does not have: the child's
first notebook waited forever, and the server with it (found by gradbook/serve_latency.py, on
the second edit of a snippet). These run jupyter_core's loop in a parent and again in a fork."""

from __future__ import annotations

import asyncio
import multiprocessing

from jupyter_core.utils import run_sync

from gradbook.hooks.other_language import forget_parent_threads

SECONDS = 20  # the child's work takes milliseconds; a hang is a hang


async def _answer() -> int:
    return 42


def _through_jupyter_cores_loop() -> int:
    """What nbclient does: a synchronous call, made while this thread's event loop runs."""

    async def caller() -> int:
        return run_sync(_answer)()

    return asyncio.run(caller())


def _child(forget: bool, pipe) -> None:
    if forget:
        forget_parent_threads()
    pipe.send(_through_jupyter_cores_loop())


def _in_a_fork(forget: bool) -> int | None:
    """What the child answers, or None when it is still waiting after SECONDS."""
    assert _through_jupyter_cores_loop() == 42  # the parent has run its loop, as after a notebook
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(forget, send), daemon=True)
    process.start()
    try:
        return receive.recv() if receive.poll(SECONDS if forget else 3) else None
    finally:
        process.terminate()
        process.join()


def test_a_fork_of_a_parent_that_ran_a_notebook_runs_one_too():
    assert _in_a_fork(forget=True) == 42


def test_without_forgetting_the_parents_threads_the_fork_hangs():
    """What the fix is for: were this to pass without it, the test above would prove nothing."""
    assert _in_a_fork(forget=False) is None
