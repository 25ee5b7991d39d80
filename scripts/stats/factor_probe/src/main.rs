//! Reads covariances from stdin (each: k, then k*k row-major values, as little-endian f64) and
//! writes, for each, the svd (u row-major, s) and eigh (u row-major, s) of LAPACK (dgesdd 'A',
//! dsyevd 'V' 'L', as numpy.linalg calls them), faer and nalgebra, as little-endian f64.
use std::io::{Read, Write};
/// Reads the next little-endian f64.
fn rd(b: &[u8], i: &mut usize) -> f64 { let v = f64::from_le_bytes(b[*i..*i+8].try_into().unwrap()); *i += 8; v }
fn main() {
    let mut b = Vec::new(); std::io::stdin().read_to_end(&mut b).unwrap();
    let mut o: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let k = rd(&b, &mut i) as usize;
        let a: Vec<f64> = (0..k*k).map(|_| rd(&b, &mut i)).collect(); // row-major
        // LAPACK dgesdd 'A' (column-major input = transpose of row-major storage)
        let n = k as i32;
        let mut col: Vec<f64> = (0..k*k).map(|p| { let (c, r) = (p / k, p % k); a[r*k + c] }).collect();
        let mut s = vec![0.0; k]; let mut u = vec![0.0; k*k]; let mut vt = vec![0.0; k*k];
        let mut iw = vec![0i32; 8*k]; let mut info = 0; let mut wq = [0.0];
        unsafe { lapack::dgesdd(b'A', n, n, &mut col.clone(), n, &mut s, &mut u, n, &mut vt, n, &mut wq, -1, &mut iw, &mut info); }
        let mut w = vec![0.0; wq[0] as usize];
        unsafe { lapack::dgesdd(b'A', n, n, &mut col, n, &mut s, &mut u, n, &mut vt, n, &mut w, wq[0] as i32, &mut iw, &mut info); }
        // output u row-major
        for r in 0..k { for c in 0..k { o.push(u[c*k + r]); } } o.extend(&s);
        // dsyevd V L
        let mut col: Vec<f64> = (0..k*k).map(|p| { let (c, r) = (p / k, p % k); a[r*k + c] }).collect();
        let mut ev = vec![0.0; k]; let mut wq = [0.0]; let mut iq = [0i32];
        unsafe { lapack::dsyevd(b'V', b'L', n, &mut col.clone(), n, &mut ev, &mut wq, -1, &mut iq, -1, &mut info); }
        let mut w = vec![0.0; wq[0] as usize]; let mut iw = vec![0i32; iq[0] as usize];
        unsafe { lapack::dsyevd(b'V', b'L', n, &mut col, n, &mut ev, &mut w, wq[0] as i32, &mut iw, iq[0], &mut info); }
        for r in 0..k { for c in 0..k { o.push(col[c*k + r]); } } o.extend(&ev);
        // faer
        let m = faer::Mat::<f64>::from_fn(k, k, |r, c| a[r*k + c]);
        let sv = m.svd().unwrap();
        for r in 0..k { for c in 0..k { o.push(sv.U()[(r, c)]); } } for c in 0..k { o.push(sv.S()[c]); }
        let e = m.self_adjoint_eigen(faer::Side::Lower).unwrap();
        for r in 0..k { for c in 0..k { o.push(e.U()[(r, c)]); } } for c in 0..k { o.push(e.S()[c]); }
        // nalgebra
        let nm = nalgebra::DMatrix::<f64>::from_fn(k, k, |r, c| a[r*k + c]);
        let nsv = nm.clone().svd(true, true);
        let uu = nsv.u.unwrap();
        for r in 0..k { for c in 0..k { o.push(uu[(r, c)]); } } for c in 0..k { o.push(nsv.singular_values[c]); }
        let ne = nalgebra::SymmetricEigen::new(nm);
        for r in 0..k { for c in 0..k { o.push(ne.eigenvectors[(r, c)]); } } for c in 0..k { o.push(ne.eigenvalues[c]); }
    }
    let bytes: Vec<u8> = o.iter().flat_map(|v| v.to_le_bytes()).collect();
    std::io::stdout().write_all(&bytes).unwrap();
}
