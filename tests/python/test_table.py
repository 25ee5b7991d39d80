"""src/methods.toml names every method of NumPy's Generator: the committed list
tests/data/numpy_methods.txt (which tests/generated.rs checks against the table) is the installed
NumPy's, every method has a row, and every Python name of the table is a method here."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
sys.path.insert(0, str(ROOT / "scripts" / "gen"))
import method_table  # noqa: E402
import numpy_methods  # noqa: E402
import randstreams as rs  # noqa: E402


def table_names():
    """numpy -> python names of every row, generated or hand-written."""
    names = {}
    for v in method_table.load():
        names.setdefault(v.numpy, set()).add(v.numpy)
    for m in method_table.load_manual():
        names.setdefault(m.numpy, set()).add(m.python)
    return names


def test_committed_list_is_numpys():
    committed = (ROOT / "tests" / "data" / "numpy_methods.txt").read_text(encoding="utf-8")
    assert committed == numpy_methods.text(), "run python3 scripts/gen/numpy_methods.py"


def test_every_numpy_method_has_a_row():
    missing = sorted(set(numpy_methods.methods()) - set(table_names()))
    assert not missing, f"methods of numpy.random.Generator without a row in src/methods.toml: {missing}"


def test_every_python_name_is_a_method():
    absent = sorted(n for names in table_names().values() for n in names
                    if not callable(getattr(rs.BitGenerator, n, None)))
    assert not absent, f"src/methods.toml names Python methods randstreams lacks: {absent}"
