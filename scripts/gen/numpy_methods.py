#!/usr/bin/env python3
"""Writes tests/data/numpy_methods.txt: the public methods of NumPy's `numpy.random.Generator`
(`bit_generator` and `spawn` aside: they are not draws), which tests/generated.rs requires in
src/methods.toml and tests/python/test_table.py compares with the installed NumPy.

    python3 scripts/gen/numpy_methods.py
"""

import os

import numpy as np

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PATH = os.path.join(ROOT, "tests", "data", "numpy_methods.txt")
NOT_DRAWS = {"bit_generator", "spawn"}


def methods():
    return sorted(m for m in dir(np.random.Generator) if not m.startswith("_") and m not in NOT_DRAWS)


def text():
    return (f"# The methods of numpy.random.Generator (NumPy {np.__version__}) but bit_generator and "
            "spawn.\n# Written by `python3 scripts/gen/numpy_methods.py`: do not edit.\n"
            + "".join(m + "\n" for m in methods()))


if __name__ == "__main__":
    with open(PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(text())
    print(f"{PATH}: {len(methods())} methods")
