"""Reads src/methods.toml, the one description of the distribution methods, into one `Variant`
per C function pair (`rng_<cname>` and `rng_next_<cname>`), and its hand-written methods into
`Manual` rows (`load_manual`). Used by scripts/gen/methods.py (the
bindings and test tables), scripts/gen/vectors.py (NumPy's golden and live vectors) and the
Python tests. The file's own header explains each field."""

import math
import os
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    try:
        import tomli as tomllib
    except ImportError:
        sys.exit("reading src/methods.toml needs Python 3.11+ (tomllib) or the tomli package")

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TABLE = os.path.join(ROOT, "src", "methods.toml")

INT_BITS = {"i64": 64, "i32": 32, "i16": 16, "i8": 8, "u64": 64, "u32": 32, "u16": 16, "u8": 8}
TYPES = ("f64", "f32", *INT_BITS, "bool")
# NumPy's dtype of each element type, as NumPy prints it.
NUMPY_DTYPE = {"f64": "float64", "f32": "float32", "i64": "int64", "i32": "int32",
               "i16": "int16", "i8": "int8", "u64": "uint64", "u32": "uint32", "u16": "uint16",
               "u8": "uint8", "bool": "bool"}

METHOD_KEYS = {"name", "numpy", "params", "out", "variant", "doc", "rejected", "brief", "single",
               "inplace", "input", "packed", "python", "numpy_call", "numpy_kwargs", "rust",
               "draw", "choices", "samples", "bad", "ok", "accepted", "arrays"}
VARIANT_KEYS = METHOD_KEYS - {"name", "numpy", "params", "variant", "rust", "draw",
                              "python", "numpy_call", "choices"} | {"suffix", "T"}
PARAM_KEYS = {"name", "type", "numpy", "default", "kwarg", "draw"}


def is_int(t):
    return t in INT_BITS


def is_float(t):
    return t in ("f64", "f32")


def type_range(t):
    bits = INT_BITS[t]
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if t[0] == "i" else (0, (1 << bits) - 1)


class Param:
    def __init__(self, name, type, numpy=None, default=None, kwarg=False, draw=None):
        self.name, self.type, self.numpy = name, type, numpy or name
        self.default, self.kwarg, self.draw = default, kwarg, draw

    @property
    def required(self):
        return self.default is None


class Case:
    """A parameter set of the tests (values resolved to Python numbers)."""

    def __init__(self, args, param=None, value=None, has_value=False, draws=None):
        self.args, self.param, self.value = args, param, value
        self.has_value, self.draws = has_value, draws


class Variant:
    """One C function pair: everything the emitters need, resolved."""

    def __init__(self, row, var, index):
        get = lambda k, d=None: var.get(k, row.get(k, d))
        self.method = row["name"]
        self.suffix = var.get("suffix", "")
        self.cname = self.method + self.suffix
        self.numpy = row.get("numpy", self.method)
        self.out = get("out")
        self.T = var.get("T", self.out)
        self.params = [Param(**{**p, "type": self.T if p["type"] == "T" else p["type"]})
                       for p in row.get("params", [])]
        self.doc = get("doc")
        self.rejected = get("rejected")
        self.brief = get("brief")
        self.single = get("single", True)
        self.inplace = get("inplace", False)
        self.input = get("input")
        self.packed = get("packed", False)
        self.python = row.get("python", "auto")
        self.numpy_kwargs = get("numpy_kwargs", "")
        self.numpy_call = row.get("numpy_call")
        self.rust_fill = row.get("rust", "fill_" + self.cname)
        self.rust_next = "next_" + self.cname
        self.draw = row.get("draw")
        self.choices = dict(row.get("choices", {}))
        self.arrays = get("arrays", True)
        self.fallible = bool(self.params)
        self.index = index
        self.samples = [self._args(a) for a in get("samples", [])]
        self.bad = [self._case(c, "bad") for c in get("bad", [])]
        self.ok = [self._case(c, "ok") for c in get("ok", [])]
        self.accepted = [self._case(c, "accepted") for c in get("accepted", [])]
        self._validate()

    @property
    def c_function(self):
        return "rng_" + self.cname

    @property
    def c_next(self):
        return "rng_next_" + self.cname

    @property
    def buffer(self):
        return "data" if self.inplace else "out"

    @property
    def next_form(self):
        """How `rng_next_<cname>` gives its value: `value` (returned), `status` (written to *out
        with a status returned) or None (no single-value form)."""
        if not self.single:
            return None
        return "status" if self.params else "value"

    def call_args(self, numpy_names=False, size=None, kwarg_value=None):
        """The arguments of NumPy's call as the docs write them: the positional parameters, then
        `size=<size>` (when given), the row's numpy_kwargs and the keyword parameters, each as
        `name=<kwarg_value>` (default: its C name)."""
        name = (lambda p: p.numpy) if numpy_names else (lambda p: p.name)
        pos = [name(p) for p in self.params if not p.kwarg]
        kw = (([f"size={size}"] if size else []) + ([self.numpy_kwargs] if self.numpy_kwargs else [])
              + [f"{name(p)}={kwarg_value or p.name}" for p in self.params if p.kwarg])
        return ", ".join(pos + kw)

    @property
    def chosen(self):
        """This variant's value of each of the row's `choices` (NumPy's default where its
        numpy_kwargs do not name it), in the order of `choices`."""
        given = {}
        for item in filter(None, (i.strip() for i in self.numpy_kwargs.split(","))):
            key, value = item.split("=", 1)
            given[key.strip()] = value.strip().strip("'\"")
        return tuple(given.get(k, d) for k, d in self.choices.items())

    @property
    def count(self):
        """The C name of the element count: `n`, or `count` when a parameter is called `n`."""
        return "count" if any(p.name == "n" for p in self.params) else "n"

    def param(self, name):
        return next(p for p in self.params if p.name == name)

    def _value(self, t, v):
        if is_float(t):
            if isinstance(v, str):
                raise ValueError(f"{self.cname}: float value {v!r}")
            return float(v)
        if t == "bool":
            if not isinstance(v, bool):
                raise ValueError(f"{self.cname}: bool value {v!r}")
            return v
        lo, hi = type_range(t)
        if v == "min":
            return lo
        if v == "max":
            return hi
        v = int(v)
        if not lo <= v <= hi:
            raise ValueError(f"{self.cname}: {v} does not fit {t}")
        return v

    def _args(self, args):
        if len(args) != len(self.params):
            raise ValueError(f"{self.cname}: {args} has {len(args)} values for "
                             f"{len(self.params)} parameters")
        return [self._value(p.type, a) for p, a in zip(self.params, args)]

    def _case(self, c, kind):
        allowed = {"bad": {"args", "param"}, "ok": {"args", "param"},
                   "accepted": {"args", "value", "draws"}}[kind]
        if set(c) - allowed or "args" not in c:
            raise ValueError(f"{self.cname}: {kind} entry {c}")
        case = Case(self._args(c["args"]), c.get("param"), draws=c.get("draws"))
        if kind != "accepted" and case.param not in [p.name for p in self.params]:
            raise ValueError(f"{self.cname}: {kind} names no parameter: {c}")
        if "value" in c:
            case.has_value = True
            case.value = self._value(self.out, c["value"])
        if kind == "accepted" and case.draws is None:
            raise ValueError(f"{self.cname}: accepted entry without draws: {c}")
        return case

    def _validate(self):
        if self.out not in TYPES:
            raise ValueError(f"{self.cname}: output type {self.out!r}")
        for p in self.params:
            if p.type not in TYPES:
                raise ValueError(f"{self.cname}: parameter {p.name} of type {p.type!r}")
        if not self.samples:
            raise ValueError(f"{self.cname}: no samples")
        # Every parameter is either rejected somewhere (bad) or shown to take extremes (ok):
        # the bad-input matrix needs one or the other.
        for p in self.params:
            if not any(c.param == p.name for c in self.bad + self.ok):
                raise ValueError(f"{self.cname}: parameter {p.name} has neither bad nor ok cases")
        if self.inplace and self.input != "arange":
            raise ValueError(f"{self.cname}: inplace without input = 'arange'")


def has_v(v):
    """Whether the variant has an array-parameter form `rng_<cname>_v`."""
    return bool(v.params) and v.next_form == "status" and v.arrays


def v_arrays(v):
    """The parameters that become arrays in the `_v` form (a bool flag such as endpoint stays
    one value)."""
    return [p for p in v.params if p.type != "bool"]


def load(path=TABLE):
    with open(path, "rb") as f:
        table = tomllib.load(f)
    if not set(table) <= {"method", "manual"}:
        raise ValueError(f"{path}: only [[method]] and [[manual]] rows, found {sorted(table)}")
    variants = []
    for row in table["method"]:
        if set(row) - METHOD_KEYS:
            raise ValueError(f"{row.get('name')}: unknown keys {sorted(set(row) - METHOD_KEYS)}")
        for p in row.get("params", []):
            if set(p) - PARAM_KEYS:
                raise ValueError(f"{row['name']}: parameter keys {sorted(set(p) - PARAM_KEYS)}")
        for var in row.get("variant", [{}]):
            if set(var) - VARIANT_KEYS:
                raise ValueError(f"{row['name']}: variant keys {sorted(set(var) - VARIANT_KEYS)}")
            variants.append(Variant(row, var, len(variants)))
    names = [v.cname for v in variants]
    if len(set(names)) != len(names):
        raise ValueError("duplicate C names")
    return variants


MANUAL_KEYS = {"numpy", "call", "c", "cpp", "fortran", "python", "forms"}


class Manual:
    """A `[[manual]]` row: a method whose bindings are written by hand, by its names."""

    def __init__(self, row):
        missing = {"numpy", "call", "c", "cpp", "fortran", "forms"} - set(row)
        if set(row) - MANUAL_KEYS or missing:
            raise ValueError(f"manual {row.get('numpy')}: unknown keys "
                             f"{sorted(set(row) - MANUAL_KEYS)}, missing {sorted(missing)}")
        self.numpy, self.call, self.forms = row["numpy"], row["call"], row["forms"]
        self.c, self.cpp, self.fortran = row["c"], row["cpp"], row["fortran"]
        self.python = row.get("python", self.numpy)
        for key in ("c", "cpp", "fortran"):
            names = row[key]
            if not names or not all(isinstance(n, str) and n for n in names):
                raise ValueError(f"manual {self.numpy}: `{key}` must be a list of names")
        if not self.call.startswith(self.numpy + "("):
            raise ValueError(f"manual {self.numpy}: call {self.call!r} is not NumPy's method")
        if not all(n.startswith("rng_") for n in self.c):
            raise ValueError(f"manual {self.numpy}: C names start with rng_: {self.c}")


def load_manual(path=TABLE, variants=None):
    """The `[[manual]]` rows; none of their C functions may be a generated row's."""
    with open(path, "rb") as f:
        rows = [Manual(r) for r in tomllib.load(f).get("manual", [])]
    numpy = [r.numpy for r in rows]
    if len(set(numpy)) != len(numpy):
        raise ValueError("manual: a NumPy method has two rows")
    generated = set()
    for v in variants if variants is not None else load(path):
        generated |= {v.c_function, v.c_next, v.c_function + "_v"}
    for r in rows:
        if set(r.c) & generated:
            raise ValueError(f"manual {r.numpy}: {sorted(set(r.c) & generated)} are generated")
    return rows


def numpy_methods(variants):
    """NumPy method name -> its variants (the dtype forms of one method), in table order."""
    out = {}
    for v in variants:
        out.setdefault(v.numpy, []).append(v)
    return out


def nan_aware_equal(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return a == b
