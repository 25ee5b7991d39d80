//! ns per value of each generator's raw fill and main distribution fills, through the Rust API.
//!
//!     kernel_bench [--n N] [--total T] [--trials K] [GENERATORS [ROWS]]
//!
//! GENERATORS: comma-separated of pcg,dxsm,mt,philox,sfc (default all); ROWS: comma-separated
//! substrings of the row names (default all). Each row fills one N-element buffer (default
//! 10^5, in cache) repeatedly until T values (default 10^6) are written, K times (default 10),
//! and prints the fastest. One line per generator: `NAME row ns row ns ...`, which
//! scripts/bench/ab_bench.sh parses.

use randstreams::distributions::Generator;
use randstreams::seams::Mt19937Blocks;
use randstreams::{Mt19937, Pcg64, Pcg64Dxsm, Philox, RawBits, SeedSequence, Sfc64};
use std::hint::black_box;
use std::time::Instant;

struct Opts {
    n: usize,
    total: usize,
    trials: usize,
    rows: Vec<String>,
}

fn best(o: &Opts, mut f: impl FnMut()) -> f64 {
    let reps = (o.total / o.n).max(1);
    let mut b = f64::MAX;
    for _ in 0..o.trials {
        let t = Instant::now();
        for _ in 0..reps {
            f();
        }
        b = b.min(t.elapsed().as_secs_f64());
    }
    b * 1e9 / (o.n * reps) as f64
}

fn run<R: RawBits>(name: &str, mut g: Generator<R>, o: &Opts) {
    let mut u = vec![0u64; o.n];
    let mut f = vec![0f64; o.n];
    let mut f32s = vec![0f32; o.n];
    let mut i = vec![0i64; o.n];
    let want = |r: &str| o.rows.is_empty() || o.rows.iter().any(|x| r.contains(x.as_str()));
    let mut out = vec![];
    let mut row = |r: &'static str, t: &mut dyn FnMut() -> f64| {
        if want(r) {
            out.push(format!("{r} {:.3}", t()));
        }
    };
    row("store", &mut || best(o, || f.fill(black_box(1.5))));
    row("raw", &mut || {
        best(o, || g.bit_generator_mut().fill_raw(&mut u))
    });
    row("random64", &mut || best(o, || g.fill_random(&mut f)));
    row("random32", &mut || best(o, || g.fill_random_f32(&mut f32s)));
    row("normal64", &mut || {
        best(o, || g.fill_standard_normal(&mut f))
    });
    row("normal32", &mut || {
        best(o, || g.fill_standard_normal_f32(&mut f32s))
    });
    row("exp64", &mut || {
        best(o, || g.fill_standard_exponential(&mut f))
    });
    row("exp64s", &mut || {
        best(o, || g.fill_exponential(2.5, &mut f).unwrap())
    });
    row("exp32", &mut || {
        best(o, || g.fill_standard_exponential_f32(&mut f32s))
    });
    row("int1000", &mut || {
        best(o, || g.fill_integers_i64(0, 1000, false, &mut i).unwrap())
    });
    row("int2_40", &mut || {
        best(o, || {
            g.fill_integers_i64(0, 1 << 40, false, &mut i).unwrap()
        })
    });
    row("int10_12", &mut || {
        best(o, || {
            g.fill_integers_i64(0, 1_000_000_000_000, false, &mut i)
                .unwrap()
        })
    });
    println!("{name} {}", out.join(" "));
}

fn main() {
    let mut o = Opts {
        n: 100_000,
        total: 1_000_000,
        trials: 10,
        rows: vec![],
    };
    let mut gens = String::from("all");
    let mut args = std::env::args().skip(1);
    let mut positional = 0;
    while let Some(a) = args.next() {
        let mut num = || -> usize {
            let v = args.next().expect("a number after the option");
            v.parse().expect("a number")
        };
        match a.as_str() {
            "--n" => o.n = num(),
            "--total" => o.total = num(),
            "--trials" => o.trials = num(),
            _ if positional == 0 => {
                gens = a;
                positional += 1
            }
            _ => o.rows = a.split(',').map(String::from).collect(),
        }
    }
    let ss = SeedSequence::from_u64(12345);
    let on = |g: &str| gens == "all" || gens.split(',').any(|x| x == g);
    if on("pcg") {
        run("PCG64", Generator::new(Pcg64::new(&ss)), &o);
    }
    if on("dxsm") {
        run("PCG64DXSM", Generator::new(Pcg64Dxsm::new(&ss)), &o);
    }
    if on("mt") {
        let mut m = Mt19937::new(&ss);
        run("MT19937", Generator::new(Mt19937Blocks(&mut m)), &o);
    }
    if on("philox") {
        run("Philox", Generator::new(Philox::new(&ss)), &o);
    }
    if on("sfc") {
        run("SFC64", Generator::new(Sfc64::new(&ss)), &o);
    }
}
