#!/usr/bin/env python3
"""A NumPy prototype, as a scientist writes it, and the program c_examples/prototype.c ports to C.

A bootstrap particle filter tracks an object in the plane from six noisy position fixes, then
plans the next survey: a Dirichlet draw splits the measurement budget between four sensors, a
multinomial allocates it, and a few particles are picked for validation. It uses
multivariate_normal, normal with one mean and scale per particle, choice with and without
probabilities, dirichlet and multinomial.

Run it (python3 c_examples/prototype.py) and the C port: every line matches. The lines that
follow multivariate_normal's values (the estimates) agree to a relative 1e-9, since NumPy's
factor of the covariance comes from LAPACK and its weights from NumPy's own exp; every draw,
index and count is identical (scripts/harness/check_prototype.py compares them).
"""

import numpy as np


def doubles(label, values):
    return label + ":" + "".join(" %.17g" % x for x in values)


def ints(label, values):
    return label + ":" + "".join(f" {int(v)}" for v in values)


def main():
    rng = np.random.default_rng(20261208)
    n = 4000                      # particles
    fixes = [(1.0, 0.5), (1.9, 1.2), (3.1, 1.6), (4.0, 2.4), (5.2, 2.9), (6.1, 3.7)]
    r = 0.25                      # variance of a position fix
    velocity = (1.0, 0.6)         # per step

    # Prior over the start: a correlated Gaussian.
    particles = rng.multivariate_normal([0.0, 0.0], [[1.0, 0.3], [0.3, 0.5]], size=n,
                                        method="cholesky")
    print(doubles("prior mean", particles.mean(axis=0)))

    for step, (fx, fy) in enumerate(fixes):
        # Move every particle; the further it is from the origin, the noisier its motion.
        scale = 0.1 + 0.05 * np.sqrt(particles[:, 0] ** 2 + particles[:, 1] ** 2)
        particles[:, 0] = rng.normal(particles[:, 0] + velocity[0], scale)
        particles[:, 1] = rng.normal(particles[:, 1] + velocity[1], scale)
        # Weight by the fix's likelihood, estimate, resample.
        w = np.exp(-0.5 * ((particles[:, 0] - fx) ** 2 + (particles[:, 1] - fy) ** 2) / r)
        w /= w.sum()
        print(doubles(f"estimate {step}", [w @ particles[:, 0], w @ particles[:, 1]]))
        idx = rng.choice(n, size=n, p=w)
        print(ints(f"resampled {step}", idx[:8]))
        particles = particles[idx]

    # The next survey: 10000 measurements over four sensors in Dirichlet proportions.
    share = rng.dirichlet([2.0, 3.0, 1.0, 4.0])
    print(doubles("sensor share", share))
    print(ints("measurements", rng.multinomial(10000, share)))
    # Each sensor's calibration offset, one scale per sensor.
    print(doubles("calibration", rng.normal(0.0, [0.1, 0.2, 0.3, 0.4])))
    # Five particles, distinct, for a validation run.
    print(ints("validate", rng.choice(n, size=5, replace=False)))


if __name__ == "__main__":
    main()
