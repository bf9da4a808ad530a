"""Every chapter as a Jupyter notebook, made from the chapter itself.

The notebook of `docs/<lang>/<chapter>.md` is that page turned into cells: its prose (in the
page's language) becomes Markdown cells, each included snippet becomes a code cell with the
snippet's code, and the outputs shown on the page are left out, because the notebook is executed
and shows its own. Nothing is written twice: change a snippet or a sentence and the notebook
follows.

The code cells of a chapter are the same in both languages, so they are executed once per
chapter, in a fresh kernel, and the outputs are cached by the code's content: a rebuild with no
change to a snippet starts no kernel.

A snippet that other snippets of the chapter import (`from engine import Value`) becomes a
`%%writefile` cell, so the downloaded notebook runs on its own, top to bottom.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from . import CACHE as CACHE_ROOT
from . import DOCS
from .cache import write_atomically
from .page_model import read, read_page, without_annotation_markers
from .snippets import Include, shown_text

CACHE = CACHE_ROOT / "notebooks"
HEADING_ATTRIBUTES = re.compile(r"^(#{1,6} .*?)[ \t]*\{[^}\n]*\}[ \t]*$")
PAGE_LINK = re.compile(r"\]\((?P<page>[\w-]+)\.md(?P<anchor>#[\w-]+)?\)")
MODULE_IMPORT = "(?m)^\\s*(?:from|import)\\s+{name}\\b"


class NotebookError(Exception):
    """A chapter whose notebook cannot be made or does not run, worded for its author."""


@dataclass
class CodeCell:
    includes: list[Include]
    source: str
    module: str | None = None  # written to <module>.py by %%writefile instead of run


def chapters() -> list[str]:
    """The pages that run code: each gets a notebook."""
    return sorted(
        page.stem
        for page in (DOCS / "zh").glob("*.md")
        if any(".py" in target for fence in read(page).fences for target in fence.include_targets)
    )


def _code_of(includes: list[Include]) -> str:
    return without_annotation_markers("".join(shown_text(include) for include in includes))


def page_cells(page: Path) -> list[str | CodeCell]:
    """The page as a list of Markdown texts and code cells, in order."""
    # A notebook is what a reader sees: the hidden checks and other comments are not in it.
    shown = read_page(read(page).without_comments())
    lines = shown.lines
    fences = {fence.line: fence for fence in shown.fences}
    blocks = {block.line: block for block in shown.containers}
    cells: list[str | CodeCell] = []
    markdown: list[str] = []
    containers: list[int] = []  # indents of the admonitions and tabs we are inside
    index = 0

    def flush() -> None:
        text = "\n".join(markdown).strip("\n")
        if text.strip():
            cells.append(text)
        markdown.clear()

    def dedent(line: str) -> str:
        for _ in containers:
            line = line[4:] if line.startswith("    ") else line.lstrip("\t")
        return line

    while index < len(lines):
        line = lines[index]
        indent = len(line) - len(line.lstrip())
        if line.strip():
            while containers and indent <= containers[-1]:
                containers.pop()
        fence = fences.get(index + 1)
        container = blocks.get(index + 1)
        if fence:
            includes = fence.includes
            if fence.language in ("py", "python") and includes:
                flush()
                cells.append(CodeCell(includes, _code_of(includes)))
            elif fence.language in ("text", "figure"):
                pass  # outputs come from the run; figures are on the page
            else:
                markdown.extend(dedent(line) for line in lines[index : fence.end_line])
            index = fence.end_line
            continue
        if container:
            title = container.title or container.kind.capitalize()
            markdown.append(dedent(f"{container.indent}**{title}**") if title else "")
            markdown.append("")
            containers.append(indent)
        else:
            line = HEADING_ATTRIBUTES.sub(r"\1", dedent(line))
            markdown.append(PAGE_LINK.sub(lambda m: f"](../../{m['page']}/{m['anchor'] or ''})", line))
        index += 1
    flush()
    _mark_modules(cells)
    return cells


def _mark_modules(cells: list[str | CodeCell]) -> None:
    """Snippets imported by other cells are written to files, so `import` finds them."""
    code_cells = [cell for cell in cells if isinstance(cell, CodeCell)]
    for cell in code_cells:
        paths = {include.path for include in cell.includes}
        if len(paths) != 1:
            continue
        name = Path(next(iter(paths))).stem
        if any(re.search(MODULE_IMPORT.format(name=name), other.source) for other in code_cells if other is not cell):
            cell.module = name
    written: set[str] = set()
    for cell in code_cells:
        if cell.module:
            flag = " -a" if cell.module in written else ""
            written.add(cell.module)
            cell.source = f"%%writefile{flag} {cell.module}.py\n{cell.source}"


def _fingerprint(code: list[str]) -> str:
    return hashlib.sha256(json.dumps(code).encode()).hexdigest()[:20]


def execute(chapter: str, code: list[str]) -> list[list[dict]]:
    """The outputs of each code cell, run in order in a fresh kernel; cached by the code."""
    cached = CACHE / f"{chapter}-{_fingerprint(code)}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert.preprocessors.coalescestreams import CoalesceStreamsPreprocessor

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in code])
    with tempfile.TemporaryDirectory() as workdir:
        kernel = KernelManager(kernel_name="python3")
        client = NotebookClient(notebook, km=kernel, timeout=600, resources={"metadata": {"path": workdir}})
        try:
            # The kernel's own log (a warning that it talks TCP on 127.0.0.1) is noise in the
            # build's log; errors in cells come back through the client and stop the build.
            client.execute(stderr=subprocess.DEVNULL)
        except CellExecutionError as error:
            raise NotebookError(f"the notebook of {chapter} fails when run top to bottom:\n{error}") from None
    # The kernel flushes stdout in pieces whose boundaries vary from run to run: merged, the same
    # code gives the same outputs, hence the same notebook file (and mkdocs-jupyter's cache hit).
    notebook, _ = CoalesceStreamsPreprocessor().preprocess(notebook, {})
    outputs = [[dict(output) for output in cell.outputs] for cell in notebook.cells]
    for cell_outputs in outputs:
        for output in cell_outputs:
            output.pop("execution_count", None)
    write_atomically(cached, json.dumps(outputs))
    return outputs


def notebook(chapter: str, lang: str) -> nbformat.NotebookNode:
    cells = page_cells(DOCS / lang / f"{chapter}.md")
    code = [cell.source for cell in cells if isinstance(cell, CodeCell)]
    outputs = iter(execute(chapter, code))
    nb_cells = []
    for cell in cells:
        if isinstance(cell, str):
            nb_cells.append(nbformat.v4.new_markdown_cell(cell))
        else:
            nb_cells.append(
                nbformat.v4.new_code_cell(
                    cell.source,
                    outputs=[nbformat.from_dict(output) for output in next(outputs)],
                    metadata={
                        "gradbook": {"includes": [include.target for include in cell.includes], "module": cell.module}
                    },
                )
            )
    execution = 0
    for cell in nb_cells:
        if cell.cell_type == "code":
            execution += 1
            cell.execution_count = execution
            for output in cell.outputs:
                if output.output_type == "execute_result":
                    output.execution_count = execution
    nb = nbformat.v4.new_notebook(cells=nb_cells)
    nb.metadata.update(
        {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        }
    )
    for index, cell in enumerate(nb.cells):
        cell.id = f"{chapter}-{index}"  # stable ids: the same chapter gives the same file
    return nb


def stdout_of(cell) -> str:
    return "".join(
        output.get("text", "")
        for output in cell.outputs
        if output.get("output_type") == "stream" and output.get("name") == "stdout"
    )


def write_notebook(chapter: str, lang: str) -> tuple[Path, str]:
    """Write the notebook as `<folder>/notebooks/<chapter>.ipynb`; return (folder, its path in it).

    The folder is named after the content, so the file keeps its chapter's name for download
    and an unchanged notebook is the same file, which mkdocs-jupyter's cache recognises.
    """
    text = nbformat.writes(notebook(chapter, lang))
    folder = CACHE / lang / hashlib.sha256(text.encode()).hexdigest()[:20]
    src_uri = f"notebooks/{chapter}.ipynb"
    path = folder / src_uri
    if not path.exists():
        write_atomically(path, text)
    return folder, src_uri
