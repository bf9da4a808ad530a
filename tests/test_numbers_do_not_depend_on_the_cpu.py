"""A learner who copies an example must get the page's numbers on their own CPU, not only on ours.

The libraries that do the arithmetic pick their kernels for the CPU they run on (PyTorch's own
vectorised kernels and MKL, NumPy's loops and OpenBLAS), and a kernel with wider vectors adds in
another order, which can change the last bits of a float. On an AVX-512 machine the pages once
printed other digits than on the AVX2 machine their outputs were written on (a gradient gap of
1.1e-16 against 5.6e-17, `equal = False` against `True`). So every page's examples run a second
time here, with each library held to its generic kernels: an output that depends on the CPU
fails on one of the two runs, on whatever machine the suite runs. (ARM's kernels are not
covered: the suite runs on x86-64.)
"""

from __future__ import annotations

import os
import subprocess
import sys

from gradbook import ROOT


def generic_kernels() -> dict[str, str]:
    """The environment that holds each arithmetic library to its generic kernels."""
    from numpy._core._multiarray_umath import __cpu_dispatch__

    return {
        "ATEN_CPU_CAPABILITY": "default",  # PyTorch's own kernels: no AVX2 or AVX-512 versions
        "MKL_CBWR": "AVX",  # MKL (PyTorch's BLAS): the AVX code path, whatever the CPU has
        "OPENBLAS_CORETYPE": "Sandybridge",  # OpenBLAS (NumPy's BLAS): its AVX kernels
        "NPY_DISABLE_CPU_FEATURES": ",".join(__cpu_dispatch__),  # NumPy: only its baseline loops
    }


def test_generic_kernels_name_every_dispatched_numpy_feature():
    features = generic_kernels()["NPY_DISABLE_CPU_FEATURES"].split(",")
    assert features and all(features), "NumPy reports no dispatched CPU features to turn off"
    check = subprocess.run(
        [sys.executable, "-c", "import numpy, torch; print(torch.backends.cpu.get_cpu_capability())"],
        env={**os.environ, **generic_kernels()},
        capture_output=True,
        text=True,
    )
    # A misspelt NumPy feature stops the import; a misspelt capability would leave PyTorch's
    # kernels as they were, unnoticed, but for this check.
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "DEFAULT"


def test_every_page_prints_the_same_on_generic_kernels(tmp_path):
    # Its own cache: a figure drawn from this run must not be the one the site then serves.
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs"],
        cwd=ROOT,
        env={**os.environ, **generic_kernels(), "GRADBOOK_CACHE": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, (
        "with the arithmetic libraries on their generic kernels, the pages' examples print other "
        "numbers than on this CPU: print what every CPU computes alike (a rounded figure, a "
        "comparison with a tolerance), not the last bits.\n" + run.stdout[-20000:] + run.stderr[-5000:]
    )
