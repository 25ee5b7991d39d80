"""randstreams from Python, through ctypes: NumPy's SeedSequence, bit generators and
Generator distributions, bit for bit, filling NumPy arrays in place.

    import randstreams as rs
    ss = rs.SeedSequence(12345)
    streams = [rs.PCG64(child) for child in ss.spawn(4)]
    x = np.empty(1000)
    streams[2].normal(10.0, 2.0, out=x)     # = Generator(PCG64(SeedSequence(12345).spawn(4)[2]))
                                            #       .normal(10.0, 2.0, size=1000)

The library is found on first use (or by ``load(path)``): ``path``, else the
``RANDSTREAMS_LIBRARY`` environment variable, else ``ctypes.util.find_library('randstreams')``,
else next to this module or in the source tree's build directories.
"""

import ast
import ctypes
import ctypes.util
import inspect
import json
import operator
import os
import sys
from ctypes import (CFUNCTYPE, POINTER, Structure, c_bool, c_char, c_char_p, c_double,
                    c_float, c_int8, c_int16, c_int32, c_int64, c_size_t, c_uint8, c_uint16,
                    byref, c_uint32, c_uint64, c_void_p)

import numpy as np

__all__ = ["load", "version", "RandstreamsError", "SeedSequence", "BitGenerator",
           "PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]

ABI_VERSION = "0.1"  # the library's MAJOR.MINOR this module was written for

RNG_OK, RNG_ERR_NULL_POINTER, RNG_ERR_INVALID_ARGUMENT, RNG_ERR_UNSUPPORTED = 0, 1, 2, 3
RNG_ERR_ENTROPY_UNAVAILABLE, RNG_ERR_BUFFER_TOO_SMALL, RNG_ERR_INTERNAL = 4, 5, 6
RNG_ERR_OUT_OF_MEMORY = 7


class RandstreamsError(Exception):
    """A failed library call: ``status`` (an ``RNG_ERR_*`` code, or None for a constructor,
    which returns NULL rather than a status) and the library's ``message``."""

    def __init__(self, status, message):
        super().__init__(status, message)
        self.status, self.message = status, message

    def __str__(self):
        if self.status is None:
            return self.message
        return f"{self.message} ({_lib().rng_status_str(self.status).decode()})"


# --- C declarations -------------------------------------------------------------------------

class rng_seedseq(Structure):
    """Opaque."""


class rng_bitgen(Structure):
    """Opaque."""


SS, BG = POINTER(rng_seedseq), POINTER(rng_bitgen)
NEXT_U64 = CFUNCTYPE(c_uint64, c_void_p)
NEXT_U32 = CFUNCTYPE(c_uint32, c_void_p)
NEXT_DOUBLE = CFUNCTYPE(c_double, c_void_p)


def _array(ctype, writable):
    """An argument type for a `ctype *` parameter that takes a C-contiguous NumPy array of the
    matching dtype (or None for NULL) and passes its data pointer."""
    dtype = np.dtype(ctype)

    class Array:
        _ctype_ = ctype

        @classmethod
        def from_param(cls, a):
            if a is None:
                return None
            _check_array(a, (dtype,), writable)
            # The address as a plain pointer: `data_as(POINTER(ctype))` costs a microsecond
            # more a call, and the checks above already did its job.
            return c_void_p(a.ctypes.data)
    Array.__name__ = f"{'Out' if writable else 'In'}[{dtype}]"
    return Array


def Out(ctype):
    return _array(ctype, True)


def In(ctype):
    return _array(ctype, False)


_REQ = inspect.Parameter.empty

# BEGIN GENERATED: method tables (python3 scripts/gen/methods.py; do not edit)
# The rng_* functions: name -> (restype, *argtypes).
_METHOD_SIGNATURES = {
    "rng_random": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_random": (c_double, BG),
    "rng_random_f32": (c_int32, BG, Out(c_float), c_size_t),
    "rng_next_random_f32": (c_float, BG),
    "rng_uniform": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_uniform": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_standard_normal": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_normal": (c_double, BG),
    "rng_standard_normal_f32": (c_int32, BG, Out(c_float), c_size_t),
    "rng_next_standard_normal_f32": (c_float, BG),
    "rng_normal": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_normal": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_standard_exponential": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_exponential": (c_double, BG),
    "rng_standard_exponential_f32": (c_int32, BG, Out(c_float), c_size_t),
    "rng_next_standard_exponential_f32": (c_float, BG),
    "rng_standard_exponential_inv": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_exponential_inv": (c_double, BG),
    "rng_standard_exponential_inv_f32": (c_int32, BG, Out(c_float), c_size_t),
    "rng_next_standard_exponential_inv_f32": (c_float, BG),
    "rng_exponential": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_exponential": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_lognormal": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_lognormal": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_standard_gamma": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_standard_gamma": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_standard_gamma_f32": (c_int32, BG, c_float, Out(c_float), c_size_t),
    "rng_next_standard_gamma_f32": (c_int32, BG, c_float, POINTER(c_float)),
    "rng_gamma": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_gamma": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_beta": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_beta": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_chisquare": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_chisquare": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_f": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_f": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_noncentral_chisquare": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_noncentral_chisquare": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_noncentral_f": (c_int32, BG, c_double, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_noncentral_f": (c_int32, BG, c_double, c_double, c_double, POINTER(c_double)),
    "rng_vonmises": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_vonmises": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_poisson": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_poisson": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_binomial": (c_int32, BG, c_int64, c_double, Out(c_int64), c_size_t),
    "rng_next_binomial": (c_int32, BG, c_int64, c_double, POINTER(c_int64)),
    "rng_geometric": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_geometric": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_negative_binomial": (c_int32, BG, c_double, c_double, Out(c_int64), c_size_t),
    "rng_next_negative_binomial": (c_int32, BG, c_double, c_double, POINTER(c_int64)),
    "rng_logseries": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_logseries": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_zipf": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_zipf": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_hypergeometric": (c_int32, BG, c_int64, c_int64, c_int64, Out(c_int64), c_size_t),
    "rng_next_hypergeometric": (c_int32, BG, c_int64, c_int64, c_int64, POINTER(c_int64)),
    "rng_integers_i64": (c_int32, BG, c_int64, c_int64, c_bool, Out(c_int64), c_size_t),
    "rng_next_integers_i64": (c_int32, BG, c_int64, c_int64, c_bool, POINTER(c_int64)),
    "rng_integers_i32": (c_int32, BG, c_int32, c_int32, c_bool, Out(c_int32), c_size_t),
    "rng_next_integers_i32": (c_int32, BG, c_int32, c_int32, c_bool, POINTER(c_int32)),
    "rng_integers_i16": (c_int32, BG, c_int16, c_int16, c_bool, Out(c_int16), c_size_t),
    "rng_next_integers_i16": (c_int32, BG, c_int16, c_int16, c_bool, POINTER(c_int16)),
    "rng_integers_i8": (c_int32, BG, c_int8, c_int8, c_bool, Out(c_int8), c_size_t),
    "rng_next_integers_i8": (c_int32, BG, c_int8, c_int8, c_bool, POINTER(c_int8)),
    "rng_integers_u64": (c_int32, BG, c_uint64, c_uint64, c_bool, Out(c_uint64), c_size_t),
    "rng_next_integers_u64": (c_int32, BG, c_uint64, c_uint64, c_bool, POINTER(c_uint64)),
    "rng_integers_u32": (c_int32, BG, c_uint32, c_uint32, c_bool, Out(c_uint32), c_size_t),
    "rng_next_integers_u32": (c_int32, BG, c_uint32, c_uint32, c_bool, POINTER(c_uint32)),
    "rng_integers_u16": (c_int32, BG, c_uint16, c_uint16, c_bool, Out(c_uint16), c_size_t),
    "rng_next_integers_u16": (c_int32, BG, c_uint16, c_uint16, c_bool, POINTER(c_uint16)),
    "rng_integers_u8": (c_int32, BG, c_uint8, c_uint8, c_bool, Out(c_uint8), c_size_t),
    "rng_next_integers_u8": (c_int32, BG, c_uint8, c_uint8, c_bool, POINTER(c_uint8)),
    "rng_integers_bool": (c_int32, BG, c_uint8, c_uint8, c_bool, Out(c_bool), c_size_t),
    "rng_next_integers_bool": (c_int32, BG, c_uint8, c_uint8, c_bool, POINTER(c_bool)),
    "rng_permutation": (c_int32, BG, Out(c_int64), c_size_t),
    "rng_shuffle_i64": (c_int32, BG, Out(c_int64), c_size_t),
    "rng_shuffle_f64": (c_int32, BG, Out(c_double), c_size_t),
    "rng_standard_cauchy": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_cauchy": (c_double, BG),
    "rng_standard_t": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_standard_t": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_pareto": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_pareto": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_weibull": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_weibull": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_power": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_power": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_laplace": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_laplace": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_gumbel": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_gumbel": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_logistic": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_logistic": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_rayleigh": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_rayleigh": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_wald": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_wald": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_triangular": (c_int32, BG, c_double, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_triangular": (c_int32, BG, c_double, c_double, c_double, POINTER(c_double)),
}
# Generator methods made from the table: name -> ((parameter, default)..., {key: C function},
# (choice, default)...); a default of `_REQ` means required. The key is the dtype, or
# (dtype, choices...) for a method with choices, as standard_exponential's method.
_METHODS = {
    "random": ((), {
        np.dtype(np.float64): "rng_random",
        np.dtype(np.float32): "rng_random_f32",
    }, ()),
    "uniform": ((("low", 0.0), ("high", 1.0)), {np.dtype(np.float64): "rng_uniform"}, ()),
    "standard_normal": ((), {
        np.dtype(np.float64): "rng_standard_normal",
        np.dtype(np.float32): "rng_standard_normal_f32",
    }, ()),
    "normal": ((("loc", 0.0), ("scale", 1.0)), {np.dtype(np.float64): "rng_normal"}, ()),
    "standard_exponential": ((), {
        (np.dtype(np.float64), 'zig'): "rng_standard_exponential",
        (np.dtype(np.float32), 'zig'): "rng_standard_exponential_f32",
        (np.dtype(np.float64), 'inv'): "rng_standard_exponential_inv",
        (np.dtype(np.float32), 'inv'): "rng_standard_exponential_inv_f32",
    }, (("method", "zig"),)),
    "exponential": ((("scale", 1.0),), {np.dtype(np.float64): "rng_exponential"}, ()),
    "lognormal": ((("mean", 0.0), ("sigma", 1.0)), {np.dtype(np.float64): "rng_lognormal"}, ()),
    "standard_gamma": ((("shape", _REQ),), {
        np.dtype(np.float64): "rng_standard_gamma",
        np.dtype(np.float32): "rng_standard_gamma_f32",
    }, ()),
    "gamma": ((("shape", _REQ), ("scale", 1.0)), {np.dtype(np.float64): "rng_gamma"}, ()),
    "beta": ((("a", _REQ), ("b", _REQ)), {np.dtype(np.float64): "rng_beta"}, ()),
    "chisquare": ((("df", _REQ),), {np.dtype(np.float64): "rng_chisquare"}, ()),
    "f": ((("dfnum", _REQ), ("dfden", _REQ)), {np.dtype(np.float64): "rng_f"}, ()),
    "noncentral_chisquare": ((("df", _REQ), ("nonc", _REQ)), {
        np.dtype(np.float64): "rng_noncentral_chisquare",
    }, ()),
    "noncentral_f": ((("dfnum", _REQ), ("dfden", _REQ), ("nonc", _REQ)), {
        np.dtype(np.float64): "rng_noncentral_f",
    }, ()),
    "vonmises": ((("mu", _REQ), ("kappa", _REQ)), {np.dtype(np.float64): "rng_vonmises"}, ()),
    "poisson": ((("lam", 1.0),), {np.dtype(np.int64): "rng_poisson"}, ()),
    "binomial": ((("n", _REQ), ("p", _REQ)), {np.dtype(np.int64): "rng_binomial"}, ()),
    "geometric": ((("p", _REQ),), {np.dtype(np.int64): "rng_geometric"}, ()),
    "negative_binomial": ((("n", _REQ), ("p", _REQ)), {
        np.dtype(np.int64): "rng_negative_binomial",
    }, ()),
    "logseries": ((("p", _REQ),), {np.dtype(np.int64): "rng_logseries"}, ()),
    "zipf": ((("a", _REQ),), {np.dtype(np.int64): "rng_zipf"}, ()),
    "hypergeometric": ((("ngood", _REQ), ("nbad", _REQ), ("nsample", _REQ)), {
        np.dtype(np.int64): "rng_hypergeometric",
    }, ()),
    "standard_cauchy": ((), {np.dtype(np.float64): "rng_standard_cauchy"}, ()),
    "standard_t": ((("df", _REQ),), {np.dtype(np.float64): "rng_standard_t"}, ()),
    "pareto": ((("a", _REQ),), {np.dtype(np.float64): "rng_pareto"}, ()),
    "weibull": ((("a", _REQ),), {np.dtype(np.float64): "rng_weibull"}, ()),
    "power": ((("a", _REQ),), {np.dtype(np.float64): "rng_power"}, ()),
    "laplace": ((("loc", 0.0), ("scale", 1.0)), {np.dtype(np.float64): "rng_laplace"}, ()),
    "gumbel": ((("loc", 0.0), ("scale", 1.0)), {np.dtype(np.float64): "rng_gumbel"}, ()),
    "logistic": ((("loc", 0.0), ("scale", 1.0)), {np.dtype(np.float64): "rng_logistic"}, ()),
    "rayleigh": ((("scale", 1.0),), {np.dtype(np.float64): "rng_rayleigh"}, ()),
    "wald": ((("mean", _REQ), ("scale", _REQ)), {np.dtype(np.float64): "rng_wald"}, ()),
    "triangular": ((("left", _REQ), ("mode", _REQ), ("right", _REQ)), {
        np.dtype(np.float64): "rng_triangular",
    }, ()),
}
# integers by dtype: the C fill.
_INTEGERS = {
    np.dtype(np.int64): "rng_integers_i64",
    np.dtype(np.int32): "rng_integers_i32",
    np.dtype(np.int16): "rng_integers_i16",
    np.dtype(np.int8): "rng_integers_i8",
    np.dtype(np.uint64): "rng_integers_u64",
    np.dtype(np.uint32): "rng_integers_u32",
    np.dtype(np.uint16): "rng_integers_u16",
    np.dtype(np.uint8): "rng_integers_u8",
    np.dtype(np.bool_): "rng_integers_bool",
}
# END GENERATED: method tables

# Every function of include/randstreams.h: name -> (restype, *argtypes).
_SIGNATURES = {
    "ss_new": (SS, In(c_uint64), c_size_t),
    "ss_new_u32": (SS, In(c_uint32), c_size_t),
    "ss_new_str": (SS, c_char_p),
    "ss_new_os": (SS,),
    "ss_new_ex": (SS, c_char_p, In(c_uint64), c_size_t, c_size_t, c_uint64),
    "ss_spawn": (c_int32, SS, c_size_t, POINTER(SS)),
    "ss_generate_state_u32": (c_int32, SS, Out(c_uint32), c_size_t),
    "ss_generate_state_u64": (c_int32, SS, Out(c_uint64), c_size_t),
    "ss_n_children_spawned": (c_uint64, SS),
    "ss_pool_size": (c_size_t, SS),
    "ss_spawn_key": (c_size_t, SS, Out(c_uint64), c_size_t),
    "ss_entropy_str": (c_size_t, SS, POINTER(c_char), c_size_t),
    "ss_free": (None, SS),
    **{f"{alg}_new": (BG, SS) for alg in ("pcg64", "pcg64dxsm", "mt19937", "philox", "sfc64")},
    "bitgen_new": (BG, c_char_p, SS),
    "philox_new_key": (BG, In(c_uint64), In(c_uint64)),
    "mt19937_new_legacy": (BG, c_uint32),
    "mt19937_new_legacy_array": (BG, In(c_uint32), c_size_t),
    "bitgen_new_user": (BG, c_void_p, NEXT_U64, NEXT_U32, NEXT_DOUBLE),
    "bitgen_next_u64": (c_uint64, BG),
    "bitgen_next_u32": (c_uint32, BG),
    "bitgen_next_double": (c_double, BG),
    "bitgen_random_raw": (c_int32, BG, Out(c_uint64), c_size_t),
    "bitgen_fill_u64": (c_int32, BG, Out(c_uint64), c_size_t),
    "bitgen_fill_u32": (c_int32, BG, Out(c_uint32), c_size_t),
    "bitgen_fill_double": (c_int32, BG, Out(c_double), c_size_t),
    "bitgen_fill_u64_parallel": (c_int32, BG, Out(c_uint64), c_size_t, c_size_t),
    "bitgen_spawn": (c_int32, BG, c_size_t, POINTER(BG)),
    **{f"{alg}_jumped": (BG, BG, c_uint64) for alg in ("pcg64", "pcg64dxsm", "philox", "mt19937")},
    **{f"{alg}_advance": (c_int32, BG, In(c_uint64)) for alg in ("pcg64", "pcg64dxsm", "philox")},
    "bitgen_name": (c_char_p, BG),
    "bitgen_seedseq": (SS, BG),
    "bitgen_clone": (BG, BG),
    "bitgen_free": (None, BG),
    **_METHOD_SIGNATURES,
    # The vector-valued methods (written by hand).
    "rng_multinomial": (c_int32, BG, c_int64, In(c_double), c_size_t, Out(c_int64), c_size_t),
    "rng_multinomial_v": (c_int32, BG, In(c_int64), In(c_double), c_size_t, Out(c_int64),
                          c_size_t),
    "rng_dirichlet": (c_int32, BG, In(c_double), c_size_t, Out(c_double), c_size_t),
    "rng_multivariate_hypergeometric": (c_int32, BG, In(c_int64), c_size_t, c_int64, c_char_p,
                                        Out(c_int64), c_size_t),
    "bitgen_state_json": (c_size_t, BG, POINTER(c_char), c_size_t),
    "bitgen_from_state_json": (BG, c_char_p),
    "bitgen_set_state_json": (c_int32, BG, c_char_p),
    "bitgen_state_save": (c_int32, BG, POINTER(c_uint8), c_size_t, POINTER(c_size_t)),
    "bitgen_state_load": (BG, In(c_uint8), c_size_t),
    "ss_state_json": (c_size_t, SS, POINTER(c_char), c_size_t),
    "ss_from_state_json": (SS, c_char_p),
    "ss_state_save": (c_int32, SS, POINTER(c_uint8), c_size_t, POINTER(c_size_t)),
    "ss_state_load": (SS, In(c_uint8), c_size_t),
    "rng_version": (c_char_p,),
    "rng_last_error": (c_char_p,),
    "rng_status_str": (c_char_p, c_int32),
}

_LIB = None


def _candidates(path):
    if path:
        return [path]
    if os.environ.get("RANDSTREAMS_LIBRARY"):
        return [os.environ["RANDSTREAMS_LIBRARY"]]
    found = ctypes.util.find_library("randstreams")
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    name = {"darwin": "librandstreams.dylib", "win32": "randstreams.dll"}.get(
        sys.platform, "librandstreams.so")
    dirs = [here, os.path.join(root, "build", "stage", "lib"),
            os.path.join(root, "target", "release"), os.path.join(root, "target", "debug")]
    return ([found] if found else []) + [os.path.join(d, name) for d in dirs
                                         if os.path.exists(os.path.join(d, name))]


def _open(path):
    lib = ctypes.CDLL(path)
    version = lib.rng_version
    version.restype, version.argtypes = c_char_p, []
    found = version().decode()
    if found.rsplit(".", 1)[0] != ABI_VERSION:
        raise OSError(f"{path} is randstreams {found}; this module needs {ABI_VERSION}.x")
    for fname, (restype, *argtypes) in _SIGNATURES.items():
        try:
            f = getattr(lib, fname)
        except AttributeError:
            raise OSError(f"{path} (randstreams {found}) lacks {fname}: an older build?") from None
        f.restype, f.argtypes = restype, argtypes
    return lib


def load(path=None):
    """Loads the library (see the module's docstring for where it is looked for), declares
    every function's types and returns the ``ctypes.CDLL``. Later calls return the same one.
    An explicit path (argument or environment) must work; of the others the first that does
    is taken."""
    global _LIB
    if _LIB is None:
        errors = []
        for candidate in _candidates(path):
            try:
                _LIB = _open(candidate)
                break
            except OSError as e:
                if path or os.environ.get("RANDSTREAMS_LIBRARY"):
                    raise
                errors.append(str(e))
        else:
            raise OSError("no usable librandstreams (pass its path to randstreams.load() or set "
                          "RANDSTREAMS_LIBRARY)" + "".join("\n  " + e for e in errors))
    return _LIB


_lib = load


def version():
    """The library's version, ``"MAJOR.MINOR.PATCH"``."""
    return _lib().rng_version().decode()


def _error(status=None):
    return RandstreamsError(status, _lib().rng_last_error().decode())


def _check(status):
    if status != RNG_OK:
        raise _error(status)


def _handle(ptr):
    """A constructor's result, or RandstreamsError with the last error when it is NULL."""
    if not ptr:
        raise _error()
    return ptr


def _check_array(a, dtypes, writable=True):
    if not isinstance(a, np.ndarray):
        raise TypeError(f"expected a numpy array, got {type(a).__name__}")
    if a.dtype not in dtypes:
        raise TypeError(f"expected an array of {' or '.join(map(str, dtypes))}, got {a.dtype}")
    if not a.flags.c_contiguous:
        raise ValueError("the array must be C-contiguous")
    if writable and not a.flags.writeable:
        raise ValueError("the array is read-only")


def _words(value, nwords, what, wrap=False):
    """A Python int as `nwords` 64-bit words, least significant first (mod 2^(64 nwords) when
    `wrap`, as NumPy's advance; else 0 <= value < 2^(64 nwords), as NumPy's Philox key)."""
    value = operator.index(value)
    if wrap:
        value %= 1 << (64 * nwords)
    elif not 0 <= value < 1 << (64 * nwords):
        raise ValueError(f"{what} must be in [0, 2**{64 * nwords})")
    return np.array([(value >> (64 * i)) & 0xFFFFFFFFFFFFFFFF for i in range(nwords)], np.uint64)


def _text(func, handle):
    """The whole text of an snprintf-style function (asked for its length first)."""
    n = func(handle, None, 0)
    buf = ctypes.create_string_buffer(n + 1)
    if func(handle, buf, n + 1) != n:
        raise _error()
    return buf.value.decode()


def _bytes(func, handle):
    """The bytes of a size-query save function (``*_state_save``)."""
    n = c_size_t()
    _check(func(handle, None, 0, byref(n)))
    buf = (c_uint8 * n.value)()
    _check(func(handle, buf, n.value, byref(n)))
    return bytes(buf)


def _from_bytes(func, data):
    a = np.frombuffer(bytes(data), np.uint8)
    return func(a, a.size)


class _Owned:
    """A library handle freed by close(), a with block or garbage collection."""
    _ptr = None

    @classmethod
    def _own(cls, ptr):
        self = cls.__new__(cls)
        self._ptr = _handle(ptr)
        return self

    def close(self):
        ptr, self._ptr = self._ptr, None
        if ptr:
            self._free(ptr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass

    @property
    def _as_parameter_(self):  # passing a closed handle: ctypes.ArgumentError
        if not self._ptr:
            raise ValueError(f"{type(self).__name__} is closed")
        return self._ptr


# --- SeedSequence ---------------------------------------------------------------------------

def _entropy_text(x):
    """An int, or a list of them, as ss_new_str reads it (nesting is left to the library to
    refuse, with its message)."""
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    return "[" + ", ".join(_entropy_text(v) for v in x) + "]"


class SeedSequence(_Owned):
    """``numpy.random.SeedSequence``: ``SeedSequence(entropy=None, *, spawn_key=(),
    pool_size=4, n_children_spawned=0)``. ``entropy`` is None (from the OS), an int of any
    size, a sequence of ints, or a uint32 NumPy array (its words)."""

    def __init__(self, entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0):
        lib = _lib()
        if isinstance(entropy, np.ndarray) and entropy.dtype == np.uint32:
            if spawn_key or pool_size != 4 or n_children_spawned:
                entropy = [int(w) for w in entropy.ravel()]
            else:
                words = np.ascontiguousarray(entropy.ravel())
                self._ptr = _handle(lib.ss_new_u32(words, words.size))
                return
        text = None if entropy is None else _entropy_text(entropy).encode()
        if spawn_key or pool_size != 4 or n_children_spawned:
            key = np.array([operator.index(k) for k in spawn_key], np.uint64)
            self._ptr = _handle(lib.ss_new_ex(text, key, key.size, pool_size, n_children_spawned))
        else:
            self._ptr = _handle(lib.ss_new_os() if text is None else lib.ss_new_str(text))

    @staticmethod
    def _free(ptr):
        _lib().ss_free(ptr)

    def spawn(self, n_children):
        """``ss.spawn(n)``: a list of new child sequences."""
        children = (SS * n_children)()
        _check(_lib().ss_spawn(self, n_children, children))
        return [SeedSequence._own(c) for c in children]

    def generate_state(self, n_words, dtype=np.uint32):
        """``ss.generate_state(n_words, dtype)`` for dtype uint32 or uint64."""
        dtype = np.dtype(dtype)
        fill = {np.dtype(np.uint32): _lib().ss_generate_state_u32,
                np.dtype(np.uint64): _lib().ss_generate_state_u64}.get(dtype)
        if fill is None:
            raise ValueError("only support uint32 or uint64")
        out = np.empty(n_words, dtype)
        _check(fill(self, out, n_words))
        return out

    @property
    def n_children_spawned(self):
        return _lib().ss_n_children_spawned(self)

    @property
    def pool_size(self):
        return _lib().ss_pool_size(self)

    @property
    def spawn_key(self):
        n = _lib().ss_spawn_key(self, None, 0)
        key = np.empty(n, np.uint64)
        _lib().ss_spawn_key(self, key, n)
        return tuple(int(k) for k in key)

    @property
    def entropy_text(self):
        """The entropy as the library prints it (``ss_entropy_str``), which ``SeedSequence``
        reads back: log it to replay an OS-seeded run."""
        n = _lib().ss_entropy_str(self, None, 0)
        buf = ctypes.create_string_buffer(n + 1)
        _lib().ss_entropy_str(self, buf, n + 1)
        return buf.value.decode()

    @property
    def entropy(self):
        """The entropy as an int or a list of ints."""
        return ast.literal_eval(self.entropy_text)

    @property
    def state(self):
        """NumPy's ``ss.state`` (``SeedSequence(**state)`` rebuilds it, spawn counter included)."""
        return json.loads(_text(_lib().ss_state_json, self))

    @classmethod
    def from_state(cls, state):
        """The inverse of ``state``."""
        return cls._own(_lib().ss_from_state_json(json.dumps(state).encode()))

    def save(self):
        """A binary checkpoint (bytes)."""
        return _bytes(_lib().ss_state_save, self)

    @classmethod
    def load(cls, data):
        """A seed sequence from ``save()``'s bytes."""
        return cls._own(_from_bytes(_lib().ss_state_load, data))

    def __repr__(self):
        if not self._ptr:
            return "<closed randstreams.SeedSequence>"
        return (f"SeedSequence({self.entropy_text}, spawn_key={self.spawn_key}, "
                f"pool_size={self.pool_size}, n_children_spawned={self.n_children_spawned})")


def _seedseq(seed):
    return seed if isinstance(seed, SeedSequence) else SeedSequence(seed)


# --- BitGenerator ---------------------------------------------------------------------------

class BitGenerator(_Owned):
    """A bit generator of any algorithm: ``BitGenerator("PCG64", seed)`` is
    ``numpy.random.PCG64(seed)`` (``seed`` a SeedSequence or what SeedSequence takes). Also
    ``PCG64(seed)``, ``Philox(key=..., counter=...)``, ``MT19937.legacy(seed)`` (below).

    Besides the raw draws it has NumPy ``Generator``'s methods: each fills ``out`` (a
    C-contiguous NumPy array of a matching dtype) in place and returns it, or returns a new
    array of shape ``size``, or one value when both are None."""

    def __init__(self, name, seed=None):
        self._ptr = _handle(_lib().bitgen_new(name.encode(), _seedseq(seed)))

    @staticmethod
    def _free(ptr):
        _lib().bitgen_free(ptr)

    @classmethod
    def from_user(cls, next_u64, next_u32=None, next_double=None):
        """A generator drawing from Python callables (each taking no argument), for the
        distributions. Slow: for tests and experiments."""
        cbs = (NEXT_U64(lambda _: int(next_u64())),
               NEXT_U32(lambda _: int(next_u32())) if next_u32 else NEXT_U32(),
               NEXT_DOUBLE(lambda _: float(next_double())) if next_double else NEXT_DOUBLE())
        self = cls._own(_lib().bitgen_new_user(None, *cbs))
        self._callbacks = cbs  # kept alive as long as the handle
        return self

    @property
    def name(self):
        return _lib().bitgen_name(self).decode()

    @property
    def seed_seq(self):
        """The (shared) seed sequence; RandstreamsError for one without (jumped, keyed, legacy)."""
        return SeedSequence._own(_lib().bitgen_seedseq(self))

    def __repr__(self):
        return f"<randstreams.BitGenerator {self.name if self._ptr else '(closed)'}>"

    # Raw draws
    def next_u64(self):
        return _lib().bitgen_next_u64(self)

    def next_u32(self):
        return _lib().bitgen_next_u32(self)

    def next_double(self):
        return _lib().bitgen_next_double(self)

    def _raw(self, fill, dtype, size, out):
        out = np.empty(size, dtype) if out is None else out
        _check_array(out, (np.dtype(dtype),))
        _check(fill(self, out, out.size))
        return out

    def random_raw(self, size=1, out=None):
        """``bg.random_raw(size)``: raw outputs as uint64 (32-bit values for MT19937)."""
        return self._raw(_lib().bitgen_random_raw, np.uint64, size, out)

    def fill_u64(self, size=1, out=None):
        return self._raw(_lib().bitgen_fill_u64, np.uint64, size, out)

    def fill_u32(self, size=1, out=None):
        return self._raw(_lib().bitgen_fill_u32, np.uint32, size, out)

    def fill_double(self, size=1, out=None):
        return self._raw(_lib().bitgen_fill_double, np.float64, size, out)

    # Streams
    def spawn(self, n_children):
        """``bg.spawn(n)``: from the shared seed sequence; refused (RNG_ERR_UNSUPPORTED) for a
        generator without one."""
        children = (BG * n_children)()
        _check(_lib().bitgen_spawn(self, n_children, children))
        return [BitGenerator._own(c) for c in children]

    def jumped(self, jumps=1):
        """``bg.jumped(jumps)``: a new generator (without a seed sequence); PCG64, PCG64DXSM,
        Philox, MT19937."""
        fname = f"{self.name.lower()}_jumped"
        if fname not in _SIGNATURES:
            raise AttributeError(f"{self.name} has no jumped()")
        return BitGenerator._own(getattr(_lib(), fname)(self, jumps))

    def advance(self, delta):
        """``bg.advance(delta)`` for a Python int (negative steps back); PCG64, PCG64DXSM
        (outputs) and Philox (blocks of four outputs). Returns self."""
        nwords = {"PCG64": 2, "PCG64DXSM": 2, "Philox": 4}.get(self.name)
        if nwords is None:
            raise AttributeError(f"{self.name} has no advance()")
        adv = getattr(_lib(), f"{self.name.lower()}_advance")
        _check(adv(self, _words(delta, nwords, "delta", wrap=True)))
        return self

    @property
    def state(self):
        """NumPy's ``bit_generator.state`` with arrays as lists: ``numpy_bg.state = bg.state``
        continues this stream in NumPy; ``bg.state = numpy_bg.state`` (arrays as lists) the
        other way."""
        return json.loads(_text(_lib().bitgen_state_json, self))

    @state.setter
    def state(self, value):
        plain = {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in value.items()}
        if isinstance(plain.get("state"), dict):
            plain["state"] = {k: (v.tolist() if hasattr(v, "tolist") else v)
                              for k, v in plain["state"].items()}
        _check(_lib().bitgen_set_state_json(self, json.dumps(plain).encode()))

    @classmethod
    def from_state(cls, state):
        """A new generator (without a seed sequence) from a NumPy state dict."""
        return cls._own(_lib().bitgen_from_state_json(json.dumps(state).encode()))

    def save(self):
        """A binary checkpoint (bytes), with the seed sequence and its spawn counter."""
        return _bytes(_lib().bitgen_state_save, self)

    @classmethod
    def load(cls, data):
        """A generator from ``save()``'s bytes."""
        return cls._own(_from_bytes(_lib().bitgen_state_load, data))

    def copy(self):
        """A copy in the current state, sharing the seed sequence (``bitgen_clone``)."""
        return BitGenerator._own(_lib().bitgen_clone(self))

    __copy__ = copy

    # Distributions (the table-made methods are added below the class)
    def _fill(self, funcs, params, size, out, dtype):
        dt = None if dtype is None else np.dtype(dtype)
        if dt is not None and dt not in funcs:
            raise TypeError(f"unsupported dtype {dt}")
        if out is None:
            result = np.empty(1 if size is None else size, dt or next(iter(funcs)))
        else:
            _check_array(out, (dt,) if dt else tuple(funcs))
            if size is not None and _shape(size) != out.shape:
                raise ValueError(f"size {size} does not match out's shape {out.shape}")
            result = out
        f = funcs[result.dtype]
        _check(getattr(_lib(), f)(self, *_args(f, params), result, result.size))
        return result[0] if out is None and size is None else result

    def integers(self, low, high=None, size=None, dtype=np.int64, endpoint=False, out=None):
        """``Generator.integers``; the dtype is ``out``'s when ``out`` is given."""
        if high is None:
            low, high = 0, low
        if out is not None:
            _check_array(out, tuple(_INTEGERS))
        dt = np.dtype(dtype) if out is None else out.dtype
        if dt not in _INTEGERS:
            raise TypeError(f"unsupported dtype {dt} for integers")
        lo, hi = (0, 1) if dt == np.bool_ else (np.iinfo(dt).min, np.iinfo(dt).max)
        low, high = operator.index(low), operator.index(high)
        # NumPy's checks in NumPy's order (_bounded_integers.pyx.in) where a bound does not fit
        # the dtype, so cannot reach the library (which makes the same checks on the rest).
        if low < lo:
            raise ValueError(f"low is out of bounds for {dt}")
        if (high if endpoint else high - 1) > hi:
            raise ValueError(f"high is out of bounds for {dt}")
        if not endpoint and high == hi + 1:  # high exclusive: NumPy itself draws [low, high - 1]
            high, endpoint, closed = hi, True, False
        else:
            closed = endpoint
        if not (lo <= low <= hi and lo <= high <= hi):  # then low is above the closed high
            raise ValueError((f"high {'<' if closed else '<='} 0" if low == 0 else
                              f"low {'>' if closed else '>='} high"))
        return self._fill({dt: _INTEGERS[dt]}, (low, high, endpoint), size, out, None)

    def permutation(self, n=None, out=None):
        """``Generator.permutation(n)`` for an int n: into ``out`` (int64) when given."""
        if out is None:
            out = np.empty(operator.index(n), np.int64)
        elif n is not None and operator.index(n) != out.size:
            raise ValueError(f"n = {n} but out has {out.size} elements")
        _check_array(out, (np.dtype(np.int64),))
        _check(_lib().rng_permutation(self, out, out.size))
        return out

    def shuffle(self, x):
        """``Generator.shuffle(x)`` for a 1-d C-contiguous int64 or float64 array, in place."""
        _check_array(x, (np.dtype(np.int64), np.dtype(np.float64)))
        if x.ndim != 1:
            raise ValueError("only 1-d arrays are supported")
        f = _lib().rng_shuffle_i64 if x.dtype == np.int64 else _lib().rng_shuffle_f64
        _check(f(self, x, x.size))

    # The vector-valued methods: NumPy's signatures, shapes, dtypes, exceptions and messages
    # (numpy/random/_generator.pyx); the checks NumPy makes on arrays are made here, in its
    # order, and the library checks again.
    def multinomial(self, n, pvals, size=None):
        """``Generator.multinomial(n, pvals, size=None)``, with NumPy's vector path (``n`` an
        array or ``pvals`` of more than one dimension, broadcast together)."""
        on = np.asarray(n).astype(np.int64)
        parr = np.array(pvals, dtype=np.float64, order="C")  # 0-d stays 0-d
        d = parr.shape[-1] if parr.ndim >= 1 else 0
        if d == 0:
            raise ValueError("pvals must have at least 1 dimension and the last dimension of "
                             "pvals must be greater than 0.")
        if np.any(np.isnan(parr)) or np.any(parr < 0) or np.any(parr > 1):
            raise ValueError("pvals < 0, pvals > 1 or pvals contains NaNs")
        rows2 = parr.reshape(-1, d)
        if np.any(_kahan_rows(rows2[:, :-1]) > 1.0 + 1e-12):
            sl = "[:-1]" if parr.ndim == 1 else "[...,:-1]"
            if (isinstance(pvals, np.ndarray) and np.issubdtype(pvals.dtype, np.floating)
                    and pvals.dtype != float and pvals.sum() < 1.0001):
                raise ValueError(f"sum(pvals{sl}.astype(np.float64)) > 1.0. The pvals array is "
                                 "cast to 64-bit floating point prior to checking the sum. "
                                 "Precision changes when casting may cause problems even if "
                                 "the sum of the original pvals is valid.")
            raise ValueError(f"sum(pvals{sl}) > 1.0")
        if on.ndim != 0 or parr.ndim > 1:
            if np.any(on < 0):
                raise ValueError("n < 0")
            offsets = np.arange(0, parr.size, d, dtype=np.intp).reshape(parr.shape[:-1])
            if size is None:
                shape = np.broadcast_shapes(on.shape, offsets.shape)
            else:
                shape = np.broadcast_shapes(on.shape, offsets.shape, np.empty(size, np.int8).shape)
                size = _shape(size)
                if shape != size:
                    raise ValueError(f"Output size {size} is not compatible with broadcast "
                                     f"dimensions of inputs {shape}.")
            out = np.zeros(shape + (d,), np.int64)
            ns = np.ascontiguousarray(np.broadcast_to(on, shape), np.int64).ravel()
            rows = rows2[np.broadcast_to(offsets, shape).ravel() // d]
            _check(_lib().rng_multinomial_v(self, ns, np.ascontiguousarray(rows), d, out,
                                            ns.size))
            return out
        shape = (d,) if size is None else _shape(size) + (d,)
        out = np.zeros(shape, np.int64)
        ni = int(on)
        if ni < 0:
            raise ValueError("n < 0")
        _check(_lib().rng_multinomial(self, ni, parr, d, out, out.size // d))
        return out

    def dirichlet(self, alpha, size=None):
        """``Generator.dirichlet(alpha, size=None)``."""
        k = len(alpha)
        alpha_arr = np.ascontiguousarray(alpha, dtype=np.float64)
        if alpha_arr.ndim != 1:
            raise ValueError("setting an array element with a sequence. The requested array "
                             "would exceed the maximum number of dimension of 1.")
        if np.any(np.less(alpha_arr, 0)):
            raise ValueError("alpha < 0")
        shape = (k,) if size is None else _shape(size) + (k,)
        out = np.zeros(shape, np.float64)
        if k:
            _check(_lib().rng_dirichlet(self, alpha_arr, k, out, out.size // k))
        return out

    def multivariate_hypergeometric(self, colors, nsample, size=None, method='marginals'):
        """``Generator.multivariate_hypergeometric(colors, nsample, size=None,
        method='marginals')``."""
        if method not in ['count', 'marginals']:
            raise ValueError('method must be "count" or "marginals".')
        try:
            operator.index(nsample)
        except TypeError:
            raise ValueError('nsample must be an integer') from None
        if nsample < 0:
            raise ValueError("nsample must be nonnegative.")
        if nsample > _INT64_MAX:
            raise ValueError("nsample must not exceed %d" % _INT64_MAX)
        invalid = False
        try:
            colors = np.asarray(colors)
            if colors.ndim != 1:
                invalid = True
            elif colors.size > 0 and not np.issubdtype(colors.dtype, np.integer):
                invalid = True
            elif np.any((colors < 0) | (colors > _INT64_MAX)):
                invalid = True
        except ValueError:
            invalid = True
        if invalid:
            raise ValueError("colors must be a one-dimensional sequence of nonnegative integers "
                             "not exceeding %d." % _INT64_MAX)
        colors = np.ascontiguousarray(colors, dtype=np.int64)
        total = sum(int(c) for c in colors)
        if total > _INT64_MAX:
            raise ValueError("sum(colors) must not exceed the maximum value of a 64 bit signed "
                             "integer (%d)" % _INT64_MAX)
        if method == 'marginals' and total >= 1000000000:
            raise ValueError('When method is "marginals", sum(colors) must be less than '
                             '1000000000.')
        if method == 'count' and total > _INT64_MAX // 8:
            raise ValueError("When method is 'count', sum(colors) must not exceed %d"
                             % (_INT64_MAX // 8))
        if nsample > total:
            raise ValueError("nsample > sum(colors)")
        m = colors.size
        if size is None:
            shape = (m,)
        elif np.isscalar(size):
            shape = (size, m)
        else:
            shape = tuple(size) + (m,)
        out = np.zeros(shape, np.int64)
        if m == 0:
            return out
        status = _lib().rng_multivariate_hypergeometric(self, colors, m, operator.index(nsample),
                                                        method.encode(), out, out.size // m)
        if status == RNG_ERR_OUT_OF_MEMORY:
            raise MemoryError("Insufficient memory for multivariate_hypergeometric with "
                              "method='count' and sum(colors)=%d" % total)
        _check(status)
        return out


_INT64_MAX = 2**63 - 1


def _kahan_rows(x):
    """NumPy's ``kahan_sum`` (numpy/random/_common.pyx) of each row of a 2-d array, in the same
    order of operations (0 for rows of no values)."""
    if x.shape[1] == 0:
        return np.zeros(x.shape[0])
    total, c = x[:, 0].copy(), np.zeros(x.shape[0])
    for i in range(1, x.shape[1]):
        y = x[:, i] - c
        t = total + y
        c = (t - total) - y
        total = t
    return total


def _shape(size):
    try:
        return tuple(operator.index(n) for n in size)
    except TypeError:
        return (operator.index(size),)


def _args(fname, params):
    """The parameters, refusing integers that do not fit their C type (ctypes would wrap)."""
    checked = []
    for t, v in zip(_SIGNATURES[fname][2:], params):  # after restype and the handle
        if t not in (c_double, c_float, c_bool):
            v = operator.index(v)
            if t(v).value != v:
                raise OverflowError(f"{fname}: {v} does not fit in {t.__name__}")
        checked.append(v)
    return checked


def _method(name, params, funcs, choices):
    P = inspect.Parameter
    dtypes = {k[0] if choices else k for k in funcs}
    sig = inspect.Signature(
        [P(p, P.POSITIONAL_OR_KEYWORD, default=d) for p, d in params + (("size", None),)]
        + [P(k, P.KEYWORD_ONLY, default=None) for k in ("dtype",) * (len(dtypes) > 1)]
        + [P(k, P.KEYWORD_ONLY, default=d) for k, d in choices]
        + [P("out", P.KEYWORD_ONLY, default=None)])
    # With choices (NumPy's keyword arguments that pick an algorithm, as standard_exponential's
    # method), the C functions for each choice by dtype.
    by_choice = {}
    for k, f in funcs.items():
        dt, chosen = (k[0], tuple(k[1:])) if choices else (k, ())
        by_choice.setdefault(chosen, {})[dt] = f

    # Binding by hand: `sig.bind` cost about 5 us a call, more than a 1000-value fill.
    pos = [p for p, _ in params] + ["size"]
    defaults = {p: d for p, d in params + (("size", None),)}
    defaults.update((k, v.default) for k, v in sig.parameters.items() if k not in defaults)

    def method(self, *args, **kwargs):
        if len(args) > len(pos):
            raise TypeError(f"{name}() takes at most {len(pos)} positional arguments "
                            f"({len(args)} given)")
        a = dict(defaults)
        a.update(zip(pos, args))
        given = pos[:len(args)]
        for k, v in kwargs.items():
            if k not in defaults:
                raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
            if k in given:
                raise TypeError(f"{name}() got multiple values for argument '{k}'")
            a[k] = v
        missing = [p for p, _ in params if a[p] is _REQ]
        if missing:
            raise TypeError(f"{name}() missing required argument: '{missing[0]}'")
        values = [a[p] for p, _ in params]
        chosen = tuple(a[k] for k, _ in choices)
        if chosen not in by_choice:  # NumPy takes any method but 'zig' as 'inv': refused here
            given = ", ".join(f"{k}={v!r}" for (k, _), v in zip(choices, chosen))
            raise ValueError(f"{name}(): unknown {given}")
        return self._fill(by_choice[chosen], values, a["size"], a["out"], a.get("dtype"))

    method.__name__ = method.__qualname__ = name
    method.__signature__ = sig.replace(
        parameters=[P("self", P.POSITIONAL_ONLY)] + list(sig.parameters.values()))
    method.__doc__ = (f"``Generator.{name}``, filling ``out`` in place (dtypes: "
                      f"{', '.join(map(str, dtypes))}) or a new array of shape ``size``.")
    return method


for _name, (_params, _funcs, _choices) in _METHODS.items():
    setattr(BitGenerator, _name, _method(_name, _params, _funcs, _choices))


# NumPy's constructors
def PCG64(seed=None):
    return BitGenerator("PCG64", seed)


def PCG64DXSM(seed=None):
    return BitGenerator("PCG64DXSM", seed)


def SFC64(seed=None):
    return BitGenerator("SFC64", seed)


def MT19937(seed=None):
    return BitGenerator("MT19937", seed)


def _mt19937_legacy(seed):
    """MT19937 seeded as ``numpy.random.RandomState(seed)``: an int, or a list of ints (a
    one-element list differs from the int, as in NumPy)."""
    scalar = isinstance(seed, (int, np.integer))
    words = [operator.index(s) for s in ([seed] if scalar else seed)]
    if not all(0 <= w < 2**32 for w in words):
        raise ValueError("legacy seeds must be in [0, 2**32)")
    if scalar:
        return BitGenerator._own(_lib().mt19937_new_legacy(words[0]))
    words = np.array(words, np.uint32)
    return BitGenerator._own(_lib().mt19937_new_legacy_array(words, words.size))


MT19937.legacy = _mt19937_legacy


def Philox(seed=None, counter=None, key=None):
    """``numpy.random.Philox(seed)``, or ``Philox(key=k, counter=c)`` for Python ints (128-bit
    key, 256-bit counter; then without a seed sequence)."""
    if key is None:
        if counter is not None:
            raise ValueError("a counter is only taken with a key")  # NumPy: SeedSequence only
        return BitGenerator("Philox", seed)
    if seed is not None:
        raise ValueError("seed and key cannot be both used")
    c = None if counter is None else _words(counter, 4, "counter")
    return BitGenerator._own(_lib().philox_new_key(_words(key, 2, "key"), c))
