"""Build the English site into en/ alongside the Chinese one, in `mkdocs build` and `mkdocs serve`.

Each language is its own MkDocs build (mkdocs.yml for Chinese, mkdocs.en.yml for English), so
each has its own theme language, its own search index and its own notebooks. This hook makes one
command build both, with the same strictness, into one site: Chinese at the root, English under
en/. `mkdocs serve` watches docs/en too (see `watch:` in mkdocs.yml), so an edit to an English
page rebuilds it live. mkdocs.en.yml leaves `extra.other_language_config` empty, which stops
the recursion.

The two builds share nothing but the caches in .cache/ (written atomically, gradbook/cache.py),
so the English one runs in a forked process while the Chinese one runs here: a rebuild takes
the time of one language, not two. It builds into a folder of its own, outside site_dir (which
the Chinese build empties as it starts), and is moved into place once both are done. A failure
of the English build, a warning under --strict included, fails the whole build with its reason.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from mkdocs.exceptions import PluginError

_running: dict[str, object] = {}  # the English build under way: process, pipe, folder


def forget_parent_threads() -> None:
    """In a forked process: drop what stands for threads of the parent, which the fork left behind.

    A forked process has only the thread that forked. jupyter_core keeps, per thread name, an
    event loop running on a background thread of its own, which nbclient starts kernels through;
    inherited from a parent that had run a notebook, it names a thread the child does not have,
    and the child's first notebook waited for it forever. Under `mkdocs serve` that was the
    second edit of a snippet: the Chinese build (the parent) had run a notebook on the first."""
    utils = sys.modules.get("jupyter_core.utils")
    if utils is not None:
        utils._runner_map.clear()


def _build(config_file: str, overrides: dict, pipe) -> None:
    """In the forked process: build, then send None, or the reason it failed."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    forget_parent_threads()
    try:
        build(load_config(config_file, **overrides))
    except BaseException as error:  # mkdocs' Abort is a SystemExit; every failure goes back
        reason = str(error) if isinstance(error, SystemExit) else traceback.format_exc()
        pipe.send(reason or type(error).__name__)
    else:
        pipe.send(None)
    finally:
        pipe.close()


def on_pre_build(config, **kwargs):
    other = config.extra.get("other_language_config")
    if not other:
        return
    _stop()
    prefix = config.extra["other_language_prefix"]
    folder = Path(tempfile.mkdtemp(prefix=f"gradbook-{prefix}-"))
    # mkdtemp makes a folder only its owner may enter (0700); moved into the site, it would keep
    # that mode and a web server's worker (www-data) would refuse every English page. Give it the
    # mode any folder made here gets, as the Chinese build's folders have.
    folder.chmod(0o777 & ~_umask())
    overrides = {"site_dir": str(folder), "strict": config.strict}
    if config.site_url:
        overrides["site_url"] = config.site_url.rstrip("/") + f"/{prefix}/"
    config_file = str(Path(config.config_file_path).parent / other)
    # fork: the child starts with everything this process has imported, so it starts at once.
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_build, args=(config_file, overrides, send), name=f"mkdocs build {other}", daemon=True
    )
    process.start()
    send.close()
    _running.update(process=process, pipe=receive, folder=folder, other=other)


def on_post_build(config, **kwargs):
    if not _running:
        return
    process, pipe, folder, other = (_running[key] for key in ("process", "pipe", "folder", "other"))
    try:
        reason = pipe.recv()
    except EOFError:
        reason = "its process ended without a word"
    process.join()
    _running.clear()
    if reason is not None:
        shutil.rmtree(folder, ignore_errors=True)
        raise PluginError(f"the build of {other} failed: {reason}")
    target = Path(config.site_dir) / config.extra["other_language_prefix"]
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(folder), str(target))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _stop() -> None:
    """End an English build whose Chinese build failed, so that it writes nothing more."""
    if not _running:
        return
    process = _running["process"]
    if process.is_alive():
        process.terminate()
    process.join()
    shutil.rmtree(_running["folder"], ignore_errors=True)
    _running.clear()


def on_build_error(error, **kwargs):
    _stop()


def on_shutdown(**kwargs):
    _stop()
