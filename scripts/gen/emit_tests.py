"""The test tables and per-language method tests that scripts/gen/methods.py writes from
src/methods.toml, and the method table of the docs."""

import math

import method_table as mt
from method_table import has_v, v_arrays
from langs import C, CPP, NOTICE, RUST, c_value, f_value, rustfmt

LETTER = {"f64": "f", "f32": "f", "bool": "e", **{t: ("s" if t[0] == "i" else "u")
                                                   for t in mt.INT_BITS}}
KIND = {"f64": "V_F64", "f32": "V_F32", "bool": "V_BOOL",
        **{t: ("V_INT" if t[0] == "i" else "V_UINT") for t in mt.INT_BITS}}
ELEM = {"f64": "8", "f32": "4", "bool": "sizeof(bool)", "i64": "8", "i32": "4", "i16": "2",
        "i8": "1", "u64": "8", "u32": "4", "u16": "2", "u8": "1"}


def enum(v):
    return "D_" + v.cname.upper()


def wrap_c(text, width=100):
    """Lines over `width` columns broken after a comma outside string literals, the rest
    indented 8 columns more (generated C and C++ kept within the project's line length)."""
    out = []
    for line in text.split("\n"):
        indent = " " * (len(line) - len(line.lstrip()) + 8)
        while len(line) > width:
            cut, quoted = -1, False
            for i, ch in enumerate(line[:width - 1]):
                if ch == '"' and line[i - 1] != "\\":
                    quoted = not quoted
                elif ch == "," and not quoted and line[i + 1:i + 2] == " ":
                    cut = i + 1
            if cut <= len(indent):
                break
            out.append(line[:cut])
            line = indent + line[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


# --- C: tests/c/dist_table.h -----------------------------------------------------------------

def slots(v):
    """Each parameter's dist_params slot: ('f', 0), ('s', 1), ('e', None), ..."""
    count, out = {"f": 0, "s": 0, "u": 0}, []
    for p in v.params:
        letter = LETTER[p.type]
        if letter == "e":
            out.append(("e", None))
        else:
            out.append((letter, count[letter]))
            count[letter] += 1
    return out


def c_params_init(v, args):
    """A dist_params initializer for these argument values."""
    fields = {"f": [], "s": [], "u": []}
    endpoint = "false"
    for p, (letter, _), a in zip(v.params, slots(v), args):
        if letter == "e":
            endpoint = c_value("bool", a)
        elif letter == "f":
            fields["f"].append(c_value("f64", float(a) if p.type == "f64" else a))
        elif letter == "s":
            fields["s"].append(c_value("i64", a))
        else:
            fields["u"].append(c_value("u64", a))
    parts = [f".{k} = {{{', '.join(vals)}}}" for k, vals in fields.items() if vals]
    if endpoint != "false":
        parts.append(f".endpoint = {endpoint}")
    return "{" + ", ".join(parts) + "}" if parts else "{.endpoint = false}"


def c_arg(p, letter, idx, prefix="p->"):
    if letter == "e":
        return f"{prefix}endpoint"
    expr = f"{prefix}{letter}[{idx}]"
    if C[p.type] not in ("double", "int64_t", "uint64_t"):
        expr = f"({C[p.type]}){expr}"
    return expr


def value_bits(t, v):
    """The 64 value bits dist_value_bits gives for value v of type t."""
    import struct
    if t == "f64":
        return struct.unpack("<Q", struct.pack("<d", v))[0]
    if t == "f32":
        return struct.unpack("<I", struct.pack("<f", v))[0]
    if t == "bool":
        return int(bool(v))
    return v & (2**64 - 1)


def c_dist_table(vs):
    n_f = max(sum(1 for s in slots(v) if s[0] == "f") for v in vs)
    n_s = max(sum(1 for s in slots(v) if s[0] == "s") for v in vs)
    n_u = max(sum(1 for s in slots(v) if s[0] == "u") for v in vs)
    out = [f"/* {NOTICE} */\n",
           "/*\n * The `rng_*` distribution methods for the C tests (included by dist_methods.h):\n"
           " * their ids, their table, one call form for each, and the parameter sets of\n"
           " * src/methods.toml (samples, rejected and accepted sets).\n */\n",
           "#ifndef RANDSTREAMS_TEST_DIST_TABLE_H\n#define RANDSTREAMS_TEST_DIST_TABLE_H\n\n"
           "#include <stdlib.h>\n\n",
           "typedef enum dist_id {\n"]
    out += [f"    {enum(v)},\n" for v in vs]
    out.append("    N_DIST_METHODS\n} dist_id;\n\n")
    out.append("/* A method's parameters, each kind in order of appearance: e.g. binomial(ntrials, p) "
               "is\n * s[0], f[0]; integers_u8(low, high, endpoint) is u[0], u[1], endpoint. */\n"
               f"typedef struct dist_params {{\n    double f[{max(n_f, 1)}];\n"
               f"    int64_t s[{max(n_s, 1)}];\n    uint64_t u[{max(n_u, 1)}];\n"
               "    bool endpoint;\n} dist_params;\n\n")
    out.append("static const dist_method DIST_METHODS[N_DIST_METHODS] = {\n")
    for v in vs:
        letters = "".join(s[0] for s in slots(v))
        ints = [p.type for p in v.params if mt.is_int(p.type)]
        smin = smax = umax = "0"
        if ints and ints[0][0] == "i":
            lo, hi = mt.type_range(ints[0])
            smin, smax = c_value(ints[0], lo), c_value(ints[0], hi)
        elif ints:
            umax = c_value(ints[0], mt.type_range(ints[0])[1])
        nxt = {"value": "NEXT_VALUE", "status": "NEXT_STATUS", None: "NEXT_NONE"}[v.next_form]
        flag = lambda b: "true" if b else "false"
        out.append(f"    {{{enum(v)}, \"{v.cname}\", \"{letters}\", {KIND[v.out]}, {ELEM[v.out]}, "
                   f"{smin}, {smax}, {umax}, {nxt}, {flag(v.packed)}, {flag(v.inplace)}}},\n")
    out.append("};\n\n")

    out.append("/* rng_<method>(bg, params..., out, n). */\n"
               "static inline int32_t dist_fill(const dist_method *m, rng_bitgen *bg, "
               "const dist_params *p,\n                                void *out, size_t n) {\n"
               "    switch ((dist_id)m->id) {\n")
    for v in vs:
        args = ["bg"] + [c_arg(p, l, i) for p, (l, i) in zip(v.params, slots(v))]
        out.append(f"    case {enum(v)}:\n        return {v.c_function}("
                   f"{', '.join(args)}, ({C[v.out]} *)out, n);\n")
    out.append("    case N_DIST_METHODS: break;\n    }\n    return -1;\n}\n\n")

    out.append("/* rng_next_<method>: the status form as it is (out may be NULL); a value form's "
               "value is\n * written to *out (which must not be NULL) with RNG_OK. -1 for "
               "methods without a form. */\n"
               "static inline int32_t dist_next(const dist_method *m, rng_bitgen *bg, "
               "const dist_params *p,\n                                void *out) {\n"
               "    switch ((dist_id)m->id) {\n")
    for v in vs:
        if v.next_form == "value":
            out.append(f"    case {enum(v)}:\n        *({C[v.out]} *)out = {v.c_next}(bg);\n"
                       "        return RNG_OK;\n")
        elif v.next_form == "status":
            args = ["bg"] + [c_arg(p, l, i) for p, (l, i) in zip(v.params, slots(v))]
            out.append(f"    case {enum(v)}:\n        return {v.c_next}({', '.join(args)}, "
                       f"({C[v.out]} *)out);\n")
    none = [v for v in vs if not v.next_form]
    out += [f"    case {enum(v)}:\n" for v in none]
    out.append("    case N_DIST_METHODS: break;\n    }\n    return -1;\n}\n\n")

    out.append("/* rng_<method>_v(bg, arrays..., out, n) with parameter set k from p[k] (a flag such "
               "as\n * endpoint from p[0]); -1 for methods without an array form, or when memory "
               "runs out. */\n"
               "static inline int32_t dist_fill_v(const dist_method *m, rng_bitgen *bg, "
               "const dist_params *p,\n                                  void *out, size_t n) {\n"
               "    void *a[3] = {NULL, NULL, NULL};\n    int32_t st = -1;\n    size_t k;\n"
               "    int i;\n    switch ((dist_id)m->id) {\n")
    for v in vs:
        if not has_v(v):
            continue
        body, args, j = [], ["bg"], 0
        for p, (l, i) in zip(v.params, slots(v)):
            if l == "e":
                args.append("n > 0 && p[0].endpoint")
                continue
            T = C[p.type]
            body.append(f"        {T} *a{j} = ({T} *)(a[{j}] = malloc((n + 1) * sizeof({T})));\n")
            args.append(f"a{j}")
            j += 1
        checks = " && ".join(f"a{k}" for k in range(j))
        sets = " ".join(f"a{k}[k] = {c_arg(p, l, i, 'p[k].')};"
                        for k, (p, (l, i)) in enumerate((p, s_) for p, s_ in zip(v.params, slots(v))
                                                         if s_[0] != "e"))
        out.append(f"    case {enum(v)}: {{\n" + "".join(body)
                   + f"        if (!({checks})) {{\n            break;\n        }}\n"
                   f"        for (k = 0; k < n; k++) {{\n{wrap_c('            ' + sets)}\n        }}\n"
                   f"        st = {v.c_function}_v({', '.join(args)}, ({C[v.out]} *)out, n);\n"
                   "        break;\n    }\n")
    out.append("    default:\n        break;\n    }\n    for (i = 0; i < 3; i++) {\n"
               "        free(a[i]);\n    }\n    return st;\n}\n\n")

    out.append("/* A parameter set of a method: a sample (valid), a rejected set and the parameter "
               "its\n * error names, or an accepted degenerate set with NumPy's value (check: 0 "
               "any value,\n * 1 every value's bits are `bits`, 2 every value is NaN) and whether "
               "NumPy draws. */\n"
               "typedef struct dist_case {\n    dist_id id;\n    dist_params p;\n"
               "    const char *names;\n    int check;\n    uint64_t bits;\n    bool draws;\n"
               "} dist_case;\n\n")

    def cases(name, rows):
        # In a function, so that a test using none of them has no unused array.
        text = [f"static inline const dist_case *{name}(size_t *n) {{\n"
                "    static const dist_case cases[] = {\n"]
        text += ["    " + r for r in rows] or [
            "        {N_DIST_METHODS, {.endpoint = false}, NULL, 0, 0, false},\n"]
        text.append("    };\n    *n = sizeof cases / sizeof cases[0];\n    return cases;\n}\n\n")
        return text

    samples, rejected, accepted = [], [], []
    for v in vs:
        for s in v.samples:
            samples.append(f"    {{{enum(v)}, {c_params_init(v, s)}, NULL, 0, 0, false}},\n")
        for c in v.bad:
            rejected.append(f"    {{{enum(v)}, {c_params_init(v, c.args)}, "
                            f"\"{v.param(c.param).numpy}\", 0, 0, false}},\n")
        for c in v.accepted:
            check, bits = 0, "0"
            if c.has_value:
                if mt.is_float(v.out) and math.isnan(c.value):
                    check = 2
                else:
                    check, bits = 1, f"UINT64_C(0x{value_bits(v.out, c.value):x})"
            accepted.append(f"    {{{enum(v)}, {c_params_init(v, c.args)}, NULL, {check}, {bits}, "
                            f"{'true' if c.draws else 'false'}}},\n")
    out += cases("dist_samples", samples)
    out += cases("dist_rejected", rejected)
    out += cases("dist_accepted", accepted)
    out.append("#endif /* RANDSTREAMS_TEST_DIST_TABLE_H */\n")
    return "".join(out)


# --- C: the bad-input matrix's rows ----------------------------------------------------------

def c_call_args(v, args):
    return [c_value(p.type, a) for p, a in zip(v.params, args)]


def c_badinput_functions(vs):
    out = [f"/* {NOTICE} */\n",
           "/* The bad-input matrix's test functions for the distribution methods (included by\n"
           " * test_badinput.c, whose macros they use; their rows are in badinput_rows.h). */\n\n"]

    def row_test(v, name, matrix, call):
        """t_<name>: the matrix's cases on the first sample, then each rejected set and each
        accepted extreme through `call(args, out buffer)`."""
        lines = [f"static void t_{name}(void) {{\n    {matrix}\n"]
        lines += [f"    EACH_SUBJ(FAIL_ST(\"bad:{c.param}\", INVAL, {call(c_call_args(v, c.args), 'OUT')}));\n"
                  for c in v.bad]
        lines += [f"    ANYOK_ST(\"anyok:{c.param}\", {call(c_call_args(v, c.args), 'OUT')});\n"
                  for c in v.ok]
        return lines + ["}\n"]

    for v in vs:
        T = C[v.out]
        sample = c_call_args(v, v.samples[0])

        def fill(args, o, n="4", v=v, T=T):
            return f"{v.c_function}({', '.join(['G'] + args)}, ({T} *){o}, {n})"

        def nxt(args, o, v=v, T=T):
            return f"{v.c_next}({', '.join(['G'] + args)}, ({T} *){o})"
        out += row_test(v, v.c_function,
                        f"FILL_MATRIX(\"{v.buffer}\", sizeof({T}), {fill(sample, 'O', 'N')});", fill)
        if v.next_form == "value":
            out.append(f"static void t_{v.c_next}(void) {{\n    VALUE_MATRIX({v.c_next}(G));\n}}\n")
        elif v.next_form == "status":
            out += row_test(v, v.c_next, f"NEXT_MATRIX({nxt(sample, 'O')});", nxt)
        if has_v(v):
            out += badinput_v(v)
    return "".join(out)


def badinput_v(v):
    """t_rng_<cname>_v: the fill matrix on arrays of the first sample; each parameter array
    NULL; NULL arrays with n = 0; each rejected set as element 2 of 4 valid ones."""
    T, fn, arrays = C[v.out], v.c_function + "_v", v_arrays(v)

    def decl(name, args, endpoint):
        vals = {p.name: a for p, a in zip(v.params, args)}
        return "".join(f"    static const {C[p.type]} {p.name}_{name}[4] = "
                       f"{{{', '.join(c_value(p.type, x) for x in vals[p.name])}}};\n"
                       for p in arrays)

    def call(name, o, n, null=None, endpoint="false"):
        args = ["G"] + [("NULL" if p.name == null or null == "*" else f"{p.name}_{name}")
                        if p in arrays else endpoint for p in v.params]
        return f"{fn}({', '.join(args)}, ({T} *){o}, {n})"

    def columns(sets):
        return [[s[i] for s in sets] for i in range(len(v.params))]

    def endpoint_of(args):
        return next((c_value("bool", a) for p, a in zip(v.params, args) if p.type == "bool"),
                    "false")

    s0 = v.samples[0]
    lines = [f"static void t_{fn}(void) {{\n", decl("ok", columns([s0] * 4), None)]
    e0 = endpoint_of(s0)
    lines.append(f"    FILL_MATRIX(\"out\", sizeof({T}), {call('ok', 'O', 'N', endpoint=e0)});\n")
    for p in arrays:
        lines.append(f"    EACH_SUBJ(FAIL_ST(\"null:{p.name}\", NULLP, "
                     f"{call('ok', 'OUT', '4', p.name, e0)}));\n")
    lines.append(f"    EACH_SUBJ(QUIET_ST(\"n0:out\", {call('ok', 'OUT', '0', '*', e0)}));\n")
    for k, c in enumerate(v.bad):
        e = endpoint_of(c.args)
        filler = next((x for x in v.samples if endpoint_of(x) == e), s0)
        sets = [filler, filler, c.args, filler]
        lines.append("    {\n" + decl(f"b{k}", columns(sets), e).replace("    static", "        static"))
        lines.append(f"        EACH_SUBJ(FAIL_ST(\"bad:{c.param}\", INVAL, "
                     f"{call(f'b{k}', 'OUT', '4', endpoint=e)}));\n    }}\n")
    for k, c in enumerate(x for x in v.ok if v.param(x.param).type == "bool"):
        e = endpoint_of(c.args)
        lines.append("    {\n" + decl(f"a{k}", columns([c.args] * 4), e).replace("    static",
                                                                                "        static"))
        lines.append(f"        ANYOK_ST(\"anyok:{c.param}\", {call(f'a{k}', 'OUT', '4', endpoint=e)});\n"
                     "    }\n")
    return lines + ["}\n"]


def badinput_tags(v):
    tags = []
    for p in v.params:
        kind = "bad" if any(c.param == p.name for c in v.bad) else "anyok"
        tags.append(f"{kind}:{p.name}")
    return " ".join(tags)


def c_badinput_rows(vs):
    out = [f"/* {NOTICE} */\n",
           "/* The distribution methods' rows of test_badinput.c's ROWS (tests/badinput_coverage.rs\n"
           " * reads them in place of the #include). */\n"]
    for v in vs:
        b = v.buffer
        fill_tags = f"null:bg type:bg null:{b} n0:{b} overflow:{b}"
        extra = badinput_tags(v)
        out.append(f"ROW({v.c_function}, \"{fill_tags}{' ' + extra if extra else ''}\"),\n")
        if v.next_form == "value":
            out.append(f"ROW({v.c_next}, \"null:bg type:bg\"),\n")
        elif v.next_form == "status":
            out.append(f"ROW({v.c_next}, \"null:bg type:bg null:out {extra}\"),\n")
        if has_v(v):
            bad = {c.param for c in v.bad}
            tags = [f"null:{p.name}" for p in v_arrays(v)]
            tags += [f"bad:{p.name}" for p in v.params if p.name in bad]
            tags += [f"anyok:{p.name}" for p in v.params if p.type == "bool"]
            out.append(f"ROW({v.c_function}_v, \"{fill_tags} {' '.join(tags)}\"),\n")
    return "".join(out)


# --- C++: every form against the C functions -------------------------------------------------

def cpp_value(t, v):
    text = c_value(t, v)
    return f"static_cast<{CPP[t]}>({text})" if t in ("i16", "i8", "u16", "u8") else text


def cpp_sets(v, sets, extra=()):
    """A local table of parameter sets: a struct of the method's parameters (and `extra`
    fields), and one initializer per set. Looping over it keeps one instantiation of the
    test's templates per method (one per set took the file five times longer to compile)."""
    fields = ([f"{CPP[p.type]} {p.name};" for p in v.params]
              + [f"{t}{'' if t.endswith('*') else ' '}{n};" for t, n in extra])
    return ("        struct set {\n" + "".join(f"            {f}\n" for f in fields)
            + "        };\n        static const set sets[] = {\n"
            + "".join(f"            {{{', '.join(vals)}}},\n" for vals in sets) + "        };\n")


def cpp_methods_test(vs):
    out = [f"// {NOTICE}\n",
           "// Included by test_cpp.cpp: each method's three C++ forms against the C functions on "
           "a twin,\n// for every sample of src/methods.toml, and its rejected sets through "
           "each form.\n\n",
           "static void test_generated_methods(rs::generator &g, rng_bitgen *c) {\n"]
    def label(a):
        return str(a).lower() if isinstance(a, bool) else str(a)

    for v in vs:
        if not v.next_form:
            continue
        T, name = CPP[v.out], v.cname
        if v.next_form == "value":
            out.append(f"    COMPARE_DIST0({T}, {name});\n")
            continue
        args = ", ".join(f"s.{p.name}" for p in v.params)
        sets = [[cpp_value(p.type, a) for p, a in zip(v.params, smp)]
                + [f"\"{name}({', '.join(map(label, smp))})\""] for smp in v.samples]
        out.append("    {\n" + cpp_sets(v, sets, [("const char *", "what")]))
        out.append(f"""        for (const set &s : sets) {{
            compare_dist<{T}>(
                __LINE__, s.what, g, c,
                [&]({T} *out, std::size_t k) {{ return {v.c_function}(c, {args}, out, k); }},
                [&]({T} *out) {{ return {v.c_next}(c, {args}, out); }},
                [&](std::size_t k) {{ return g.{name}({args}, k); }},
                [&]({T} *out, std::size_t k) {{ g.{name}({args}, out, k); }},
                [&]() {{ return g.{name}({args}); }});
        }}
    }}
""")
    out.append("}\n\nstatic void test_generated_rejections(rs::generator &g) {\n")
    for v in vs:
        if not v.bad:
            continue
        T, name = CPP[v.out], v.cname
        args = ", ".join(f"s.{p.name}" for p in v.params)
        sets = [[cpp_value(p.type, a) for p, a in zip(v.params, c.args)]
                + [f"\"{v.param(c.param).numpy}\""] for c in v.bad]
        out.append("    {\n" + cpp_sets(v, sets, [("const char *", "word")]))
        out.append(f"""        for (const set &s : sets) {{
            {T} buf[4];
            EXPECT_REJECTED("{v.c_function}", s.word, (void)g.{name}({args}, 4));
            EXPECT_REJECTED("{v.c_function}", s.word, g.{name}({args}, buf, 4));
""")
        if v.next_form == "status":
            out.append(f"            EXPECT_REJECTED(\"{v.c_next}\", s.word, (void)g.{name}({args}));\n")
        out.append("        }\n    }\n")
    out.append("}\n")
    return "".join(out) + cpp_arrays_test(vs)


def v_groups(v, cap=None):
    """The samples of v as array parameters: per endpoint (one for the call), the sets cycling
    through that endpoint's samples, 3 per sample and one more (at most `cap`)."""
    flags = [i for i, p in enumerate(v.params) if p.type == "bool"]
    groups = []
    for e in ((False, True) if flags else (None,)):
        group = [x for x in v.samples if e is None or x[flags[0]] == e]
        if group:
            n = 3 * len(group) + 1 if cap is None else min(cap, 3 * len(group) + 1)
            groups.append([group[(k * 7) % len(group)] for k in range(n)])
    return groups


def cpp_arrays_test(vs):
    out = ["\nstatic void test_generated_arrays(rs::generator &g, rng_bitgen *c) {\n"]
    for v in vs:
        if not has_v(v):
            continue
        T, name, fn = CPP[v.out], v.cname + "_v", v.c_function + "_v"
        arrays = v_arrays(v)
        for sets in v_groups(v):
            decls = "".join(f"        const std::vector<{CPP[p.type]}> {p.name} = "
                            f"{{{', '.join(cpp_value(p.type, x[i]) for x in sets)}}};\n"
                            for i, p in enumerate(v.params) if p in arrays)
            ptrs = [f"{p.name}.data()" if p in arrays else cpp_value("bool", sets[0][i])
                    for i, p in enumerate(v.params)]
            vecs = [p.name if p in arrays else cpp_value("bool", sets[0][i])
                    for i, p in enumerate(v.params)]
            out.append("    {\n" + decls)
            out.append(f"        const std::size_t count = {arrays[0].name}.size();\n"
                       f"        const std::unique_ptr<{T}[]> want(new {T}[count]), got(new {T}[count]);\n")
            call_c = f"CHECK({fn}({', '.join(['c'] + ptrs + ['want.get()', 'count'])}) == RNG_OK);"
            out.append(wrap_c("        " + call_c) + "\n")
            out.append(wrap_c(f"        check_at(__LINE__, same_values(g.{name}({', '.join(vecs)}), "
                              f"want.get(), count), \"{name} on vectors\");") + "\n")
            out.append(wrap_c("        " + call_c) + "\n")
            out.append(wrap_c(f"        g.{name}({', '.join(ptrs + ['got.get()', 'count'])});") + "\n")
            out.append(f"        check_at(__LINE__, same_arrays(got.get(), want.get(), count), "
                       f"\"{name} on pointers\");\n    }}\n")
    out.append("}\n\nstatic void test_generated_array_rejections(rs::generator &g) {\n")
    for v in vs:
        if not has_v(v) or not v.bad:
            continue
        name, fn = v.cname + "_v", v.c_function + "_v"
        for c in v.bad:
            flags = [i for i, p in enumerate(v.params) if p.type == "bool"]
            fill = next((x for x in v.samples if all(x[i] == c.args[i] for i in flags)), None)
            if fill is None:
                continue
            args = [f"std::vector<{CPP[p.type]}>{{{', '.join(cpp_value(p.type, x) for x in (f, f, a))}}}"
                    if p in v_arrays(v) else cpp_value("bool", a)
                    for p, f, a in zip(v.params, fill, c.args)]
            out.append(wrap_c(f"    EXPECT_REJECTED(\"{fn}\", \"{v.param(c.param).numpy}\", "
                              f"(void)g.{name}({', '.join(args)}));") + "\n")
    out.append("    bool threw = false;\n    try {\n"
               "        (void)g.normal_v(std::vector<double>{1.0}, std::vector<double>{1.0, 2.0});\n"
               "    } catch (const std::invalid_argument &) {\n        threw = true;\n    }\n"
               "    check_at(__LINE__, threw, \"vectors of different lengths throw\");\n}\n")
    return "".join(out)


def fortran_arrays_test(vs):
    out = ["\n    ! Array parameters: the generic rng_<name>_f on arrays against rng_<name>_v.\n"]
    for v in vs:
        if not has_v(v):
            continue
        t = F_SUFFIX[v.out]
        x, y = f"x_{t}", f"y_{t}"
        for sets in v_groups(v, cap=37):
            m = len(sets)
            fargs, cargs = [], []
            for i, p in enumerate(v.params):
                if p.type == "bool":
                    fargs.append(f_arg(p, sets[0][i]))
                    cargs.append(f_c_arg(p, sets[0][i]))
                else:
                    arr = "[" + ", ".join(f_value(p.type, s[i]) for s in sets) + "]"
                    fargs.append(arr)
                    cargs.append(arr)
            out.append(f_stmt(f"call check_status({v.c_function}_f({', '.join(['a'] + fargs + [f'{x}(1:{m})'])}), "
                              f"RNG_OK, \"{v.c_function}_f on arrays\")"))
            out.append(f_stmt(f"call check_status({v.c_function}_v({', '.join(['b'] + cargs + [y, f'{m}_c_size_t'])}), "
                              f"RNG_OK, \"{v.c_function}_v\")"))
            out.append(f_stmt(f"call check({f_same(t, f'{x}(1:{m})', f'{y}(1:{m})')}, "
                              f"name // \": {v.c_function}_f on arrays\")"))
    out.append(f_stmt("call check(bitgen_next_u64(a) == bitgen_next_u64(b), "
                      "name // \": twins in step after the arrays\")"))
    out.append(f_stmt("call check_status(rng_normal_f(a, [0.0_c_double], [1.0_c_double, 2.0_c_double], "
                      "x_f64(1:2)), RNG_ERR_INVALID_ARGUMENT, \"rng_normal_f: arrays of another size\")"))
    return "".join(out)


# --- Fortran: the _f wrappers against the C functions ----------------------------------------

def f_stmt(text, indent="    "):
    """A statement wrapped at commas to 100 columns with & continuations."""
    line = indent + text
    if len(line) <= 100:
        return line + "\n"
    out, cur = [], indent
    for piece in [p + "," for p in text.split(", ")[:-1]] + [text.split(", ")[-1]]:
        if len(cur) + len(piece) + 3 > 100 and cur.strip():
            out.append(cur.rstrip() + " &")
            cur = indent + "    "
        cur += piece + " "
    out.append(cur.rstrip())
    return "\n".join(out) + "\n"


F_SUFFIX = {"f64": "f64", "f32": "f32", "i64": "i64", "u64": "i64", "i32": "i32", "u32": "i32",
            "i16": "i16", "u16": "i16", "i8": "i8", "u8": "i8", "bool": "bool"}


def f_same(t, a, b):
    if t == "f64":
        return f"same_f64s({a}, {b})"
    if t == "f32":
        return f"same_f32s({a}, {b})"
    if t == "bool":
        return f"logical(all({a} .eqv. {b}))"
    return f"all({a} == {b})"


def f_arg(p, a):
    if p.type == "bool":
        return ".true." if a else ".false."  # the wrappers take a default logical
    return f_value(p.type, a)


def f_c_arg(p, a):
    return f_value(p.type, a)


def fortran_methods_test(vs):
    used = sorted({F_SUFFIX[v.out] for v in vs})
    decl = {"f64": "real(c_double)", "f32": "real(c_float)", "i64": "integer(c_int64_t)",
            "i32": "integer(c_int32_t)", "i16": "integer(c_int16_t)", "i8": "integer(c_int8_t)",
            "bool": "logical(c_bool)"}
    out = [f"! {NOTICE}\n",
           "! Every distribution method's _f wrapper against the C functions on a twin generator,\n"
           "! for each sample of src/methods.toml: the single-value form n times, or (packed and\n"
           "! single-less methods) the C fill; then each rejected set through the wrapper.\n"
           "! Prints \"N passed, M failed\"; fails if M > 0.\n\n",
           "program test_methods\n  use, intrinsic :: iso_c_binding\n"
           "  use, intrinsic :: ieee_arithmetic\n  use randstreams\n  use rs_testing\n"
           "  implicit none\n\n",
           "  character(len=9), parameter :: algorithms(5) = &\n"
           "      [\"PCG64    \", \"PCG64DXSM\", \"MT19937  \", \"Philox   \", \"SFC64    \"]\n"
           "  integer, parameter :: n = 37\n  integer :: i\n\n"
           "  do i = 1, size(algorithms)\n    call run(trim(algorithms(i)))\n  end do\n"
           "  call finish()\n\ncontains\n\n",
           "  subroutine run(name)\n    character(len=*), intent(in) :: name\n"
           "    type(c_ptr) :: ss, a, b\n    integer :: j\n"]
    for t in used:
        out.append(f"    {decl[t]} :: x_{t}(n), y_{t}(n)\n")
    out.append("\n    ss = ss_new_str_f(\"[7, 2024]\")\n    a = bitgen_new_f(name, ss)\n"
               "    b = bitgen_new_f(name, ss)\n    call ss_free(ss)\n"
               "    call check(c_associated(a) .and. c_associated(b), name // \": generators\")\n\n")
    for v in vs:
        t = F_SUFFIX[v.out]
        x, y = f"x_{t}", f"y_{t}"
        for s in v.samples:
            fargs = ", ".join(["a"] + [f_arg(p, a_) for p, a_ in zip(v.params, s)] + [x])
            cargs = [f_c_arg(p, a_) for p, a_ in zip(v.params, s)]
            label = f"{v.cname}({','.join(str(a_).lower() for a_ in s)})"
            if v.inplace:
                init = ("real(j - 1, c_double) * 0.5_c_double" if t == "f64"
                        else "int(j - 1, c_int64_t)")
                out.append(f"    {x} = [({init}, j = 1, n)]\n    {y} = {x}\n")
            out.append(f_stmt(f"call check_status({v.c_function}_f({fargs}), RNG_OK, "
                              f"\"{v.c_function}_f\")"))
            if v.next_form and not v.packed:
                out.append("    do j = 1, n\n")
                if v.next_form == "value":
                    out.append(f"      {y}(j) = {v.c_next}(b)\n")
                else:
                    nargs = ", ".join(["b"] + cargs + [f"{y}(j)"])
                    out.append(f_stmt(f"call check_status({v.c_next}({nargs}), RNG_OK, "
                                      f"\"{v.c_next}\")", "      "))
                out.append("    end do\n")
            else:
                cfill = ", ".join(["b"] + cargs + [y, "int(n, c_size_t)"])
                out.append(f_stmt(f"call check_status({v.c_function}({cfill}), RNG_OK, "
                                  f"\"{v.c_function}\")"))
            out.append(f_stmt(f"call check({f_same(t, x, y)}, name // \": {label}\")"))
    out.append("    call check(bitgen_next_u64(a) == bitgen_next_u64(b), "
               "name // \": twins in step\")\n\n")
    out.append(fortran_arrays_test(vs))
    out.append("    ! Rejected: the status, a message naming the function, nothing drawn.\n")
    for v in vs:
        t = F_SUFFIX[v.out]
        for c in v.bad:
            fargs = ", ".join(["a"] + [f_arg(p, a_) for p, a_ in zip(v.params, c.args)]
                              + [f"x_{t}(1:4)"])
            out.append(f_stmt(f"call check_status({v.c_function}_f({fargs}), "
                              f"RNG_ERR_INVALID_ARGUMENT, \"{v.c_function}_f: {c.param}\")"))
            out.append(f_stmt(f"call check(index(rng_last_error_f(), \"{v.c_function}:\") == 1, "
                              f"\"{v.c_function}: \" // rng_last_error_f())"))
    out.append(f_stmt("call check(bitgen_next_u64(a) == bitgen_next_u64(b), "
                      "name // \": nothing drawn by the rejected calls\")"))
    out.append("    call bitgen_free(b)\n    call bitgen_free(a)\n  end subroutine run\n\n")
    out.append("end program test_methods\n")
    return "".join(out)


# --- Rust: the golden-vector dispatch --------------------------------------------------------

def rust_parse(p, i):
    if p.type == "bool":
        return f"p[{i}] == \"1\""
    if p.type == "f32":
        return f"f(p[{i}]) as f32"  # NumPy rounds the Python float to float32 as well
    if p.type == "f64":
        return f"f(p[{i}])"
    return f"p[{i}].parse::<{RUST[p.type]}>().unwrap()"


def rust_bits(t):
    """`d` (the filled Vec) as the u64 words the files compare."""
    each = {"f64": "|v| v.to_bits()", "f32": "|v| u64::from(v.to_bits())", "i64": "|v| v as u64",
            "i32": "|v| v as i64 as u64", "i16": "|v| v as i64 as u64",
            "i8": "|v| v as i64 as u64"}.get(t, "u64::from")
    return "d" if t == "u64" else f"d.into_iter().map({each}).collect()"


def rust_methods(vs):
    out = [f"//! {NOTICE}\n//!\n"
           "//! The `dist` lines of the vector files (tests/data/FORMAT.md) on the Rust API: "
           "each method\n//! of src/methods.toml through its `Generator` fill.\n\n"
           "use randstreams::BitGenerator;\nuse randstreams::distributions::Generator;\n\n"
           "/// Whether the method's values are floats (written as their bits in hex).\n"
           "pub fn is_float(method: &str) -> bool {\n    matches!(\n        method,\n"]
    floats = [v.cname for v in vs if mt.is_float(v.out)]
    out.append("        " + "\n            | ".join(f"\"{n}\"" for n in floats) + "\n    )\n}\n\n")
    out.append("/// `Generator(bg).<method>(*params, size=n)` with the parameters as the files write "
               "them,\n/// each value as 64 bits (float bits, integers sign-extended, bool 0/1); "
               "None for a\n/// method the table does not have.\n"
               "pub fn run(\n    g: &mut Generator<&mut BitGenerator>,\n    method: &str,\n"
               "    n: usize,\n    p: &[&str],\n) -> Option<Vec<u64>> {\n"
               "    let f = |t: &str| -> f64 { t.parse().unwrap_or_else(|_| panic!(\"bad float "
               "{t:?}\")) };\n"
               "    Some(match method {\n")
    for v in vs:
        T = RUST[v.out]
        args = "".join(f"{rust_parse(p, i)}, " for i, p in enumerate(v.params))
        if v.inplace:
            init = ("(0..n).map(|k| k as f64 * 0.5).collect()" if v.out == "f64"
                    else f"(0..n as {T}).collect()")
            body = (f"let mut d: Vec<{T}> = {init};\n            g.{v.rust_fill}(&mut d);\n"
                    f"            d")
        else:
            zero = "false" if v.out == "bool" else ("0.0" if mt.is_float(v.out) else "0")
            call = f"g.{v.rust_fill}({args}&mut d)" + (".unwrap()" if v.fallible else "")
            body = f"let mut d = vec![{zero}{'' if v.out in ('bool',) or mt.is_float(v.out) else T}; n];\n            {call};\n            d"
        body = body[:-1] + rust_bits(v.out)  # the final `d`, converted
        out.append(f"        \"{v.cname}\" => {{\n            {body}\n        }}\n")
    out.append("        _ => return None,\n    })\n}\n\n")
    out.append("/// `Generator(bg).<method>(*arrays)`: a `distv` line, each array parameter written as "
               "its n\n/// values joined by commas, a flag (endpoint) as one value; None for a "
               "method without an\n/// array form.\n"
               "pub fn run_v(\n    g: &mut Generator<&mut BitGenerator>,\n    method: &str,\n"
               "    n: usize,\n    p: &[&str],\n) -> Option<Vec<u64>> {\n"
               "    let f = |t: &str| -> f64 { t.parse().unwrap_or_else(|_| panic!(\"bad float "
               "{t:?}\")) };\n"
               "    let list = |t: &str| -> Vec<String> { t.split(',').map(String::from).collect() };\n"
               "    Some(match method {\n")
    for v in vs:
        if not has_v(v):
            continue
        T = RUST[v.out]
        lets, args = [], []
        for i, p in enumerate(v.params):
            if p.type == "bool":
                args.append(f"p[{i}] == \"1\"")
                continue
            each = rust_parse(p, 0).replace("p[0]", "t")
            lets.append(f"let a{i}: Vec<{RUST[p.type]}> = list(p[{i}]).iter().map(|t| {{ let t = t.as_str(); {each} }}).collect();\n")
            args.append(f"&a{i}")
        zero = "false" if v.out == "bool" else ("0.0" if mt.is_float(v.out) else "0")
        typed = "" if v.out == "bool" or mt.is_float(v.out) else T
        body = ("".join(lets) + f"let mut d = vec![{zero}{typed}; n];\n"
                f"g.{v.rust_fill}_v({', '.join(args)}, &mut d).unwrap();\n" + rust_bits(v.out))
        out.append(f"        \"{v.cname}\" => {{\n{body}\n        }}\n")
    out.append("        _ => return None,\n    })\n}\n")
    return rustfmt("".join(out))


# --- docs/methods.md -------------------------------------------------------------------------

def docs(vs, manual=()):
    out = [f"<!-- {NOTICE} -->\n\n", "# The distribution methods\n\n",
           "Every `numpy.random.Generator` distribution this library has, by NumPy's call, with its "
           "name in\neach language. In C, `rng_<name>(bg, params..., out, n)` fills `out` as NumPy's "
           "`size=n` call\nand returns a status; `rng_next_<name>` is one value (NumPy's `size=None` "
           "call): it returns\nthe value when the method has no parameters, else a status with the "
           "value in `*out`. C++\n(`randstreams::generator`): `g.<name>(params..., n)` returns a "
           "`std::vector`,\n`g.<name>(params..., out, n)` fills `out`, `g.<name>(params...)` is one "
           "value. Fortran:\n`<C name>_f(bg, params..., out)` fills the array `out`. Python: NumPy's "
           "method on a\n`randstreams.BitGenerator`, with `size`, `dtype` and `out`.\n\n"
           "Methods with parameters also take arrays, one value of each parameter per element "
           "(NumPy's\nbroadcast call): C `rng_<name>_v(bg, arrays..., out, n)`, C++ "
           "`g.<name>_v(vectors...)` and\n`g.<name>_v(pointers..., out, n)`, Fortran `<C name>_f` "
           "with arrays of `out`'s size, Python\narray-likes broadcast as NumPy does.\n\n",
           "| NumPy | C fill | C single value | C++ | Fortran | Python |\n",
           "|---|---|---|---|---|---|\n"]
    for v in vs:
        call = f"`{v.numpy}({v.call_args(numpy_names=True, kwarg_value='...')})`"
        if v.inplace:
            call = f"`shuffle(x)`, x {mt.NUMPY_DTYPE[v.out]}"
        cpp = f"`{v.numpy if v.inplace else v.cname}`"
        single = f"`{v.c_next}`" if v.next_form else "none"
        extra = " (packed)" if v.packed else ""
        py = f"`{v.numpy}`" + (" (hand-written)" if v.python != "auto" else "")
        out.append(f"| {call}{extra} | `{v.c_function}` | {single} | {cpp} | "
                   f"`{v.c_function}_f` | {py} |\n")
    out.append("\nA packed fill shares each 32-bit draw among several values, as NumPy's arrays do: "
               "a fill of n\nis NumPy's `size=n`, not n single values. What each method rejects is "
               "in its documentation\nin `include/randstreams.h`.\n")
    if manual:
        out.append("\n## Written by hand\n\nThese methods take or give arrays of their own "
                   "shape (items of any size, a row of\n`k` values per draw, probabilities), so "
                   "each language's binding is written by hand; their\nforms are in "
                   "[c-api.md](c-api.md), [cpp.md](cpp.md), [fortran.md](fortran.md) and\n"
                   "[python.md](python.md).\n\n"
                   "| NumPy | C | C++ | Fortran | Python | What |\n|---|---|---|---|---|---|\n")
        for m in manual:
            cells = [f"`{m.call}`"] + [", ".join(f"`{n}`" for n in names)
                                       for names in (m.c, m.cpp, m.fortran, [m.python])]
            out.append("| " + " | ".join(cells + [m.forms]) + " |\n")
    return "".join(out)


def files(vs, manual=()):
    return {
        "tests/c/dist_table.h": wrap_c(c_dist_table(vs)),
        "tests/c/badinput_methods.h": wrap_c(c_badinput_functions(vs)),
        "tests/c/badinput_rows.h": wrap_c(c_badinput_rows(vs)),
        "tests/cpp/methods_test.inc": wrap_c(cpp_methods_test(vs)),
        "tests/fortran/test_methods.f90": fortran_methods_test(vs),
        "tests/common/methods.rs": rust_methods(vs),
        "docs/methods.md": docs(vs, manual),
    }
