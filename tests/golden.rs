//! Golden vectors from NumPy (tests/data/*.txt, written by scripts/gen/vectors.py; format in
//! tests/data/FORMAT.md), checked through the Rust API. When NumPy is importable, the same
//! script also draws fresh random cases, checked here live.

#[path = "common/live.rs"]
mod live;
#[path = "common/methods.rs"]
mod methods;

use randstreams::distributions::Generator;
use randstreams::distributions::choice::P_ATOL;
use randstreams::distributions::multivariate::MvhgMethod;
use randstreams::distributions::shuffle::AxisLayout;
use randstreams::{Algorithm, BitGenerator, Core, Entropy, Mt19937, Philox, RawBits, SeedSequence};
use std::path::Path;
use std::sync::Arc;

#[derive(Default)]
struct Machine {
    ss: Option<Arc<SeedSequence>>,
    bg: Option<BitGenerator>,
}

fn hex(t: &str) -> u64 {
    u64::from_str_radix(t, 16).unwrap_or_else(|_| panic!("bad hex {t:?}"))
}

fn dec(t: &str) -> u64 {
    t.parse().unwrap_or_else(|_| panic!("bad decimal {t:?}"))
}

fn dec_list(t: &str) -> Vec<u64> {
    if t == "-" {
        Vec::new()
    } else {
        t.split(',').map(dec).collect()
    }
}

impl Machine {
    fn ss(&self) -> &Arc<SeedSequence> {
        self.ss.as_ref().expect("no current seed sequence")
    }

    fn bg(&mut self) -> &mut BitGenerator {
        self.bg.as_mut().expect("no current bit generator")
    }

    fn dist(&mut self, method: &str, n: usize, params: &[&str]) -> Vec<u64> {
        methods::run(&mut Generator::new(self.bg()), method, n, params)
            .unwrap_or_else(|| panic!("unknown distribution {method:?}"))
    }

    /// A `move` line (FORMAT.md): the array of `op[2]`-byte items of shape `op[3]`, moved as
    /// `op[1]` says along axis `op[4]`, through the Rust API on bytes.
    fn move_items(&mut self, op: &[&str]) -> Vec<u64> {
        let itemsize = n_at(op, 2);
        let shape: Vec<usize> = dec_list(op[3]).into_iter().map(|d| d as usize).collect();
        let nbytes = shape.iter().product::<usize>() * itemsize;
        let mut x: Vec<u8> = (0..nbytes).map(|k| (k % 251) as u8).collect();
        let axis = if op[4] == "none" {
            None
        } else {
            Some(n_at(op, 4))
        };
        let layout = |axis: usize| AxisLayout {
            outer: shape[..axis].iter().product(),
            len: shape[axis],
            inner: shape[axis + 1..].iter().product::<usize>() * itemsize,
        };
        let mut g = Generator::new(self.bg());
        match (op[1], axis) {
            ("shuffle", Some(ax)) => g.shuffle_axis(&mut x, layout(ax)),
            ("permutation", Some(ax)) => {
                let src = x.clone();
                g.permutation_axis(&src, &mut x, layout(ax));
            }
            ("permuted", None) => {
                let all = AxisLayout {
                    outer: 1,
                    len: nbytes / itemsize,
                    inner: itemsize,
                };
                g.shuffle_axis(&mut x, all);
            }
            ("permuted", Some(ax)) => g.permuted_axis(&mut x, layout(ax), itemsize),
            _ => panic!("bad move line {op:?}"),
        }
        x.into_iter().map(u64::from).collect()
    }

    /// Runs an operation line; returns what a check line compares, as u64 words.
    fn run(&mut self, op: &[&str]) -> Option<Vec<u64>> {
        let n = || dec(op[1]) as usize;
        match op[0] {
            "ss" => {
                let e = Entropy::parse(op[1]).unwrap();
                let ss = SeedSequence::with_options(e, &dec_list(op[4]), n_at(op, 2), dec(op[3]));
                self.ss = Some(Arc::new(ss.unwrap()));
            }
            "ss_words32" => {
                let w: Vec<u32> = dec_list(op[1]).iter().map(|&x| x as u32).collect();
                self.ss = Some(Arc::new(SeedSequence::from_u32_words(&w)));
            }
            "ss_words64" => self.ss = Some(Arc::new(SeedSequence::from_u64s(&dec_list(op[1])))),
            "ss_spawn" => {
                let child = self.ss().spawn(n()).unwrap().swap_remove(n_at(op, 2));
                self.ss = Some(Arc::new(child));
            }
            "bitgen" => {
                let alg = Algorithm::from_name(op[1]).unwrap();
                self.bg = Some(BitGenerator::new(alg, self.ss().clone()));
            }
            "philox_key" => {
                let w: Vec<u64> = op[1..7].iter().map(|t| hex(t)).collect();
                let g = Philox::from_key([w[0], w[1]], [w[2], w[3], w[4], w[5]]);
                self.bg = Some(BitGenerator::from_core(Core::Philox(g)));
            }
            "mt_legacy" => {
                let g = Mt19937::new_legacy(u32::try_from(dec(op[1])).unwrap());
                self.bg = Some(BitGenerator::from_core(Core::Mt19937(Box::new(g))));
            }
            "mt_legacy_array" => {
                let w: Vec<u32> = dec_list(op[1]).iter().map(|&x| x as u32).collect();
                let g = Mt19937::new_legacy_array(&w).unwrap();
                self.bg = Some(BitGenerator::from_core(Core::Mt19937(Box::new(g))));
            }
            "bg_spawn" => {
                let child = self.bg().spawn(n()).unwrap().swap_remove(n_at(op, 2));
                self.bg = Some(child);
            }
            "jumped" => self.bg = Some(self.bg().jumped(dec(op[1])).unwrap()),
            "advance" => {
                let mut d = [0u64; 4];
                for (w, t) in d.iter_mut().zip(&op[1..]) {
                    *w = hex(t);
                }
                self.bg().advance(d).unwrap();
            }
            "state32" => {
                let mut v = vec![0u32; n()];
                self.ss().generate_state_u32(&mut v);
                return Some(v.into_iter().map(u64::from).collect());
            }
            "state64" => {
                let mut v = vec![0u64; n()];
                self.ss().generate_state_u64(&mut v);
                return Some(v);
            }
            "n_spawned" => return Some(vec![self.ss().n_children_spawned()]),
            "spawn_key" => return Some(self.ss().spawn_key().to_vec()),
            "u64" => return Some((0..n()).map(|_| self.bg().next_u64()).collect()),
            "u32" => return Some((0..n()).map(|_| u64::from(self.bg().next_u32())).collect()),
            "double" => {
                return Some(
                    (0..n())
                        .map(|_| self.bg().next_double().to_bits())
                        .collect(),
                );
            }
            "raw" => {
                let mut v = vec![0u64; n()];
                self.bg().random_raw(&mut v);
                return Some(v);
            }
            "fill" => {
                let mut v = vec![0u64; n()];
                self.bg().fill_u64(&mut v);
                return Some(v);
            }
            "dist" => return Some(self.dist(op[1], n_at(op, 2), &op[3..])),
            "bytes" => {
                let mut v = vec![0u8; n()];
                Generator::new(self.bg()).bytes(&mut v);
                return Some(v.into_iter().map(u64::from).collect());
            }
            "choice" => {
                let a: i64 = op[1].parse().unwrap();
                let p: Option<Vec<f64>> =
                    (op[4] != "-").then(|| op[4].split(',').map(|t| t.parse().unwrap()).collect());
                let mut v = vec![0i64; n_at(op, 5)];
                Generator::new(self.bg())
                    .choice(a, p.as_deref(), op[2] == "1", op[3] == "1", P_ATOL, &mut v)
                    .unwrap();
                return Some(v.into_iter().map(|x| x as u64).collect());
            }
            "move" => return Some(self.move_items(op)),
            "distv" => {
                let (method, n) = (op[1], n_at(op, 2));
                return Some(
                    methods::run_v(&mut Generator::new(self.bg()), method, n, &op[3..])
                        .unwrap_or_else(|| panic!("no array form of {method:?}")),
                );
            }
            "multinomial" | "multinomial_v" | "dirichlet" | "mvhg" => {
                return Some(self.multivariate(op));
            }
            other => panic!("unknown operation {other:?}"),
        }
        None
    }
}

/// Any NaN, as the vector lines compare them (`nan` in the files).
const NAN_BITS: u64 = 0x7ff8_0000_0000_0000;

fn f64_bits(x: f64) -> u64 {
    if x.is_nan() { NAN_BITS } else { x.to_bits() }
}

fn float(t: &str) -> f64 {
    t.parse().unwrap_or_else(|_| panic!("bad float {t:?}"))
}

fn int(t: &str) -> i64 {
    t.parse().unwrap_or_else(|_| panic!("bad integer {t:?}"))
}

impl Machine {
    /// A vector-valued line (FORMAT.md): all rows in one call, then the same rows one call at
    /// a time (NumPy's size=None call) on a copy, which must give the same values and end in
    /// the same state.
    fn multivariate(&mut self, op: &[&str]) -> Vec<u64> {
        let rows = n_at(op, 1);
        let mut twin = self.bg().clone();
        let (bulk, single): (Vec<u64>, Vec<u64>) = match op[0] {
            "multinomial" => {
                let (ntrials, k) = (int(op[2]), n_at(op, 3));
                let p: Vec<f64> = op[4..4 + k].iter().map(|t| float(t)).collect();
                let mut out = vec![-1; rows * k];
                Generator::new(self.bg())
                    .fill_multinomial(ntrials, &p, &mut out)
                    .unwrap();
                let mut g = Generator::new(&mut twin);
                let one: Vec<i64> = (0..rows)
                    .flat_map(|_| g.next_multinomial(ntrials, &p).unwrap())
                    .collect();
                (
                    out.iter().map(|&v| v as u64).collect(),
                    one.iter().map(|&v| v as u64).collect(),
                )
            }
            "multinomial_v" => {
                let k = n_at(op, 2);
                let ns: Vec<i64> = op[3..3 + rows].iter().map(|t| int(t)).collect();
                let p: Vec<f64> = op[3 + rows..].iter().map(|t| float(t)).collect();
                let mut out = vec![-1; rows * k];
                Generator::new(self.bg())
                    .fill_multinomial_v(&ns, &p, k, &mut out)
                    .unwrap();
                let mut g = Generator::new(&mut twin);
                let one: Vec<i64> = (0..rows)
                    .flat_map(|i| g.next_multinomial(ns[i], &p[i * k..(i + 1) * k]).unwrap())
                    .collect();
                (
                    out.iter().map(|&v| v as u64).collect(),
                    one.iter().map(|&v| v as u64).collect(),
                )
            }
            "dirichlet" => {
                let k = n_at(op, 2);
                let alpha: Vec<f64> = op[3..3 + k].iter().map(|t| float(t)).collect();
                let mut out = vec![-1.0; rows * k];
                Generator::new(self.bg())
                    .fill_dirichlet(&alpha, &mut out)
                    .unwrap();
                let mut g = Generator::new(&mut twin);
                let one: Vec<f64> = (0..rows)
                    .flat_map(|_| g.next_dirichlet(&alpha).unwrap())
                    .collect();
                (
                    out.iter().map(|&v| f64_bits(v)).collect(),
                    one.iter().map(|&v| f64_bits(v)).collect(),
                )
            }
            _ => {
                let method = MvhgMethod::parse(op[2]).unwrap();
                let (nsample, k) = (int(op[3]), n_at(op, 4));
                let colors: Vec<i64> = op[5..5 + k].iter().map(|t| int(t)).collect();
                let mut out = vec![-1; rows * k];
                Generator::new(self.bg())
                    .fill_multivariate_hypergeometric(&colors, nsample, method, &mut out)
                    .unwrap();
                // The count method's item array is carried from row to row, so its rows are
                // not separate calls: compare the first row only.
                let mut g = Generator::new(&mut twin);
                let single_rows = if method == MvhgMethod::Count {
                    rows.min(1)
                } else {
                    rows
                };
                let one: Vec<i64> = (0..single_rows)
                    .flat_map(|_| {
                        g.next_multivariate_hypergeometric(&colors, nsample, method)
                            .unwrap()
                    })
                    .collect();
                if single_rows < rows {
                    twin = self.bg().clone();
                }
                let head = one.len();
                let mut one: Vec<u64> = one.iter().map(|&v| v as u64).collect();
                one.extend(out[head..].iter().map(|&v| v as u64));
                (out.iter().map(|&v| v as u64).collect(), one)
            }
        };
        assert_eq!(bulk, single, "{}: rows one at a time differ", op.join(" "));
        assert!(
            twin == *self.bg(),
            "{}: rows one at a time end elsewhere",
            op.join(" ")
        );
        bulk
    }
}

/// Reads one expected value of a `dist` line: hex bits for floats, decimal for integers.
fn expected_value(method: &str, t: &str) -> u64 {
    if methods::is_float(method) {
        hex(t)
    } else if t.starts_with('-') {
        t.parse::<i64>().unwrap() as u64
    } else {
        dec(t)
    }
}

/// One token of hex digit pairs as bytes (`-`: none).
fn hex_bytes(t: &str) -> Vec<u64> {
    if t == "-" {
        return Vec::new();
    }
    (0..t.len()).step_by(2).map(|i| hex(&t[i..i + 2])).collect()
}

fn n_at(op: &[&str], i: usize) -> usize {
    dec(op[i]) as usize
}

/// Runs every case of a vector file; returns the number of check lines that passed.
fn check_text(text: &str, origin: &str) -> usize {
    let mut m = Machine::default();
    let (mut case, mut passed, mut failures) = (String::new(), 0, Vec::new());
    for (lineno, line) in text.lines().enumerate() {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        if tokens.is_empty() || tokens[0].starts_with('#') {
            continue;
        }
        if tokens[0] == "case" {
            case = tokens[1..].join(" ");
            m = Machine::default();
            continue;
        }
        let (op, expected) = match tokens.iter().position(|&t| t == ":") {
            Some(i) => (&tokens[..i], Some(&tokens[i + 1..])),
            None => (&tokens[..], None),
        };
        let got = m.run(op);
        if let Some(expected) = expected {
            let expected: Vec<u64> = match op[0] {
                "n_spawned" => vec![dec(expected[0])],
                "spawn_key" => dec_list(expected.first().copied().unwrap_or("-")),
                "dist" | "distv" => expected.iter().map(|t| expected_value(op[1], t)).collect(),
                "choice" => expected.iter().map(|t| dec(t)).collect(),
                "bytes" | "move" => hex_bytes(expected[0]),
                "dirichlet" => expected
                    .iter()
                    .map(|&t| if t == "nan" { NAN_BITS } else { hex(t) })
                    .collect(),
                "multinomial" | "multinomial_v" | "mvhg" => {
                    expected.iter().map(|t| int(t) as u64).collect()
                }
                _ => expected.iter().map(|t| hex(t)).collect(),
            };
            if got.as_ref() == Some(&expected) {
                passed += 1;
            } else {
                failures.push(format!(
                    "{origin}:{} case {case}: {}",
                    lineno + 1,
                    op.join(" ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first: {:#?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
    passed
}

fn check_file(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let passed = check_text(&text, name);
    assert!(passed > 100, "{name}: only {passed} checks");
    println!("{name}: {passed} checks passed");
}

#[test]
fn seed_sequence_vectors() {
    check_file("seedseq.txt");
}

#[test]
fn bit_generator_vectors() {
    check_file("bitgen.txt");
}

#[test]
fn distribution_vectors() {
    check_file("distributions.txt");
}

#[test]
fn sampling_vectors() {
    check_file("sampling.txt");
}

#[test]
fn multivariate_vectors() {
    check_file("multivariate.txt");
}

/// Fresh random cases from NumPy itself. Skipped when NumPy is missing, unless
/// RANDSTREAMS_REQUIRE_NUMPY is set (the test command sets it). RANDSTREAMS_LIVE_SEED replays.
#[test]
fn live_numpy_differential() {
    let Some((seed, cases)) = live::numpy_cases("vectors.py", 150) else {
        return;
    };
    let passed = check_text(&cases, &format!("live seed {seed}"));
    assert!(passed >= 150, "only {passed} live checks");
    println!("{passed} live checks passed");
}

/// Bulk equals scalar: a fill of n values is n single draws, from any buffer position.
#[test]
fn fills_equal_single_draws() {
    for alg in Algorithm::ALL {
        for skip in 0..5u32 {
            let mut a =
                BitGenerator::new(alg, Arc::new(SeedSequence::from_u64(u64::from(skip) + 99)));
            for _ in 0..skip {
                a.next_u32();
            }
            let mut b = a.clone();
            let (mut w64, mut w32, mut f, mut r) = (
                vec![0u64; 1001],
                vec![0u32; 1001],
                vec![0f64; 1001],
                vec![0u64; 1001],
            );
            a.fill_u64(&mut w64);
            a.fill_u32(&mut w32);
            a.fill_double(&mut f);
            a.random_raw(&mut r);
            assert!(w64.iter().all(|&v| v == b.next_u64()), "{alg:?} u64");
            assert!(w32.iter().all(|&v| v == b.next_u32()), "{alg:?} u32");
            assert!(
                f.iter().all(|&v| v.to_bits() == b.next_double().to_bits()),
                "{alg:?} double"
            );
            assert!(r.iter().all(|&v| v == b.next_raw()), "{alg:?} raw");
            assert_eq!(a, b);
        }
    }
}

/// Spawning through one shared sequence from many threads hands out every key exactly once.
#[test]
fn concurrent_spawning_hands_out_each_child_once() {
    let ss = Arc::new(SeedSequence::from_u64(5));
    let bg = BitGenerator::new(Algorithm::Philox, ss.clone());
    let keys: Vec<u64> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let (ss, bg) = (&ss, &bg);
                s.spawn(move || {
                    (0..200)
                        .flat_map(|i| {
                            if (i + t) % 2 == 0 {
                                ss.spawn(3)
                                    .unwrap()
                                    .iter()
                                    .map(|c| c.spawn_key()[0])
                                    .collect::<Vec<_>>()
                            } else {
                                bg.spawn(3)
                                    .unwrap()
                                    .iter()
                                    .map(|c| c.seed_seq().unwrap().spawn_key()[0])
                                    .collect()
                            }
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..keys.len() as u64).collect::<Vec<_>>());
    assert_eq!(ss.n_children_spawned(), 8 * 200 * 3);
}

/// The rand_core traits give NumPy's outputs: `next_u32` is NumPy's buffered `next_uint32`
/// (low half first), `fill_bytes` is `next_u64` words in little-endian order.
#[test]
fn rand_core_traits_give_numpy_outputs() {
    use rand_core::Rng;
    let ss = SeedSequence::from_u64(0);
    let mut g = randstreams::Pcg64::new(&ss);
    // NumPy 2.4.6: PCG64(0).random_raw() == 0xa30febcfd9c2825f, whose `next_uint32` halves come
    // low first (numpy/random/src/pcg64/pcg64.h).
    assert_eq!(
        [Rng::next_u32(&mut g), Rng::next_u32(&mut g)],
        [0xd9c2825f, 0xa30febcf]
    );
    let mut bytes = [0u8; 12];
    let mut twin = randstreams::Pcg64::new(&ss);
    RawBits::next_u64(&mut twin);
    let (w0, w1) = (RawBits::next_u64(&mut twin), RawBits::next_u64(&mut twin));
    Rng::fill_bytes(&mut g, &mut bytes);
    assert_eq!(&bytes[..8], &w0.to_le_bytes());
    assert_eq!(&bytes[8..], &w1.to_le_bytes()[..4]);
}
