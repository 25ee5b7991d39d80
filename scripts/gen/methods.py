#!/usr/bin/env python3
"""Writes every language's distribution-method surface from src/methods.toml.

    python3 scripts/gen/methods.py           # rewrite the generated files and regions
    python3 scripts/gen/methods.py --check   # exit 1, naming them, where they differ

Whole files it writes say so in their first line; inside hand-written files it owns the regions
between `BEGIN GENERATED: <name>` and `END GENERATED: <name>` lines. `cargo test --test generated`
runs the check. What each output holds is in docs/adding-a-method.md.
"""

import argparse
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emit_tests  # noqa: E402
import method_table as mt  # noqa: E402
from method_table import has_v, v_arrays  # noqa: E402
from langs import (COMMAND, CPP, CTYPES, F_KIND, NOTICE, RUST, ROOT, f_type, py_value,  # noqa: E402
                   rustfmt)


# --- Rust: the extern "C" functions ----------------------------------------------------------

def numpy_call_text(v):
    """`Generator(bg).<numpy>(<params>, size=n, <kwargs>)` as the docs write it."""
    return f"`Generator(bg).{v.numpy}({v.call_args(size=v.count)})`"


PACKED = ("A fill packs several values into each 32-bit draw, as NumPy's arrays do: a fill of\n"
          "n is NumPy's `size=n`, not n single values.")


def doc_lines(text):
    return [] if not text else text.strip("\n").split("\n")


def rust_doc(lines):
    return "".join(f"///{' ' + l if l else ''}\n" for l in lines)


def rust_fill(v):
    fn, buf, n = v.c_function, v.buffer, v.count
    brief = v.brief or f"{numpy_call_text(v)}: fills `out` with `{n}` values."
    body = doc_lines(v.doc)
    if v.rejected:
        body += doc_lines("Rejected: " + v.rejected)
    if v.packed:
        body += doc_lines(PACKED)
    if v.fallible:
        ret = ["@return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected "
               "parameters or", "        an overflowing byte count (then nothing is drawn or "
               "written)."]
    else:
        ret = ["@return #RNG_OK, #RNG_ERR_NULL_POINTER or #RNG_ERR_INVALID_ARGUMENT "
               "(overflowing byte count)."]
    points = f"points to `{n}` values" if v.inplace else f"points to `{n}` writable values"
    doc = (["@brief " + brief] + ([""] + body if body else []) + ret
           + ["", "# Safety", f"`bg` is NULL or a live handle used by no other thread; `{buf}` "
              f"{points}."])
    params = "".join(f"{p.name}: {RUST[p.type]}, " for p in v.params)
    args = "".join(f"{p.name}, " for p in v.params)
    if v.fallible:
        call = f"Ok(Generator::new(g).{v.rust_fill}({args}o)?)"
    else:
        call = f"{{ Generator::new(g).{v.rust_fill}({args}o); Ok(()) }}"
    return (rust_doc(doc) + "#[unsafe(no_mangle)]\n#[must_use]\n"
            f"pub unsafe extern \"C\" fn {fn}(bg: *mut rng_bitgen, {params}{buf}: *mut "
            f"{RUST[v.out]}, {n}: usize) -> i32 {{\n"
            "    // SAFETY: forwarded contract.\n"
            f"    unsafe {{ fill(\"{fn}\", bg, {buf}, {n}, |s, o| with_source!(s, g => {call})) }}\n"
            "}\n")


def rust_zero(t):
    return "0.0" if mt.is_float(t) else "false" if t == "bool" else "0"


def rust_next(v):
    fn, fill = v.c_next, v.c_function
    if v.next_form == "value":
        doc = [f"@brief One value of #{fill} (equal to a fill of one element); returns it, or "
               f"{rust_zero(v.out)}", "       with #rng_last_error set when `bg` is NULL.", "",
               "# Safety", "`bg` is NULL or a live handle used by no other thread."]
        return (rust_doc(doc) + "#[unsafe(no_mangle)]\n"
                f"pub unsafe extern \"C\" fn {fn}(bg: *mut rng_bitgen) -> {RUST[v.out]} {{\n"
                f"    value(\"{fn}\", {rust_zero(v.out)}, || {{\n"
                "        // SAFETY: forwarded contract.\n"
                "        let h = unsafe { handle_mut(bg, \"bg\") }?;\n"
                f"        Ok(with_source!(&mut h.src, g => Generator::new(g).{v.rust_next}()))\n"
                "    })\n}\n")
    doc = [f"@brief One value of #{fill} (equal to a fill of one element), written to `*out`.",
           f"@return as #{fill}; nothing is written on failure.", "", "# Safety",
           "`bg` is NULL or a live handle used by no other thread; `out` is NULL or writable."]
    params = "".join(f"{p.name}: {RUST[p.type]}, " for p in v.params)
    args = ", ".join(p.name for p in v.params)
    return (rust_doc(doc) + "#[unsafe(no_mangle)]\n#[must_use]\n"
            f"pub unsafe extern \"C\" fn {fn}(bg: *mut rng_bitgen, {params}out: *mut "
            f"{RUST[v.out]}) -> i32 {{\n"
            "    // SAFETY: forwarded contract.\n"
            f"    unsafe {{ one(\"{fn}\", bg, out, |s| "
            f"Ok(with_source!(s, g => Generator::new(g).{v.rust_next}({args})?))) }}\n"
            "}\n")


def rust_fill_v(v):
    fn, n = v.c_function + "_v", v.count
    arrays = v_arrays(v)
    names = ", ".join(f"`{p.name}`" for p in arrays)
    call = v.numpy + "(" + ", ".join(f"{p.name}[i]" if p in arrays else p.name
                                     for p in v.params if not p.kwarg)
    call += "".join(f", {p.numpy}={p.name}" for p in v.params if p.kwarg) + ")"
    doc = [f"@brief `Generator(bg).{v.numpy}(...)` with array parameters: `out[i]` is "
           f"`{call}`", f"       for each i < `{n}`, as NumPy's broadcast call gives it.", "",
           f"Every element of {names} is checked, with NumPy's array messages, before anything "
           "is", "drawn; the message names the first offending element."]
    if v.packed:
        doc += ["The elements share one 32-bit word buffer, as NumPy's broadcast loop does: this "
                "is NumPy's", "call with arrays, not a loop of single values."]
    doc += ["@return #RNG_OK; #RNG_ERR_NULL_POINTER; #RNG_ERR_INVALID_ARGUMENT for rejected "
            "parameters, an", "        array that overlaps `out` or an overflowing byte count "
            "(then nothing is drawn or", "        written).",
            "", "# Safety", f"`bg` is NULL or a live handle used by no other thread; `out` "
            f"points to `{n}` writable values;", f"{names} each point to `{n}` readable values "
            f"(any pointer when `{n}` is 0)."]
    params = "".join(f"{p.name}: *const {RUST[p.type]}, " if p in arrays else
                     f"{p.name}: {RUST[p.type]}, " for p in v.params)
    lets = "".join(f"        let {p.name} = param({p.name}, o, \"{p.name}\")?;\n" for p in arrays)
    args = "".join(f"{p.name}, " for p in v.params)
    return (rust_doc(doc) + "#[unsafe(no_mangle)]\n#[must_use]\n"
            f"pub unsafe extern \"C\" fn {fn}(bg: *mut rng_bitgen, {params}out: *mut "
            f"{RUST[v.out]}, {n}: usize) -> i32 {{\n"
            "    // SAFETY: forwarded contract.\n"
            f"    unsafe {{ fill(\"{fn}\", bg, out, {n}, |s, o| {{\n"
            f"{lets}"
            f"        with_source!(s, g => Ok(Generator::new(g).{v.rust_fill}_v({args}o)?))\n"
            "    }) }\n}\n")


def rust_ffi(vs):
    head = (f"//! {NOTICE}\n//!\n"
            "//! `rng_*`: NumPy's `Generator` methods from C, bit-identical. Each `rng_<method>` "
            "fills an\n//! array as `Generator(bg).<method>(..., size=n)`; each `rng_next_<method>` "
            "is a fill of one\n//! element (NumPy's `size=None` call); each `rng_<method>_v` takes one "
            "value of each\n//! parameter per element (NumPy's broadcast call on 1-d arrays). "
            "Parameters are checked\n//! before anything is drawn, so a rejected call writes "
            "nothing and leaves the generator's\n//! stream untouched.\n//!\n"
            "//! The generator is matched once per call (`with_source!`), so every fill loop is "
            "compiled for\n//! its algorithm.\n\n"
            "use super::arrays::param;\n"
            "use super::bitgen::{fill, one};\nuse super::boundary::{handle_mut, value};\n"
            "use super::{rng_bitgen, with_source};\nuse crate::distributions::Generator;\n")
    parts = [head]
    for v in vs:
        parts.append(rust_fill(v))
        if v.next_form:
            parts.append(rust_next(v))
        if has_v(v):
            parts.append(rust_fill_v(v))
    return rustfmt("\n".join(parts))


# --- C++: the generator class's methods ------------------------------------------------------

def cpp_doc(v):
    text = f"`{v.numpy}({v.call_args(numpy_names=True)})`"
    if v.inplace:
        text = f"`{v.numpy}(data)` for a 1-d {mt.NUMPY_DTYPE[v.out]} array, in place"
    elif v.brief:
        return "    /// " + v.brief.replace("`Generator(bg).", "`") + "\n"
    elif v.packed:
        text += " (packed fills)"
    if any(p.numpy != p.name for p in v.params):
        text += " with " + ", ".join(f"`{p.numpy}` as `{p.name}`" for p in v.params
                                     if p.numpy != p.name)
    return f"    /// {text}.\n"


def cpp_function(head, params, body, indent="    "):
    """A member function in the header's style: on one line when it fits in 100 columns, else
    the body on its own lines and the parameters wrapped under the first one."""
    body = [body] if isinstance(body, str) else body
    sig = f"{indent}{head}({', '.join(params)})"
    one_line = f"{sig} {{ {body[0]} }}"
    if len(body) == 1 and len(one_line) <= 100:
        return one_line + "\n"
    if len(sig) + 2 > 100:
        col = len(indent) + len(head) + 1
        lines, line = [], f"{indent}{head}("
        for i, p in enumerate(params):
            piece = p + ("," if i < len(params) - 1 else ")")
            if line.endswith("(") or len(line) + 1 + len(piece) + 2 <= 100:
                line += ("" if line.endswith("(") else " ") + piece
            else:
                lines.append(line)
                line = " " * col + piece
        sig = "\n".join(lines + [line])
    lines = "".join(f"{indent}    {b}\n" for b in body)
    return f"{sig} {{\n{lines}{indent}}}\n"


def cpp_methods(vs):
    out = []
    for v in vs:
        T, n = CPP[v.out], v.count
        name = v.numpy if v.inplace else v.cname
        decl = [f"{CPP[p.type]} {p.name}" for p in v.params]
        names = [p.name for p in v.params]
        out.append(cpp_doc(v))
        if v.inplace:
            out.append(cpp_function(f"void {name}", [f"{T} *data", f"std::size_t {n}"],
                                    f"check({v.c_function}(h(), data, {n}));"))
            out.append(cpp_function(f"void {name}", [f"std::vector<{T}> &data"],
                                    f"{name}(data.data(), data.size());"))
            out.append("\n")
            continue
        if v.out == "bool":  # std::vector<bool> has no data()
            out.append(cpp_function(f"[[nodiscard]] std::vector<bool> {name}",
                                    decl + [f"std::size_t {n}"],
                                    [f"const std::unique_ptr<bool[]> buf(new bool[{n}]);",
                                     f"{name}({', '.join(names + ['buf.get()', n])});",
                                     f"return std::vector<bool>(buf.get(), buf.get() + {n});"]))
        else:
            out.append(cpp_function(f"[[nodiscard]] std::vector<{T}> {name}",
                                    decl + [f"std::size_t {n}"],
                                    f"return fill<{T}>({', '.join([v.c_function, n] + names)});"))
        out.append(cpp_function(f"void {name}", decl + [f"{T} *out", f"std::size_t {n}"],
                                f"check({v.c_function}({', '.join(['h()'] + names + ['out', n])}));"))
        if has_v(v):
            out.append(cpp_v(v))
        if v.next_form == "value":
            out.append(cpp_function(f"[[nodiscard]] {T} {name}", [],
                                    f"return {v.c_next}(h());"))
        elif v.next_form == "status":
            out.append(cpp_function(f"[[nodiscard]] {T} {name}", decl,
                                    f"return one<{T}>({', '.join([v.c_next] + names)});"))
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


def wrap_call(head, args, indent):
    """`head` + the arguments + `);`, continued under the first argument past 100 columns."""
    line = head + ", ".join(args) + ");"
    if indent + len(line) <= 100:
        return line
    lines, cur = [], head
    for i, a in enumerate(args):
        piece = a + (", " if i < len(args) - 1 else ");")
        if indent + len(cur) + len(piece.rstrip()) > 100 and cur.strip() != head.strip():
            lines.append(cur.rstrip())
            cur = " " * len(head)
        cur += piece
    return ("\n" + " " * indent).join(lines + [cur])


def cpp_v(v):
    """The array-parameter forms `<cname>_v`: on pointers, and on vectors of one length."""
    T, n, name = CPP[v.out], v.count, v.cname + "_v"
    arrays = v_arrays(v)
    ptrs = [f"const {CPP[p.type]} *{p.name}" if p in arrays else f"{CPP[p.type]} {p.name}"
            for p in v.params]
    vecs = [f"const std::vector<{CPP[p.type]}> &{p.name}" if p in arrays
            else f"{CPP[p.type]} {p.name}" for p in v.params]
    names = [p.name for p in v.params]
    datas = [f"{p.name}.data()" if p in arrays else p.name for p in v.params]
    size = f"const std::size_t {n} = same_size({{{', '.join(p.name + '.size()' for p in arrays)}}});"
    text = f"    /// `{v.numpy}(...)` with one parameter value per element (NumPy's broadcast call).\n"
    text += cpp_function(f"void {name}", ptrs + [f"{T} *out", f"std::size_t {n}"],
                         f"check({v.c_function}_v({', '.join(['h()'] + names + ['out', n])}));")
    if v.out == "bool":
        text += cpp_function(f"[[nodiscard]] std::vector<bool> {name}", vecs,
                             [size, f"const std::unique_ptr<bool[]> buf(new bool[{n}]);",
                              f"{name}({', '.join(datas + ['buf.get()', n])});",
                              f"return std::vector<bool>(buf.get(), buf.get() + {n});"])
    else:
        text += cpp_function(f"[[nodiscard]] std::vector<{T}> {name}", vecs,
                             [size, wrap_call(f"return fill<{T}>(", [v.c_function + '_v', n]
                                              + datas, 8)])
    return text


# --- Fortran: interfaces, wrappers and public lists -----------------------------------------

def f_wrap_list(names, indent="      "):
    """`public :: a, b, ...` continuation lines of at most 100 columns."""
    lines, line = [], "  public ::"
    for i, n in enumerate(names):
        piece = f" {n}" + ("," if i < len(names) - 1 else "")
        if len(line) + len(piece) + 2 > 100:
            lines.append(line + " &")
            line = indent + piece.lstrip()
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines) + "\n"


def f_public_c(vs):
    names = []
    for v in vs:
        names.append(v.c_function)
        if v.next_form:
            names.append(v.c_next)
        if has_v(v):
            names.append(v.c_function + "_v")
    return f_wrap_list(names)


def f_has_bool(v):
    return any(p.type == "bool" for p in v.params)


def f_public_wrappers(vs):
    names = []
    for v in vs:
        names.append(v.c_function + "_f")
        if v.next_form == "status" and f_has_bool(v):
            names.append(v.c_next + "_f")
        if has_v(v):
            names.append(v.c_function + "_v_f")
    generics = "".join(f"  interface {v.c_function}_f\n"
                       f"    module procedure {v.c_function}_f, {v.c_function}_v_f\n"
                       f"  end interface {v.c_function}_f\n" for v in vs if has_v(v))
    return (f_wrap_list(names) + "  ! `rng_<name>_f` takes one value per parameter, or one array "
            "per parameter of\n  ! out's size (`rng_<name>_v_f`, NumPy's broadcast call).\n"
            + generics)


def f_header_line(kind, fn, args, label):
    first = f"    {kind} {fn}({', '.join(args)}) bind(C, name=\"{label}\")"
    if len(first) <= 100:
        return first + "\n"
    return f"    {kind} {fn}({', '.join(args)}) &\n        bind(C, name=\"{label}\")\n"


def f_import(types):
    kinds = sorted({F_KIND[t] for t in types} | {"c_ptr"})
    return "      import :: " + ", ".join(kinds) + "\n"


def f_interfaces(vs):
    out = []
    for v in vs:
        buf = v.buffer
        args = ["bg"] + [p.name for p in v.params] + [buf, v.count]
        types = [p.type for p in v.params] + [v.out, "i32", "size"]
        kinds = sorted({F_KIND[t] for t in types if t != "size"} | {"c_ptr", "c_size_t"})
        intent = "inout" if v.inplace else "out"
        body = [f_header_line("function", v.c_function, args, v.c_function),
                "      import :: " + ", ".join(kinds) + "\n",
                f"      integer(c_int32_t) :: {v.c_function}\n",
                "      type(c_ptr), value :: bg\n"]
        body += [f"      {f_type(p.type)}, value :: {p.name}\n" for p in v.params]
        body += [f"      {f_type(v.out)}, intent({intent}) :: {buf}(*)\n",
                 f"      integer(c_size_t), value :: {v.count}\n",
                 f"    end function {v.c_function}\n\n"]
        out += body
        if v.next_form == "value":
            out += [f_header_line("function", v.c_next, ["bg"], v.c_next),
                    f_import([v.out]),
                    f"      {f_type(v.out)} :: {v.c_next}\n",
                    "      type(c_ptr), value :: bg\n",
                    f"    end function {v.c_next}\n\n"]
        elif v.next_form == "status":
            args = ["bg"] + [p.name for p in v.params] + ["out"]
            out += [f_header_line("function", v.c_next, args, v.c_next),
                    f_import([p.type for p in v.params] + [v.out, "i32"]),
                    f"      integer(c_int32_t) :: {v.c_next}\n",
                    "      type(c_ptr), value :: bg\n"]
            out += [f"      {f_type(p.type)}, value :: {p.name}\n" for p in v.params]
            out += [f"      {f_type(v.out)}, intent(out) :: out\n",
                    f"    end function {v.c_next}\n\n"]
        if has_v(v):
            fn = v.c_function + "_v"
            out += [f_header_line("function", fn, ["bg"] + [p.name for p in v.params]
                                  + ["out", v.count], fn),
                    "      import :: " + ", ".join(kinds) + "\n",
                    f"      integer(c_int32_t) :: {fn}\n",
                    "      type(c_ptr), value :: bg\n"]
            out += [f"      {f_type(p.type)}, intent(in) :: {p.name}(*)\n" if p in v_arrays(v)
                    else f"      {f_type(p.type)}, value :: {p.name}\n" for p in v.params]
            out += [f"      {f_type(v.out)}, intent(out) :: out(*)\n",
                    f"      integer(c_size_t), value :: {v.count}\n",
                    f"    end function {fn}\n\n"]
    return "".join(out).rstrip("\n") + "\n"


def f_decls(v):
    """The wrapper's parameter declarations: same types grouped, bool as default logical."""
    lines, groups = [], []
    for p in v.params:
        t = "logical" if p.type == "bool" else f_type(p.type)
        if groups and groups[-1][0] == t:
            groups[-1][1].append(p.name)
        else:
            groups.append((t, [p.name]))
    for t, names in groups:
        lines.append(f"    {t}, intent(in) :: {', '.join(names)}\n")
    return "".join(lines)


def f_call_args(v):
    return [f"logical({p.name}, c_bool)" if p.type == "bool" else p.name for p in v.params]


def f_call(fn, args):
    text = f"    status = {fn}({', '.join(args)})"
    if len(text) <= 100:
        return text + "\n"
    head, tail = args[:-1], args[-1]
    return f"    status = {fn}({', '.join(head)}, &\n        {tail})\n"


def f_wrappers(vs):
    out = []
    for v in vs:
        buf = v.buffer
        intent = "inout" if v.inplace else "out"
        name = v.c_function + "_f"
        args = ["bg"] + [p.name for p in v.params] + [buf]
        out += [f"  function {name}({', '.join(args)}) result(status)\n",
                "    type(c_ptr), intent(in) :: bg\n", f_decls(v),
                f"    {f_type(v.out)}, intent({intent}) :: {buf}(:)\n",
                "    integer(c_int32_t) :: status\n",
                f_call(v.c_function, ["bg"] + f_call_args(v)
                       + [buf, f"size({buf}, kind=c_size_t)"]),
                f"  end function {name}\n\n"]
        if v.next_form == "status" and f_has_bool(v):
            name = v.c_next + "_f"
            out += [f"  function {name}({', '.join(['bg'] + [p.name for p in v.params] + ['out'])})"
                    " result(status)\n",
                    "    type(c_ptr), intent(in) :: bg\n", f_decls(v),
                    f"    {f_type(v.out)}, intent(out) :: out\n",
                    "    integer(c_int32_t) :: status\n",
                    f_call(v.c_next, ["bg"] + f_call_args(v) + ["out"]),
                    f"  end function {name}\n\n"]
        if has_v(v):
            name = v.c_function + "_v_f"
            arrays = v_arrays(v)
            decls = "".join(f"    {f_type(p.type)}, intent(in) :: {p.name}(:)\n" if p in arrays
                            else "    logical, intent(in) :: " + p.name + "\n" for p in v.params)
            same = " .or. ".join(f"size({p.name}) /= size(out)" for p in arrays)
            out += [f"  function {name}({', '.join(['bg'] + [p.name for p in v.params] + ['out'])})"
                    " result(status)\n",
                    "    type(c_ptr), intent(in) :: bg\n", decls,
                    f"    {f_type(v.out)}, intent(out) :: out(:)\n",
                    "    integer(c_int32_t) :: status\n",
                    f"    if ({same}) then\n",
                    "      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out\n",
                    "      return\n", "    end if\n",
                    f_call(v.c_function + "_v", ["bg"] + f_call_args(v)
                           + ["out", "size(out, kind=c_size_t)"]),
                    f"  end function {name}\n\n"]
    return "".join(out).rstrip("\n") + "\n"


# --- Python: ctypes declarations and the method table ----------------------------------------

def py_region(vs):
    lines = ["# The rng_* functions: name -> (restype, *argtypes).\n", "_METHOD_SIGNATURES = {\n"]
    for v in vs:
        ps = "".join(f"{CTYPES[p.type]}, " for p in v.params)
        lines.append(f"    \"{v.c_function}\": (c_int32, BG, {ps}Out({CTYPES[v.out]}), c_size_t),\n")
        if v.next_form == "value":
            lines.append(f"    \"{v.c_next}\": ({CTYPES[v.out]}, BG),\n")
        elif v.next_form == "status":
            lines.append(f"    \"{v.c_next}\": (c_int32, BG, {ps}POINTER({CTYPES[v.out]})),\n")
        if has_v(v):
            vs_ = "".join(f"In({CTYPES[p.type]}), " if p in v_arrays(v) else f"{CTYPES[p.type]}, "
                          for p in v.params)
            line = (f"    \"{v.c_function}_v\": (c_int32, BG, {vs_}Out({CTYPES[v.out]}), "
                    "c_size_t),\n")
            if len(line) > 100:
                line = (f"    \"{v.c_function}_v\":\n        (c_int32, BG, {vs_}Out({CTYPES[v.out]}), "
                        "c_size_t),\n")
            lines.append(line)
    lines.append("}\n")
    lines.append("# Generator methods made from the table: name -> ((parameter, default)..., "
                 "{key: C function},\n# (choice, default)...); a default of `_REQ` means "
                 "required. The key is the dtype, or\n# (dtype, choices...) for a method with "
                 "choices, as standard_exponential's method.\n")
    lines.append("_METHODS = {\n")
    for name, group in mt.numpy_methods(vs).items():
        if group[0].python != "auto":
            continue
        params = "".join(f"(\"{p.numpy}\", {'_REQ' if p.required else py_value(p.type, p.default)}), "
                         for p in group[0].params)
        params = f"({params.rstrip(', ')}{',' if len(group[0].params) == 1 else ''})"
        choices = "".join(f"(\"{k}\", \"{d}\"), " for k, d in group[0].choices.items())
        choices = f"({choices.rstrip(', ')}{',' if len(group[0].choices) == 1 else ''})"

        def key(v):
            dt = f"np.dtype(np.{mt.NUMPY_DTYPE[v.out]})"
            return f"({dt}, {', '.join(f'{c!r}' for c in v.chosen)})" if v.choices else dt
        funcs = [f"{key(v)}: \"{v.c_function}\"" for v in group]
        line = f"    \"{name}\": ({params}, {{{', '.join(funcs)}}}, {choices}),\n"
        if len(line) > 100:
            line = (f"    \"{name}\": ({params}, {{\n"
                    + "".join(f"        {f},\n" for f in funcs) + f"    }}, {choices}),\n")
        lines.append(line)
    lines.append("}\n")
    ints = mt.numpy_methods(vs).get("integers", [])
    lines.append("# integers by dtype: the C fill.\n_INTEGERS = {\n")
    for v in ints:
        dt = "np.bool_" if v.out == "bool" else f"np.{mt.NUMPY_DTYPE[v.out]}"
        lines.append(f"    np.dtype({dt}): \"{v.c_function}\",\n")
    lines.append("}\n")
    return "".join(lines)


# --- Every Generator method: README's table and the names the tests check -------------------

def variant_note(v):
    """What picks a variant in NumPy's call: its numpy_kwargs (`dtype=np.float32` as float32),
    else its element type."""
    kw = re.sub(r"dtype=(np\.)?", "", v.numpy_kwargs)
    return kw or mt.NUMPY_DTYPE[v.out]


def method_names(vs, manual):
    """NumPy method -> {"note": text, "c"|"cpp"|"fortran"|"python": [names]}: the generated
    rows' first variant (the others are in the note) and the hand-written rows' names."""
    out = {}
    for name, group in mt.numpy_methods(vs).items():
        first = group[0]
        out[name] = {
            "note": ", ".join(f"`{v.suffix}` {variant_note(v)}" for v in group[1:]),
            "c": [first.c_function], "cpp": [first.numpy if first.inplace else first.cname],
            "fortran": [first.c_function + "_f"], "python": [name]}
    for m in manual:
        row = out.setdefault(m.numpy, {"note": "", "c": [], "cpp": [], "fortran": [],
                                       "python": []})
        for key, names in (("c", m.c), ("cpp", m.cpp), ("fortran", m.fortran),
                           ("python", [m.python])):
            row[key] += [n for n in names if n not in row[key]]
    return dict(sorted(out.items()))


def readme_table(vs, manual):
    out = ["\n| NumPy `Generator` | C | C++ `generator` | Fortran | Python |\n",
           "|---|---|---|---|---|\n"]
    for name, row in method_names(vs, manual).items():
        note = f" ({row['note']})" if row["note"] else ""
        cells = [f"`{name}`{note}"] + [", ".join(f"`{n}`" for n in row[k])
                                      for k in ("c", "cpp", "fortran", "python")]
        out.append("| " + " | ".join(cells) + " |\n")
    return "".join(out) + "\n"


def names_file(vs, manual):
    """tests/data/method_names.txt: every name of the table by language, for tests/generated.rs
    (every `rng_` function of the header and every NumPy method must be in it)."""
    lines = [f"# {NOTICE}\n",
             "# Every name of the table: numpy|language|name (c, cpp, fortran, python), read by "
             "tests/generated.rs.\n"]
    for v in vs:
        names = {"c": [v.c_function] + ([v.c_next] if v.next_form else [])
                 + ([v.c_function + "_v"] if has_v(v) else []),
                 "cpp": [v.numpy if v.inplace else v.cname] + ([v.cname + "_v"] if has_v(v) else []),
                 "fortran": [v.c_function + "_f"] + ([v.c_function + "_v_f"] if has_v(v) else []),
                 "python": [v.numpy]}
        for lang, ns in names.items():
            lines += [f"{v.numpy}|{lang}|{n}\n" for n in ns]
    for m in manual:
        for lang, ns in (("c", m.c), ("cpp", m.cpp), ("fortran", m.fortran),
                         ("python", [m.python])):
            lines += [f"{m.numpy}|{lang}|{n}\n" for n in ns]
    seen = set()
    return "".join(l for l in lines if not (l in seen or seen.add(l)))


# --- The outputs -----------------------------------------------------------------------------

def whole_files(vs, manual):
    return {
        "src/ffi/methods.rs": rust_ffi(vs),
        **emit_tests.files(vs, manual),
        "tests/data/method_names.txt": names_file(vs, manual),
    }


def regions(vs, manual):
    """(file, region name) -> text."""
    return {
        ("README.md", "every Generator method"): readme_table(vs, manual),
        ("include/randstreams.hpp", "distribution methods"): cpp_methods(vs),
        ("include/randstreams.f90", "public C functions"): f_public_c(vs),
        ("include/randstreams.f90", "public wrappers"): f_public_wrappers(vs),
        ("include/randstreams.f90", "interfaces"): f_interfaces(vs),
        ("include/randstreams.f90", "wrappers"): f_wrappers(vs),
        ("python/randstreams.py", "method tables"): py_region(vs),
    }


# Comment lines: `// `, `! `, `# `, or `<!-- ... -->` in Markdown.
REGION = re.compile(r"^(?P<indent>[ \t]*)(?P<lead>//|!|#|<!--) BEGIN GENERATED: (?P<name>[^(\n]*?) "
                    r"\(.*\)(?P<tail>(?: -->)?)\n(?P<body>.*?)"
                    r"^[ \t]*(?P=lead) END GENERATED: (?P=name)(?P=tail)\n",
                    re.M | re.S)


def fill_regions(text, path, wanted):
    """`text` with each of its generated regions replaced by `wanted[name]`."""
    found = set()

    def repl(m):
        name = m.group("name")
        if name not in wanted:
            raise SystemExit(f"{path}: unknown generated region {name!r}")
        found.add(name)
        ind, lead, tail = m.group("indent"), m.group("lead"), m.group("tail")
        return (f"{ind}{lead} BEGIN GENERATED: {name} ({COMMAND}; do not edit){tail}\n"
                f"{wanted[name]}{ind}{lead} END GENERATED: {name}{tail}\n")

    out = REGION.sub(repl, text)
    missing = set(wanted) - found
    if missing:
        raise SystemExit(f"{path}: regions {sorted(missing)} not found (BEGIN/END GENERATED lines)")
    return out


def outputs(table=mt.TABLE):
    vs = mt.load(table)
    manual = mt.load_manual(table, vs)
    result = dict(whole_files(vs, manual))
    by_file = {}
    for (path, name), text in regions(vs, manual).items():
        by_file.setdefault(path, {})[name] = text
    for path, wanted in by_file.items():
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            result[path] = fill_regions(f.read(), path, wanted)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare only; exit 1 on a difference")
    ap.add_argument("--table", default=mt.TABLE, help="another table (for the check's own test)")
    args = ap.parse_args()
    stale = []
    for path, text in outputs(args.table).items():
        full = os.path.join(ROOT, path)
        try:
            with open(full, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old == text:
            continue
        stale.append(path)
        if args.check:
            diff = difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                        f"{path} (committed)", f"{path} (generated)", n=1)
            sys.stderr.write("".join(list(diff)[:40]))
        else:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if args.check and stale:
        sys.exit(f"stale generated files: {', '.join(stale)}; run `{COMMAND}`")
    if not args.check:
        print(f"{len(stale)} file(s) written" + (f": {', '.join(stale)}" if stale else ""))


if __name__ == "__main__":
    main()
