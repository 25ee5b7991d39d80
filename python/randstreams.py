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
import threading
import warnings
from collections.abc import Sequence as _Sequence
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
RNG_WARN_NOT_PSD = 100


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


class _BitgenT(Structure):
    """NumPy's ``bitgen_t`` (numpy/random/bitgen.h), which a ``Generator`` copies out of the
    ``BitGenerator`` capsule and calls with ``state``."""
    _fields_ = [("state", c_void_p), ("next_uint64", NEXT_U64), ("next_uint32", NEXT_U32),
                ("next_double", NEXT_DOUBLE), ("next_raw", NEXT_U64)]


try:  # NumPy's own namedtuple type for bg.ctypes / bg.cffi
    from numpy.random._common import interface as _interface
except ImportError:  # pragma: no cover - a NumPy without it
    from collections import namedtuple as _namedtuple
    _interface = _namedtuple("interface", ["state_address", "state", "next_uint64",
                                           "next_uint32", "next_double", "bit_generator"])


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
    "rng_uniform_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_standard_normal": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_normal": (c_double, BG),
    "rng_standard_normal_f32": (c_int32, BG, Out(c_float), c_size_t),
    "rng_next_standard_normal_f32": (c_float, BG),
    "rng_normal": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_normal": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_normal_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
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
    "rng_exponential_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_lognormal": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_lognormal": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_lognormal_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_standard_gamma": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_standard_gamma": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_standard_gamma_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_standard_gamma_f32": (c_int32, BG, c_float, Out(c_float), c_size_t),
    "rng_next_standard_gamma_f32": (c_int32, BG, c_float, POINTER(c_float)),
    "rng_standard_gamma_f32_v": (c_int32, BG, In(c_float), Out(c_float), c_size_t),
    "rng_gamma": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_gamma": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_gamma_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_beta": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_beta": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_beta_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_chisquare": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_chisquare": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_chisquare_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_f": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_f": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_f_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_noncentral_chisquare": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_noncentral_chisquare": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_noncentral_chisquare_v":
        (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_noncentral_f": (c_int32, BG, c_double, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_noncentral_f": (c_int32, BG, c_double, c_double, c_double, POINTER(c_double)),
    "rng_noncentral_f_v":
        (c_int32, BG, In(c_double), In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_vonmises": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_vonmises": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_vonmises_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_poisson": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_poisson": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_poisson_v": (c_int32, BG, In(c_double), Out(c_int64), c_size_t),
    "rng_binomial": (c_int32, BG, c_int64, c_double, Out(c_int64), c_size_t),
    "rng_next_binomial": (c_int32, BG, c_int64, c_double, POINTER(c_int64)),
    "rng_binomial_v": (c_int32, BG, In(c_int64), In(c_double), Out(c_int64), c_size_t),
    "rng_geometric": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_geometric": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_geometric_v": (c_int32, BG, In(c_double), Out(c_int64), c_size_t),
    "rng_negative_binomial": (c_int32, BG, c_double, c_double, Out(c_int64), c_size_t),
    "rng_next_negative_binomial": (c_int32, BG, c_double, c_double, POINTER(c_int64)),
    "rng_negative_binomial_v": (c_int32, BG, In(c_double), In(c_double), Out(c_int64), c_size_t),
    "rng_logseries": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_logseries": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_logseries_v": (c_int32, BG, In(c_double), Out(c_int64), c_size_t),
    "rng_zipf": (c_int32, BG, c_double, Out(c_int64), c_size_t),
    "rng_next_zipf": (c_int32, BG, c_double, POINTER(c_int64)),
    "rng_zipf_v": (c_int32, BG, In(c_double), Out(c_int64), c_size_t),
    "rng_hypergeometric": (c_int32, BG, c_int64, c_int64, c_int64, Out(c_int64), c_size_t),
    "rng_next_hypergeometric": (c_int32, BG, c_int64, c_int64, c_int64, POINTER(c_int64)),
    "rng_hypergeometric_v":
        (c_int32, BG, In(c_int64), In(c_int64), In(c_int64), Out(c_int64), c_size_t),
    "rng_integers_i64": (c_int32, BG, c_int64, c_int64, c_bool, Out(c_int64), c_size_t),
    "rng_next_integers_i64": (c_int32, BG, c_int64, c_int64, c_bool, POINTER(c_int64)),
    "rng_integers_i64_v": (c_int32, BG, In(c_int64), In(c_int64), c_bool, Out(c_int64), c_size_t),
    "rng_integers_i32": (c_int32, BG, c_int32, c_int32, c_bool, Out(c_int32), c_size_t),
    "rng_next_integers_i32": (c_int32, BG, c_int32, c_int32, c_bool, POINTER(c_int32)),
    "rng_integers_i32_v": (c_int32, BG, In(c_int32), In(c_int32), c_bool, Out(c_int32), c_size_t),
    "rng_integers_i16": (c_int32, BG, c_int16, c_int16, c_bool, Out(c_int16), c_size_t),
    "rng_next_integers_i16": (c_int32, BG, c_int16, c_int16, c_bool, POINTER(c_int16)),
    "rng_integers_i16_v": (c_int32, BG, In(c_int16), In(c_int16), c_bool, Out(c_int16), c_size_t),
    "rng_integers_i8": (c_int32, BG, c_int8, c_int8, c_bool, Out(c_int8), c_size_t),
    "rng_next_integers_i8": (c_int32, BG, c_int8, c_int8, c_bool, POINTER(c_int8)),
    "rng_integers_i8_v": (c_int32, BG, In(c_int8), In(c_int8), c_bool, Out(c_int8), c_size_t),
    "rng_integers_u64": (c_int32, BG, c_uint64, c_uint64, c_bool, Out(c_uint64), c_size_t),
    "rng_next_integers_u64": (c_int32, BG, c_uint64, c_uint64, c_bool, POINTER(c_uint64)),
    "rng_integers_u64_v":
        (c_int32, BG, In(c_uint64), In(c_uint64), c_bool, Out(c_uint64), c_size_t),
    "rng_integers_u32": (c_int32, BG, c_uint32, c_uint32, c_bool, Out(c_uint32), c_size_t),
    "rng_next_integers_u32": (c_int32, BG, c_uint32, c_uint32, c_bool, POINTER(c_uint32)),
    "rng_integers_u32_v":
        (c_int32, BG, In(c_uint32), In(c_uint32), c_bool, Out(c_uint32), c_size_t),
    "rng_integers_u16": (c_int32, BG, c_uint16, c_uint16, c_bool, Out(c_uint16), c_size_t),
    "rng_next_integers_u16": (c_int32, BG, c_uint16, c_uint16, c_bool, POINTER(c_uint16)),
    "rng_integers_u16_v":
        (c_int32, BG, In(c_uint16), In(c_uint16), c_bool, Out(c_uint16), c_size_t),
    "rng_integers_u8": (c_int32, BG, c_uint8, c_uint8, c_bool, Out(c_uint8), c_size_t),
    "rng_next_integers_u8": (c_int32, BG, c_uint8, c_uint8, c_bool, POINTER(c_uint8)),
    "rng_integers_u8_v": (c_int32, BG, In(c_uint8), In(c_uint8), c_bool, Out(c_uint8), c_size_t),
    "rng_integers_bool": (c_int32, BG, c_uint8, c_uint8, c_bool, Out(c_bool), c_size_t),
    "rng_next_integers_bool": (c_int32, BG, c_uint8, c_uint8, c_bool, POINTER(c_bool)),
    "rng_integers_bool_v": (c_int32, BG, In(c_uint8), In(c_uint8), c_bool, Out(c_bool), c_size_t),
    "rng_permutation": (c_int32, BG, Out(c_int64), c_size_t),
    "rng_shuffle_i64": (c_int32, BG, Out(c_int64), c_size_t),
    "rng_shuffle_f64": (c_int32, BG, Out(c_double), c_size_t),
    "rng_standard_cauchy": (c_int32, BG, Out(c_double), c_size_t),
    "rng_next_standard_cauchy": (c_double, BG),
    "rng_standard_t": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_standard_t": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_standard_t_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_pareto": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_pareto": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_pareto_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_weibull": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_weibull": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_weibull_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_power": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_power": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_power_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_laplace": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_laplace": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_laplace_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_gumbel": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_gumbel": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_gumbel_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_logistic": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_logistic": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_logistic_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_rayleigh": (c_int32, BG, c_double, Out(c_double), c_size_t),
    "rng_next_rayleigh": (c_int32, BG, c_double, POINTER(c_double)),
    "rng_rayleigh_v": (c_int32, BG, In(c_double), Out(c_double), c_size_t),
    "rng_wald": (c_int32, BG, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_wald": (c_int32, BG, c_double, c_double, POINTER(c_double)),
    "rng_wald_v": (c_int32, BG, In(c_double), In(c_double), Out(c_double), c_size_t),
    "rng_triangular": (c_int32, BG, c_double, c_double, c_double, Out(c_double), c_size_t),
    "rng_next_triangular": (c_int32, BG, c_double, c_double, c_double, POINTER(c_double)),
    "rng_triangular_v":
        (c_int32, BG, In(c_double), In(c_double), In(c_double), Out(c_double), c_size_t),
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
    "bitgen_next_raw": (c_uint64, BG),
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
    "rng_multivariate_normal": (c_int32, BG, In(c_double), In(c_double), c_size_t, c_char_p,
                                c_double, c_char_p, Out(c_double), c_size_t),
    # Written by hand (not in methods.toml): choice, bytes, the shuffles of any item size.
    "rng_bytes": (c_int32, BG, Out(c_uint8), c_size_t),
    "rng_choice": (c_int32, BG, c_int64, In(c_double), c_bool, c_bool, Out(c_int64), c_size_t),
    "rng_shuffle": (c_int32, BG, c_void_p, c_size_t, c_size_t),
    "rng_shuffle_axis": (c_int32, BG, c_void_p, c_size_t, In(c_size_t), c_size_t, c_size_t),
    "rng_permutation_axis": (c_int32, BG, c_void_p, c_void_p, c_size_t, In(c_size_t), c_size_t,
                             c_size_t),
    "rng_permuted": (c_int32, BG, c_void_p, c_size_t, In(c_size_t), c_size_t, c_size_t),
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

# PyCapsule_New keeps this pointer: a buffer that lives as long as the module.
_CAPSULE_NAME = ctypes.create_string_buffer(b"BitGenerator")


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

    def next_raw(self):
        """NumPy's ``bitgen_t.next_raw``: ``random_raw()``'s next value."""
        return _lib().bitgen_next_raw(self)

    # NumPy interop: np.random.Generator(bg) and NumPy's ctypes/cffi/numba interfaces
    def close(self):
        """Frees the handle. Once ``capsule``, ``ctypes`` or ``cffi`` has been taken, NumPy
        ``Generator``s (which copied the capsule's pointer and keep a reference to this object)
        may still draw from it: then close() only closes this object (its methods refuse it,
        ``capsule`` raises ValueError) and the handle is freed when the object is collected."""
        if self._ptr and self.__dict__.get("_bitgen_t") is not None:
            self._kept, self._ptr = self._ptr, None
            return
        super().close()

    def __del__(self):
        try:
            kept = self.__dict__.pop("_kept", None)
            if kept:
                self._free(kept)
            super().close()  # not close(): nothing can draw from it any more
        except Exception:  # interpreter shutdown
            pass

    def _bitgen(self):
        """The ``bitgen_t`` for this handle, made once and kept as long as this object."""
        state = ctypes.cast(self._as_parameter_, c_void_p)  # ValueError once closed
        st = self.__dict__.get("_bitgen_t")
        if st is None:
            lib = _lib()

            def fn(proto, name):  # the library's own function, by address, at its own type
                return proto(ctypes.cast(getattr(lib, name), c_void_p).value)

            st = _BitgenT(state, fn(NEXT_U64, "bitgen_next_u64"),
                          fn(NEXT_U32, "bitgen_next_u32"),
                          fn(NEXT_DOUBLE, "bitgen_next_double"),
                          fn(NEXT_U64, "bitgen_next_raw"))
            self._bitgen_t = st
        return st

    @property
    def lock(self):
        """A ``threading.Lock`` that NumPy's ``Generator`` holds while it draws. A handle must
        be used by one thread at a time: take this lock around randstreams' own calls when a
        Generator on another thread shares the generator."""
        return self.__dict__.setdefault("_lock", threading.Lock())

    @property
    def capsule(self):
        """A PyCapsule named "BitGenerator" holding a NumPy ``bitgen_t`` for this handle, so
        ``numpy.random.Generator(bg)`` draws NumPy's methods from this stream. Valid as long
        as this object lives; ValueError once closed."""
        st = self._bitgen()
        cap = self.__dict__.get("_capsule")
        if cap is None:
            new = ctypes.pythonapi.PyCapsule_New
            new.restype = ctypes.py_object
            new.argtypes = (c_void_p, c_void_p, c_void_p)
            cap = self._capsule = new(ctypes.addressof(st), ctypes.addressof(_CAPSULE_NAME),
                                      None)
        return cap

    @property
    def ctypes(self):
        """NumPy's ``bg.ctypes``: ``interface(state_address, state, next_uint64, next_uint32,
        next_double, bit_generator)``, the functions as ctypes function pointers taking
        ``state`` (usable from numba's ``@njit``). Valid as long as this object lives."""
        st = self._bitgen()
        return _interface(st.state, c_void_p(st.state), st.next_uint64, st.next_uint32,
                          st.next_double, c_void_p(ctypes.addressof(st)))

    @property
    def cffi(self):
        """NumPy's ``bg.cffi``: as ``ctypes`` with cffi pointers; ImportError without cffi."""
        try:
            import cffi
        except ImportError as e:
            raise ImportError("cffi cannot be imported.") from e
        st = self._bitgen()
        ffi = cffi.FFI()

        def fp(decl, f):
            return ffi.cast(decl, ctypes.cast(f, c_void_p).value)

        return _interface(st.state, ffi.cast("void *", st.state),
                          fp("uint64_t (*)(void *)", st.next_uint64),
                          fp("uint32_t (*)(void *)", st.next_uint32),
                          fp("double (*)(void *)", st.next_double),
                          ffi.cast("void *", ctypes.addressof(st)))

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

    def _fill_v(self, name, funcs, params, size, out, dtype):
        """NumPy's broadcast call: the parameters as arrays broadcast together (with ``size``
        or ``out``'s shape when given), each made C-contiguous, then one call of the ``_v``
        function, which checks every element before drawing."""
        dt = None if dtype is None else np.dtype(dtype)
        if dt is not None and dt not in funcs:
            raise TypeError(f"unsupported dtype {dt}")
        if out is not None:
            _check_array(out, (dt,) if dt else tuple(funcs))
            if size is not None and _shape(size) != out.shape:
                raise ValueError(f"size {size} does not match out's shape {out.shape}")
            dt, size = out.dtype, out.shape
        dt = dt or next(iter(funcs))
        f = funcs[dt] + "_v"
        types = _SIGNATURES[f][2:2 + len(params)]
        arrays = [_param_array(t, v) if hasattr(t, "_ctype_") else v
                  for t, v in zip(types, params)]
        shaped = [a for t, a in zip(types, arrays) if hasattr(t, "_ctype_")]
        if name == "uniform":  # NumPy broadcasts low with high - low (its error first)
            shaped = [arrays[0], np.subtract(arrays[1], arrays[0])]
        shape = _broadcast_shape(name, shaped, size)
        result = out if out is not None else np.empty(shape, dt)
        if result.size == 0:
            self._check_v(f, types, arrays)
        args = [np.ascontiguousarray(np.broadcast_to(a, shape)) if hasattr(t, "_ctype_") else a
                for t, a in zip(types, arrays)]
        _check(getattr(_lib(), f)(self, *args, result, result.size))
        return result

    def _check_v(self, f, types, arrays):
        """NumPy checks the parameter arrays even when the output is empty: the library's
        checks, run by a fill of the parameters' broadcast on a copy of this generator (which
        is dropped; this one draws nothing)."""
        shape = np.broadcast(*[a for t, a in zip(types, arrays) if hasattr(t, "_ctype_")]).shape
        if 0 in shape:
            return
        args = [np.ascontiguousarray(np.broadcast_to(a, shape)) if hasattr(t, "_ctype_") else a
                for t, a in zip(types, arrays)]
        scratch = np.empty(shape, np.dtype(_SIGNATURES[f][-2]._ctype_))
        with self.copy() as probe:
            _check(getattr(_lib(), f)(probe, *args, scratch, scratch.size))

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
        if _is_array(low) or _is_array(high):
            return self._integers_v(low, high, size, dt, endpoint, out, lo, hi)
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

    def _integers_v(self, low, high, size, dt, endpoint, out, lo, hi):
        """``integers`` with array bounds: NumPy's broadcast path (_bounded_integers.pyx.in).
        Bounds that may not fit the dtype are checked here, as NumPy checks them; the library
        checks the rest (``low >= high`` and the like) with NumPy's messages."""
        if out is not None:
            _check_array(out, tuple(_INTEGERS))
            size = out.shape
        if size is not None and 0 in _shape(size):  # NumPy: an empty array before any check
            return out if out is not None else np.empty(_shape(size), dt)
        low, high = np.asarray(low), np.asarray(high)
        for a in (low, high):
            if a.dtype.kind not in "iub":
                a.astype(np.int64, casting="safe")  # NumPy's TypeError for other kinds
        ct = np.dtype(np.uint8) if dt == np.bool_ else dt
        if not np.can_cast(low, ct) and np.any(low < lo):
            raise ValueError(f"low is out of bounds for {dt}")
        if not np.can_cast(high, ct):
            if np.any(high > hi if endpoint else high > hi + 1):
                raise ValueError(f"high is out of bounds for {dt}")
            if np.any(low > high if endpoint else low >= high):
                raise ValueError((f"high {'<' if endpoint else '<='} 0" if not np.any(low) else
                                  f"low {'>' if endpoint else '>='} high"))
            if not endpoint and np.any(high > hi):  # an exclusive high one past the dtype's top
                high, endpoint = high - 1, True  # the same closed intervals
        # NumPy's iterator takes (low, high, out) and draws prod(size) values along it, without
        # comparing the shapes: the first prod(size) of the broadcast, in C order.
        shape = np.broadcast(low, high).shape if size is None else _shape(size)
        full = np.broadcast(low, high, np.broadcast_to(np.empty((), np.int8), shape)).shape
        n = int(np.prod(shape))
        args = [a if a.shape == shape and a.flags.c_contiguous and a.dtype == ct else
                np.ascontiguousarray(np.broadcast_to(a, full).reshape(-1)[:n], dtype=ct)
                for a in (low, high)]
        result = out if out is not None else np.empty(shape, dt)
        f = _INTEGERS[dt] + "_v"
        _check(getattr(_lib(), f)(self, args[0], args[1], endpoint, result, result.size))
        return result

    def bytes(self, length):
        """``Generator.bytes(length)``: NumPy's whole 32-bit draws, so ``bytes(0)`` draws one
        (and, as in NumPy, ``bytes(-1)`` gives 3 bytes; ``-3`` to ``-6`` give none and draw
        nothing)."""
        length = operator.index(length)
        words = _c_div(length - 1, 4) + 1
        if words < 0:
            raise ValueError("negative dimensions are not allowed")
        if words == 0:
            return b""
        buf = np.empty(4 * words, np.uint8)
        _check(_lib().rng_bytes(self, buf, buf.size))
        return buf.tobytes()[:length]

    def choice(self, a, size=None, replace=True, p=None, axis=0, shuffle=True):
        """``Generator.choice``: the library draws the indices (``rng_choice``), NumPy's
        ``a.take(idx, axis)`` picks them; NumPy's types, checks and messages."""
        a_original = a
        a = np.asarray(a)
        if a.ndim == 0:
            try:
                pop_size = operator.index(a.item())
            except TypeError as exc:
                raise ValueError("a must be a sequence or an integer, "
                                 f"not {type(a_original)}") from exc
            if pop_size <= 0 and np.prod(size) != 0:
                raise ValueError("a must be a positive integer unless no samples are taken")
        else:
            pop_size = a.shape[axis]
            if pop_size == 0 and np.prod(size) != 0:
                raise ValueError("a cannot be empty unless no samples are taken")
        wide = False  # NumPy's tolerance on sum(p) is wider than float64's: checked here
        if p is not None:
            len(p)  # NumPy's first use of p: a TypeError for a scalar
            atol = np.sqrt(np.finfo(np.float64).eps)
            if isinstance(p, np.ndarray) and np.issubdtype(p.dtype, np.floating):
                wide = np.sqrt(np.finfo(p.dtype).eps) > atol
                atol = max(atol, np.sqrt(np.finfo(p.dtype).eps))
            p = np.array(p, dtype=np.float64, order="C")
            if p.ndim != 1:
                raise ValueError("p must be 1-dimensional")
            if p.size != pop_size:
                raise ValueError("a and p must have same size")
            if wide:
                p_sum = float(_kahan_rows(p.reshape(1, -1))[0])
                if np.isnan(p_sum):
                    raise ValueError("Probabilities contain NaN")
                if np.logical_or.reduce(p < 0):
                    raise ValueError("Probabilities are not non-negative")
                if abs(p_sum - 1.) > atol:
                    raise ValueError("Probabilities do not sum to 1. See Notes section of "
                                     "docstring for more information.")
        is_scalar = size is None
        shape = () if is_scalar else _shape(size)
        n = int(np.prod(shape, dtype=np.intp))

        def draw(out, count):
            status = _lib().rng_choice(self, pop_size, p, bool(replace), bool(shuffle), out,
                                       count)
            if status == RNG_ERR_INVALID_ARGUMENT:
                message = _lib().rng_last_error().decode().split(": ", 1)[1]
                raise ValueError(message)
            _check(status)

        if any(d < 0 for d in shape):
            if not wide:
                draw(None, 0)  # NumPy's checks on a and p come first
            if not replace and n > pop_size:
                draw(None, n)
            raise ValueError("negative dimensions are not allowed")
        if wide:  # NumPy's own steps, on this generator's random() draws
            idx = self._choice_p(pop_size, shape, n, replace, p)
        else:
            idx = np.empty(shape, np.int64)
            draw(idx, n)
        if is_scalar:
            idx = idx.item(0)
        if a.ndim == 0:
            return idx
        if not is_scalar and idx.ndim == 0 and a.ndim == 1:
            res = np.empty((), dtype=a.dtype)
            res[()] = a[idx]
            return res
        return a.take(np.asarray(idx, dtype=np.intp), axis=axis)

    def _choice_p(self, pop_size, shape, n, replace, p):
        """NumPy's choice with p (_generator.pyx), for a p whose tolerance the library lacks."""
        if replace:
            cdf = p.cumsum()
            cdf /= cdf[-1]
            return np.asarray(cdf.searchsorted(self.random(shape), side="right"), np.int64)
        if n > pop_size:
            raise ValueError("Cannot take a larger sample than population when replace is False")
        if np.count_nonzero(p > 0) < n:
            raise ValueError("Fewer non-zero entries in p than size")
        n_uniq, p = 0, p.copy()
        found = np.zeros(shape, dtype=np.int64)
        flat_found = found.ravel()
        while n_uniq < n:
            x = self.random((n - n_uniq,))
            if n_uniq > 0:
                p[flat_found[0:n_uniq]] = 0
            cdf = np.cumsum(p)
            cdf /= cdf[-1]
            new = cdf.searchsorted(x, side="right")
            _, unique_indices = np.unique(new, return_index=True)
            unique_indices.sort()
            new = new.take(unique_indices)
            flat_found[n_uniq:n_uniq + new.size] = new
            n_uniq += new.size
        return found

    def _shuffle_flat(self, x):
        """NumPy's one-dimensional fast path on the array ``x`` (any dtype and stride)."""
        if x.flags.c_contiguous:
            _check(_lib().rng_shuffle(self, x.ctypes.data, x.shape[0], x.itemsize))
        else:  # the same moves on a contiguous copy
            c = np.ascontiguousarray(x)
            _check(_lib().rng_shuffle(self, c.ctypes.data, c.shape[0], c.itemsize))
            x[...] = c

    def _on_contiguous(self, x, func, *args):
        """``func`` (an ``rng_*`` of data, ndim, shape, itemsize, ...) on ``x``, through a
        C-contiguous copy written back when ``x`` is not C-contiguous."""
        c = x if x.flags.c_contiguous else np.ascontiguousarray(x)
        _check(func(self, c.ctypes.data, c.ndim, _shape_array(c.shape), c.itemsize, *args))
        if c is not x:
            x[...] = c

    def shuffle(self, x, axis=0):
        """``Generator.shuffle(x, axis=0)`` in place: an ndarray of any dtype, layout and
        dimension, or a mutable sequence (reordered by the same permutation NumPy's swaps
        make)."""
        n = len(x)  # NumPy's first step: a TypeError for a 0-d array
        if isinstance(x, np.ndarray):
            if not x.flags.writeable:
                raise ValueError("array is read-only")
            axis = _normalize_axis(axis, x.ndim)
            if x.ndim == 1:
                if x.size > 0:
                    self._shuffle_flat(x)
            elif x.size > 0:
                self._on_contiguous(x, _lib().rng_shuffle_axis, axis)
            return
        if not isinstance(x, _Sequence):
            import warnings
            warnings.warn(
                f"you are shuffling a '{type(x).__name__}' object which is not a subclass of "
                "'Sequence'; `shuffle` is not guaranteed to behave correctly. E.g., non-numpy "
                "array/tensor objects with view semantics may contain duplicates after "
                "shuffling.", UserWarning, stacklevel=2)
        if axis != 0:
            raise NotImplementedError("Axis argument is only supported on ndarray objects")
        if n > 1:
            idx = np.arange(n, dtype=np.int64)
            _check(_lib().rng_shuffle(self, idx.ctypes.data, n, 8))
            old = [x[int(k)] for k in idx]
            for i, v in enumerate(old):
                x[i] = v

    def permutation(self, x=None, axis=0, *, out=None):
        """``Generator.permutation(x, axis=0)``: ``arange(x)`` shuffled for an integer ``x``
        (into ``out``, int64, when given), otherwise a shuffled copy of the array."""
        if x is None or isinstance(x, (int, np.integer)):
            if out is None:
                out = np.empty(operator.index(x), np.int64)
            elif x is not None and operator.index(x) != out.size:
                raise ValueError(f"n = {x} but out has {out.size} elements")
            _check_array(out, (np.dtype(np.int64),))
            _check(_lib().rng_permutation(self, out, out.size))
            return out
        arr = np.asarray(x)
        axis = _normalize_axis(axis, arr.ndim)
        if arr.ndim == 1:
            if np.may_share_memory(arr, x):
                arr = np.array(arr)
            if arr.size > 0:
                self._shuffle_flat(arr)
            return arr
        if arr.dtype.hasobject:  # references are not bytes to copy: take by index
            idx = np.empty(arr.shape[axis], np.int64)
            _check(_lib().rng_permutation(self, idx, idx.size))
            return arr.take(idx, axis=axis)
        c = np.ascontiguousarray(arr)
        result = np.empty_like(c, order="C")
        _check(_lib().rng_permutation_axis(self, c.ctypes.data, result.ctypes.data, c.ndim,
                                           _shape_array(c.shape), c.itemsize, axis))
        return result

    def permuted(self, x, *, axis=None, out=None):
        """``Generator.permuted(x, axis=None, out=None)``; for ``axis=None`` the flattened
        array is shuffled in memory order, as NumPy does (F order for an F-contiguous ``out``)."""
        x = np.asarray(x)
        if out is None:
            out = x.copy(order="K")
        else:
            if type(out) is not np.ndarray:
                raise TypeError("out must be a numpy array")
            if not out.flags.writeable:
                raise ValueError("out is read-only")
            if out.shape != x.shape:
                raise ValueError("out must have the same shape as x")
            np.copyto(out, x, casting="safe")
        if axis is None:
            if x.ndim > 1:
                if out.flags.c_contiguous or out.flags.f_contiguous:
                    flat = out.ravel(order="A")  # a view, in memory order
                    self._shuffle_flat(flat)
                else:
                    c = np.ascontiguousarray(out)
                    self._shuffle_flat(c.ravel())
                    out[...] = c
            else:
                self.shuffle(out)
            return out
        ax = _normalize_axis(axis, out.ndim)
        if out.size > 0:
            self._on_contiguous(out, _lib().rng_permuted, ax)
        return out

    def multivariate_normal(self, mean, cov, size=None, check_valid="warn", tol=1e-8, *,
                            method="svd"):
        """``Generator.multivariate_normal``: NumPy's signature, shapes, warning and exceptions
        (ValueError, TypeError, ``numpy.linalg.LinAlgError`` for a cholesky of a matrix that is
        not positive definite). Unlike NumPy, a call that fails draws nothing, and a NaN or
        infinite ``cov`` is refused (ValueError)."""
        if method not in ("eigh", "svd", "cholesky"):
            raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
        mean, cov = np.array(mean), np.array(cov)
        if (np.issubdtype(mean.dtype, np.complexfloating)
                or np.issubdtype(cov.dtype, np.complexfloating)):
            raise TypeError("mean and cov must not be complex")
        shape = [] if size is None else list(_shape(size))
        if mean.ndim != 1:
            raise ValueError("mean must be 1 dimensional")
        if cov.ndim != 2 or cov.shape[0] != cov.shape[1]:
            raise ValueError("cov must be 2 dimensional and square")
        if mean.shape[0] != cov.shape[0]:
            raise ValueError("mean and cov must have same length")
        k = mean.shape[0]
        if any(d < 0 for d in shape):
            raise ValueError("negative dimensions are not allowed")
        out = np.empty(tuple(shape) + (k,))
        mean = np.ascontiguousarray(mean, dtype=np.float64)
        cov = np.ascontiguousarray(cov, dtype=np.float64)
        if not isinstance(check_valid, str):
            check_valid = "" if check_valid is None else str(check_valid)
        status = _lib().rng_multivariate_normal(self, mean, cov, k, check_valid.encode(),
                                                 float(tol), method.encode(), out,
                                                 out.size // k if k else 0)
        if status == RNG_WARN_NOT_PSD:
            warnings.warn("covariance is not symmetric positive-semidefinite.", RuntimeWarning,
                          stacklevel=2)
        elif status == RNG_ERR_INVALID_ARGUMENT:
            message = _lib().rng_last_error().decode().split(": ", 1)[1]
            if message == "Matrix is not positive definite":
                raise np.linalg.LinAlgError(message)
            raise ValueError(message)
        else:
            _check(status)
        return out

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


def _shape_array(shape):
    return np.array(shape, dtype=np.dtype(c_size_t))


def _c_div(a, b):
    """C's truncating division."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def _normalize_axis(axis, ndim):
    from numpy.lib.array_utils import normalize_axis_index
    return normalize_axis_index(axis, ndim)

def _param_array(t, v):
    """A parameter as NumPy converts it: to float64 (float32 for float32 methods) by any cast,
    to int64 only by a safe one (NumPy's TypeError otherwise)."""
    dt = np.dtype(t._ctype_)
    if dt.kind == "f":
        return np.asarray(v, dtype=dt)
    return np.asarray(v).astype(dt, casting="safe", copy=False)


# The order NumPy's broadcast iterator takes the parameters in, where it is not C order.
_ITER_ORDER = {"binomial": (1, 0)}


def _broadcast_shape(name, arrays, size):
    """The output shape of NumPy's broadcast call, with its errors: the parameters' broadcast
    shape, or ``size``, which must be that shape after broadcasting with it."""
    order = _ITER_ORDER.get(name, range(len(arrays)))
    arrays = [arrays[i] for i in order]
    if size is None:
        return np.broadcast(*arrays).shape
    shape = _shape(size)
    b = np.broadcast(np.broadcast_to(np.empty((), np.int8), shape), *arrays)
    if b.shape != shape:
        raise ValueError(f"Output size {shape} is not compatible with broadcast dimensions of "
                         f"inputs {b.shape}.")
    return shape


_SCALARS = (float, int, bool)


def _is_array(v):
    return type(v) not in _SCALARS and np.ndim(v) > 0


def _kahan_rows(x):
    """NumPy's ``kahan_sum`` (numpy/random/_common.pyx) of each row of a 2-d float64 array, in
    the same order of operations (0 for rows of no values)."""
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
        for v in values:
            if type(v) not in _SCALARS and np.ndim(v):  # an array: NumPy's broadcast path
                return self._fill_v(name, by_choice[chosen], values, a["size"], a["out"],
                                    a.get("dtype"))
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
