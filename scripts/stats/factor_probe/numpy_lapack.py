#!/usr/bin/env python3
"""Is the eigh difference the LAPACK build or the call? Calls dsyevd (jobz V, uplo L, with
workspace queries, as numpy.linalg.eigh does) in NumPy's own scipy-openblas64, in Debian's
OpenBLAS and in Debian's reference LAPACK, and counts the factors bit-identical to
np.linalg.eigh on random SPD matrices (docs/guarantees.md). Linux, NumPy from its wheel."""
import ctypes as C
import glob
import os

import numpy as np
npl = C.CDLL(glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, 'numpy.libs', 'libscipy_openblas64_*.so'))[0])
deb = C.CDLL('/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0')
ref = C.CDLL('/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3')
def syevd(f, it, a, lwq=True):
    k = a.shape[0]; A = np.asfortranarray(a.copy()); w = np.zeros(k)
    I = it
    n = I(k); info = I(0); wq = np.zeros(1); iq = I(0)
    f(C.c_char_p(b'V'), C.c_char_p(b'L'), C.byref(n), A.ctypes.data_as(C.c_void_p), C.byref(n), w.ctypes.data_as(C.c_void_p), wq.ctypes.data_as(C.c_void_p), C.byref(I(-1)), C.byref(iq), C.byref(I(-1)), C.byref(info))
    lw = int(wq[0]); work = np.zeros(lw); liw = iq.value; iwork = np.zeros(liw, dtype=np.int64 if it is C.c_int64 else np.int32)
    f(C.c_char_p(b'V'), C.c_char_p(b'L'), C.byref(n), A.ctypes.data_as(C.c_void_p), C.byref(n), w.ctypes.data_as(C.c_void_p), work.ctypes.data_as(C.c_void_p), C.byref(I(lw)), iwork.ctypes.data_as(C.c_void_p), C.byref(I(liw)), C.byref(info))
    return w, np.array(A)
rng = np.random.default_rng(5)
cnt = {'np': 0, 'deb': 0, 'ref': 0}; N = 300
for _ in range(N):
    k = int(rng.integers(1, 11)); a = rng.standard_normal((k, k)); c = a @ a.T
    s, u = np.linalg.eigh(c)
    for name, f, it in [('np', npl.scipy_dsyevd_64_, C.c_int64), ('deb', deb.dsyevd_, C.c_int32), ('ref', ref.dsyevd_, C.c_int32)]:
        w, U = syevd(f, it, c)
        cnt[name] += np.array_equal(U, u) and np.array_equal(w, s)
print(cnt, N)
