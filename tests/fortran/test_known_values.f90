! Known values through the Fortran bindings: NumPy's numbers for seed sequences, the five bit
! generators, the four strategies of NumPy's "Parallel random number generation" guide
! (spawning, integer seeds, Philox keys, jumping), advance, a few Generator methods, and the
! state as NumPy's json.dumps(bg.state) writes it.
!
! Every expected value was printed by NumPy 2.4.6; integers and the bits of reals are compared
! exactly, as 16 (or 8) hex digits. Prints "N passed, M failed"; fails if M > 0.
program test_known_values
  use, intrinsic :: iso_c_binding
  use randstreams
  use rs_testing
  implicit none

  ! The guide's 128-bit root seed, 0x8c3c010cb4754c905776bdac5ee7501, as text and as words.
  character(len=*), parameter :: root_seed = "0x8c3c010cb4754c905776bdac5ee7501"
  integer(c_int64_t), parameter :: root_lo = int(z"05776bdac5ee7501", c_int64_t)
  integer(c_int64_t), parameter :: root_hi = int(z"08c3c010cb4754c9", c_int64_t)

  call check(rng_version_f() == RNG_VERSION_STRING, &
      "library " // rng_version_f() // " vs module " // RNG_VERSION_STRING)
  call seed_sequences()
  call bit_generators()
  call distributions()
  call vector_methods()
  call strategy_spawn()
  call strategy_integer_seeds()
  call strategy_philox_keys()
  call strategy_jumped()
  call advance_and_other_jumps()
  call checkpoints()
  call multivariate_normal()
  call finish()

contains

  !> A handle that must exist; records a failure (with the library's message) if it is null.
  logical function made(handle, what)
    type(c_ptr), intent(in) :: handle
    character(len=*), intent(in) :: what
    made = c_associated(handle)
    call check(made, what // " returned NULL: " // rng_last_error_f())
  end function made

  !> The next n raw outputs of bg: bg.random_raw(n).
  function raw(bg, n) result(words)
    type(c_ptr), intent(in) :: bg
    integer, intent(in) :: n
    integer(c_int64_t) :: words(n)
    words = 0
    call check_status(bitgen_random_raw_f(bg, words), RNG_OK, "bitgen_random_raw_f")
  end function raw

  subroutine seed_sequences()
    type(c_ptr) :: ss
    integer(c_int32_t) :: w(4)
    integer(c_int64_t) :: d(2)
    integer(c_int64_t), allocatable :: key(:)

    ! SeedSequence(0).generate_state(4) and (2, np.uint64)
    ss = ss_new_str_f("0")
    if (made(ss, "ss_new_str_f('0')")) then
      call check_status(ss_generate_state_u32_f(ss, w), RNG_OK, "ss_generate_state_u32_f")
      call check_hex32(w, ["b0f478be", "db2cd7e7", "2c71ba49", "abf4641a"], &
          "SeedSequence(0).generate_state(4)")
      call check_status(ss_generate_state_u64_f(ss, d), RNG_OK, "ss_generate_state_u64_f")
      call check_hex64(d, ["db2cd7e7b0f478be", "abf4641a2c71ba49"], &
          "SeedSequence(0).generate_state(2, np.uint64)")
      call check(ss_entropy_str_f(ss) == "0", "ss_entropy_str_f: " // ss_entropy_str_f(ss))
      call check(ss_pool_size(ss) == 4, "ss_pool_size")
    end if
    call ss_free(ss)

    ! The same sequence from an integer array, and through the raw binding.
    ss = ss_new_f([0_c_int64_t])
    if (made(ss, "ss_new_f([0])")) then
      w = 0
      call check_status(ss_generate_state_u32(ss, w, 4_c_size_t), RNG_OK, "ss_generate_state_u32")
      call check_hex32(w, ["b0f478be", "db2cd7e7", "2c71ba49", "abf4641a"], "SeedSequence([0])")
    end if
    call ss_free(ss)

    ! SeedSequence(np.array([1, 2, 3], dtype=np.uint32))
    ss = ss_new_u32_f([1_c_int32_t, 2_c_int32_t, 3_c_int32_t])
    if (made(ss, "ss_new_u32_f")) then
      call check_status(ss_generate_state_u32_f(ss, w(1:2)), RNG_OK, "ss_generate_state_u32_f")
      call check_hex32(w(1:2), ["e3d1fc80", "b45f843f"], "SeedSequence(uint32 [1, 2, 3])")
    end if
    call ss_free(ss)

    ! SeedSequence([1, 2**70]): integers of any size, as text
    ss = ss_new_str_f("[1, 1180591620717411303424]")
    if (made(ss, "ss_new_str_f('[1, 2**70]')")) then
      call check_status(ss_generate_state_u32_f(ss, w(1:2)), RNG_OK, "ss_generate_state_u32_f")
      call check_hex32(w(1:2), ["4347e832", "c977a597"], "SeedSequence([1, 2**70])")
    end if
    call ss_free(ss)

    ! SeedSequence(5, spawn_key=(1, 2), pool_size=8, n_children_spawned=3)
    ss = ss_new_ex_f("5", [1_c_int64_t, 2_c_int64_t], 8_c_size_t, 3_c_int64_t)
    if (made(ss, "ss_new_ex_f")) then
      call check_status(ss_generate_state_u32_f(ss, w(1:2)), RNG_OK, "ss_generate_state_u32_f")
      call check_hex32(w(1:2), ["df361d73", "b24cba82"], "SeedSequence(5, spawn_key=(1, 2), ...)")
      call check(ss_pool_size(ss) == 8, "ss_pool_size == 8")
      call check(ss_n_children_spawned(ss) == 3, "ss_n_children_spawned == 3")
      key = ss_spawn_key_f(ss)
      call check_i64(key, [1_c_int64_t, 2_c_int64_t], "ss_spawn_key_f")
    end if
    call ss_free(ss)
  end subroutine seed_sequences

  !> The first raw outputs of each algorithm seeded with 12345.
  subroutine bit_generators()
    type(c_ptr) :: ss, bg
    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check(bitgen_name_f(bg) == "PCG64", "bitgen_name_f: " // bitgen_name_f(bg))
      call check_hex64(raw(bg, 2), ["3a32b18db2ffc19d", "51171315c9e4c4de"], "PCG64(12345)")
    end if
    call bitgen_free(bg)

    bg = bitgen_new_f("PCG64DXSM", ss)
    if (made(bg, "bitgen_new_f('PCG64DXSM')")) &
        call check_hex64(raw(bg, 2), ["ee9ce7d91fd0146f", "5666c45f046a0883"], "PCG64DXSM(12345)")
    call bitgen_free(bg)

    bg = philox_new(ss)
    if (made(bg, "philox_new")) &
        call check_hex64(raw(bg, 2), ["6bb68ec5e0887940", "a73636699d498901"], "Philox(12345)")
    call bitgen_free(bg)

    bg = sfc64_new(ss)
    if (made(bg, "sfc64_new")) &
        call check_hex64(raw(bg, 2), ["30f2a9be9b3bfe42", "4e61d5c0f7dfb297"], "SFC64(12345)")
    call bitgen_free(bg)

    ! MT19937's raw outputs are 32-bit values
    bg = mt19937_new(ss)
    if (made(bg, "mt19937_new")) &
        call check_hex64(raw(bg, 2), ["0000000060bc0add", "00000000d7d0d9d3"], "MT19937(12345)")
    call bitgen_free(bg)
    call ss_free(ss)

    ! RandomState(12345)'s MT19937
    bg = mt19937_new_legacy(12345_c_int32_t)
    if (made(bg, "mt19937_new_legacy")) &
        call check_hex64(raw(bg, 3), ["00000000edfb51e2", "00000000e3e12de5", "0000000050fdfd1d"], &
            "RandomState(12345)")
    call bitgen_free(bg)

    ! Philox(key=1)
    bg = philox_new_key_f([1_c_int64_t, 0_c_int64_t])
    if (made(bg, "philox_new_key_f")) &
        call check_hex64(raw(bg, 3), ["4db6a27b756282df", "d944fa03babe0e2f", "27f872e577060d32"], &
            "Philox(key=1)")
    call bitgen_free(bg)
  end subroutine bit_generators

  !> Generator(PCG64(12345)) methods.
  subroutine distributions()
    type(c_ptr) :: ss, bg
    real(c_double) :: x(3)
    real(c_float) :: f(3)
    integer(c_int64_t) :: k(5)
    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      ! normal(10, 2, 3) = [7.152349927090738, 12.52745691625822, 8.258676524081828]
      call check_status(rng_normal_f(bg, 10.0_c_double, 2.0_c_double, x), RNG_OK, "rng_normal_f")
      call check_f64(x, ["401c9c019e899c5e", "40290e0ed53ac192", "402084713fd6594c"], &
          "normal(10, 2, 3)")
      call check(same_f64(x(1), 7.152349927090738_c_double) .and. &
          same_f64(x(2), 12.52745691625822_c_double) .and. &
          same_f64(x(3), 8.258676524081828_c_double), "normal(10, 2, 3) as decimal literals")
    end if
    call bitgen_free(bg)

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check_status(rng_integers_i64_f(bg, 0_c_int64_t, 10_c_int64_t, .false., k), RNG_OK, &
          "rng_integers_i64_f")
      call check_i64(k, [6_c_int64_t, 2_c_int64_t, 7_c_int64_t, 3_c_int64_t, 2_c_int64_t], &
          "integers(0, 10, 5)")
    end if
    call bitgen_free(bg)

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check_status(rng_integers_i64_f(bg, -4611686018427387904_c_int64_t, &
          4611686018427387904_c_int64_t, .false., k(1:2)), RNG_OK, "rng_integers_i64_f")
      call check_i64(k(1:2), [-2514881305833905970_c_int64_t, -1690106005507906961_c_int64_t], &
          "integers(-2**62, 2**62, 2)")
    end if
    call bitgen_free(bg)

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check_status(rng_uniform_f(bg, -1.0_c_double, 1.0_c_double, x), RNG_OK, "rng_uniform_f")
      call check_f64(x, ["bfe173539c934010", "bfd77476751b0da0", "3fe30809208d113a"], &
          "uniform(-1, 1, 3)")
    end if
    call bitgen_free(bg)

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check_status(rng_standard_normal_f(bg, x), RNG_OK, "rng_standard_normal_f")
      call check_f64(x, ["bff6c7fcc2ecc744", "3ff4383b54eb0649", "bfebdc76014d359e"], &
          "standard_normal(3)")
    end if
    call bitgen_free(bg)

    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) then
      call check_status(rng_standard_normal_f32_f(bg, f), RNG_OK, "rng_standard_normal_f32_f")
      call check_f32(f, ["bf9ba749", "bebd196e", "3feedd35"], "standard_normal(3, float32)")
    end if
    call bitgen_free(bg)

    ! Generator(<Name>(12345)).random(2)
    call first_randoms(ss, "MT19937", ["3fd82f02b6be86ce", "3fd5405abb174186"])
    call first_randoms(ss, "Philox", ["3fdaeda3b178221e", "3fe4e6c6cd33a931"])
    call first_randoms(ss, "SFC64", ["3fc87954df4d9dfc", "3fd39875703df7ec"])
    call first_randoms(ss, "PCG64DXSM", ["3fedd39cfb23fa02", "3fd599b117c11a82"])
    call ss_free(ss)
  end subroutine distributions

  !> multinomial, dirichlet and multivariate_hypergeometric on Generator(PCG64(12345)), each
  !> from a fresh generator: out(k, n) holds NumPy's n x k result with one row per column.
  !> The _f wrappers against the C functions on a twin, and their shape check.
  subroutine vector_methods()
    type(c_ptr) :: ss, bg, tw
    integer(c_int64_t) :: m(3, 2), w(3, 2), c1(3, 7), c2(3, 7)
    real(c_double) :: d(3, 1), e(3, 5), f(3, 5)
    integer(c_int64_t), parameter :: colors(3) = [3_c_int64_t, 2_c_int64_t, 5_c_int64_t]
    real(c_double), parameter :: p(3) = [0.2_c_double, 0.3_c_double, 0.5_c_double]
    real(c_double), parameter :: pv(3, 2) = reshape([0.5_c_double, 0.5_c_double, 0.0_c_double, &
        0.1_c_double, 0.1_c_double, 0.8_c_double], [3, 2])
    character(len=9), parameter :: methods(2) = ["marginals", "count    "]
    integer :: i
    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return

    ! multinomial(20, [0.2, 0.3, 0.5], 2) = [[3, 5, 12], [5, 6, 9]]
    bg = pcg64_new(ss)
    call check_status(rng_multinomial_f(bg, 20_c_int64_t, p, m), RNG_OK, "rng_multinomial_f")
    call check_i64(reshape(m, [6]), [3_c_int64_t, 5_c_int64_t, 12_c_int64_t, 5_c_int64_t, &
        6_c_int64_t, 9_c_int64_t], "multinomial(20, [0.2, 0.3, 0.5], 2)")
    call bitgen_free(bg)
    ! multinomial([10, 200], [[0.5, 0.5, 0], [0.1, 0.1, 0.8]]) = [[4, 6, 0], [23, 21, 156]]
    bg = pcg64_new(ss)
    call check_status(rng_multinomial_v_f(bg, [10_c_int64_t, 200_c_int64_t], pv, m), RNG_OK, &
        "rng_multinomial_v_f")
    call check_i64(reshape(m, [6]), [4_c_int64_t, 6_c_int64_t, 0_c_int64_t, 23_c_int64_t, &
        21_c_int64_t, 156_c_int64_t], "multinomial([10, 200], pvals_2d)")
    call bitgen_free(bg)
    ! dirichlet([1, 2, 3]) = [0.029052452363674965, 0.6135071818993252, 0.35744036573699983]
    bg = pcg64_new(ss)
    call check_status(rng_dirichlet_f(bg, [1.0_c_double, 2.0_c_double, 3.0_c_double], d), &
        RNG_OK, "rng_dirichlet_f")
    call check_f64(d(:, 1), ["3f9dbfed1315136a", "3fe3a1d9d043cc98", "3fd6e04d8e471599"], &
        "dirichlet([1, 2, 3])")
    call bitgen_free(bg)
    ! dirichlet([0.05, 0.02, 0.09]) (stick-breaking)
    bg = pcg64_new(ss)
    call check_status(rng_dirichlet_f(bg, [0.05_c_double, 0.02_c_double, 0.09_c_double], d), &
        RNG_OK, "rng_dirichlet_f")
    call check_f64(d(:, 1), ["3e3430ee8cedf28c", "3f4e9707062b6b8a", "3feff85a3bb85753"], &
        "dirichlet([0.05, 0.02, 0.09])")
    call bitgen_free(bg)
    ! multivariate_hypergeometric([3, 2, 5], 4, 2) = [[2, 1, 1], [1, 1, 2]]; count:
    ! [[1, 1, 2], [1, 1, 2]]
    bg = pcg64_new(ss)
    call check_status(rng_multivariate_hypergeometric_f(bg, colors, 4_c_int64_t, "marginals", m), &
        RNG_OK, "rng_multivariate_hypergeometric_f")
    call check_i64(reshape(m, [6]), [2_c_int64_t, 1_c_int64_t, 1_c_int64_t, 1_c_int64_t, &
        1_c_int64_t, 2_c_int64_t], "multivariate_hypergeometric([3, 2, 5], 4, 2)")
    call bitgen_free(bg)
    bg = pcg64_new(ss)
    call check_status(rng_multivariate_hypergeometric_f(bg, colors, 4_c_int64_t, "count", m), &
        RNG_OK, "rng_multivariate_hypergeometric_f")
    call check_i64(reshape(m, [6]), [1_c_int64_t, 1_c_int64_t, 2_c_int64_t, 1_c_int64_t, &
        1_c_int64_t, 2_c_int64_t], "multivariate_hypergeometric([3, 2, 5], 4, 2, 'count')")
    call bitgen_free(bg)

    ! The wrappers against the C functions on a twin.
    bg = pcg64_new(ss)
    tw = pcg64_new(ss)
    call check_status(rng_multinomial_f(bg, 1000_c_int64_t, p, c1), RNG_OK, "rng_multinomial_f")
    call check_status(rng_multinomial(tw, 1000_c_int64_t, p, 3_c_size_t, c2, 7_c_size_t), &
        RNG_OK, "rng_multinomial")
    call check(all(c1 == c2), "rng_multinomial_f = rng_multinomial")
    call check_status(rng_multinomial_v_f(bg, [7_c_int64_t, 0_c_int64_t], pv, m), RNG_OK, &
        "rng_multinomial_v_f")
    call check_status(rng_multinomial_v(tw, [7_c_int64_t, 0_c_int64_t], pv, 3_c_size_t, w, &
        2_c_size_t), RNG_OK, "rng_multinomial_v")
    call check(all(m == w), "rng_multinomial_v_f = rng_multinomial_v")
    call check_status(rng_dirichlet_f(bg, [0.5_c_double, 1.0_c_double, 2.0_c_double], e), &
        RNG_OK, "rng_dirichlet_f")
    call check_status(rng_dirichlet(tw, [0.5_c_double, 1.0_c_double, 2.0_c_double], 3_c_size_t, &
        f, 5_c_size_t), RNG_OK, "rng_dirichlet")
    call check(same_f64s(reshape(e, [15]), reshape(f, [15])), "rng_dirichlet_f = rng_dirichlet")
    do i = 1, 2
      call check_status(rng_multivariate_hypergeometric_f(bg, [30_c_int64_t, 20_c_int64_t, &
          50_c_int64_t], 60_c_int64_t, methods(i), c1), RNG_OK, &
          "rng_multivariate_hypergeometric_f")
      call check_status(rng_multivariate_hypergeometric(tw, [30_c_int64_t, 20_c_int64_t, &
          50_c_int64_t], 3_c_size_t, 60_c_int64_t, trim(methods(i)) // c_null_char, c2, &
          7_c_size_t), RNG_OK, "rng_multivariate_hypergeometric")
      call check(all(c1 == c2), "rng_multivariate_hypergeometric_f = C: " // methods(i))
    end do

    ! Rejected: the library's status and message, or the wrapper's shape check; nothing drawn.
    call check_status(rng_multinomial_f(bg, -1_c_int64_t, p, m), RNG_ERR_INVALID_ARGUMENT, &
        "multinomial(-1, ...)")
    call check(index(rng_last_error_f(), "rng_multinomial: n < 0") == 1, &
        "multinomial(-1): " // rng_last_error_f())
    call check_status(rng_multivariate_hypergeometric_f(bg, colors, 4_c_int64_t, "Count", m), &
        RNG_ERR_INVALID_ARGUMENT, "method 'Count'")
    call check(index(rng_last_error_f(), "method must be") > 0, "method: " // rng_last_error_f())
    call check_status(rng_dirichlet_f(bg, [1.0_c_double, -1.0_c_double, 1.0_c_double], d), &
        RNG_ERR_INVALID_ARGUMENT, "dirichlet alpha < 0")
    call check_status(rng_dirichlet_f(bg, [1.0_c_double, 1.0_c_double], d), &
        RNG_ERR_INVALID_ARGUMENT, "dirichlet: out(3, 1) for 2 alphas")
    call check(bitgen_next_u64(bg) == bitgen_next_u64(tw), "nothing drawn by the rejections")
    call bitgen_free(bg)
    call bitgen_free(tw)
    call ss_free(ss)
  end subroutine vector_methods

  !> Generator(<name>(ss)).random(2) against the bits in expected.
  subroutine first_randoms(ss, name, expected)
    type(c_ptr), intent(in) :: ss
    character(len=*), intent(in) :: name
    character(len=*), intent(in) :: expected(:)
    type(c_ptr) :: bg
    real(c_double) :: r(2)
    bg = bitgen_new_f(name, ss)
    if (made(bg, "bitgen_new_f('" // name // "')")) then
      call check_status(rng_random_f(bg, r), RNG_OK, "rng_random_f")
      call check_f64(r, expected, "Generator(" // name // "(12345)).random(2)")
    end if
    call bitgen_free(bg)
  end subroutine first_randoms

  !> Strategy 1 of the guide: SeedSequence spawning (as c_examples/spawn.c).
  !>     ss = SeedSequence(12345); child_seeds = ss.spawn(10)
  !>     streams = [PCG64(s) for s in child_seeds]
  subroutine strategy_spawn()
    integer, parameter :: n_children = 10
    type(c_ptr) :: ss, parent_ss, parent_rng, child_ss
    type(c_ptr) :: child_seeds(n_children), streams(n_children), spawned(n_children)
    type(c_ptr) :: grandchildren(4)
    real(c_double) :: x(3)
    integer(c_int64_t) :: word(1)
    integer :: i

    child_seeds = c_null_ptr
    streams = c_null_ptr
    spawned = c_null_ptr
    grandchildren = c_null_ptr
    parent_ss = c_null_ptr
    parent_rng = c_null_ptr
    child_ss = c_null_ptr

    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return
    run: block
      call check_status(ss_spawn_f(ss, child_seeds), RNG_OK, "ss_spawn_f")
      call check(ss_n_children_spawned(ss) == n_children, "n_children_spawned == 10")
      if (.not. all(c_associated_all(child_seeds))) exit run
      call check_i64(ss_spawn_key_f(child_seeds(4)), [3_c_int64_t], "child_seeds[3].spawn_key")
      do i = 1, n_children
        streams(i) = pcg64_new(child_seeds(i))
        if (.not. made(streams(i), "pcg64_new(child)")) exit run
      end do

      ! Generator(streams[i]).random(3) for i = 0, 3, 9
      call check_status(rng_random_f(streams(1), x), RNG_OK, "rng_random_f")
      call check_f64(x, ["3febd707d48730c8", "3fe1f2be79184f26", "3fcc5c3d546ca690"], "child 0")
      call check_status(bitgen_fill_double_f(streams(4), x), RNG_OK, "bitgen_fill_double_f")
      call check_f64(x, ["3fd915d8a43aec26", "3fef512332523748", "3fef21a7eea6198b"], "child 3")
      do i = 1, 3
        x(i) = bitgen_next_double(streams(10))
      end do
      call check_f64(x, ["3fcd71d5a99c42e4", "3fb92ce20e43b818", "3fcddbe16b7b796c"], "child 9")

      ! The same streams from a generator: PCG64(12345).spawn(10)
      parent_ss = ss_new_str_f("12345")
      if (.not. made(parent_ss, "ss_new_str_f")) exit run
      parent_rng = pcg64_new(parent_ss)
      if (.not. made(parent_rng, "pcg64_new")) exit run
      call check_status(bitgen_spawn_f(parent_rng, spawned), RNG_OK, "bitgen_spawn_f")
      if (.not. all(c_associated_all(spawned))) exit run
      call check_hex64(raw(spawned(4), 2), ["64576290ebb09f37", "fa89199291ba4431"], "spawned 3")

      ! Grandchildren: streams[0].spawn(4), drawing on child 0's seed sequence
      call check_status(bitgen_spawn_f(streams(1), grandchildren), RNG_OK, "bitgen_spawn_f")
      if (.not. all(c_associated_all(grandchildren))) exit run
      call check_hex64(raw(grandchildren(1), 1), ["d1996e6b5b5d291d"], "grandchild 0")
      call check_hex64(raw(grandchildren(2), 1), ["3da64221719982f0"], "grandchild 1")
      word = bitgen_next_u64(grandchildren(3))
      call check_hex64(word, ["622e98630fa1b017"], "grandchild 2")
      call check_status(bitgen_fill_u64_f(grandchildren(4), word), RNG_OK, "bitgen_fill_u64_f")
      call check_hex64(word, ["27c88b56965aa41d"], "grandchild 3")
      child_ss = bitgen_seedseq(grandchildren(3))
      if (made(child_ss, "bitgen_seedseq")) &
          call check_i64(ss_spawn_key_f(child_ss), [0_c_int64_t, 2_c_int64_t], "grandchild 2 key")
      call check(ss_n_children_spawned(child_seeds(1)) == 4, "child 0 spawned 4 (shared sequence)")
    end block run

    call ss_free(child_ss)
    call bitgen_free_all(grandchildren)
    call bitgen_free_all(spawned)
    call bitgen_free(parent_rng)
    call ss_free(parent_ss)
    call bitgen_free_all(streams)
    call ss_free_all(child_seeds)
    call ss_free(ss)
    call check(.not. any(c_associated_all(streams)) .and. &
        .not. any(c_associated_all(child_seeds)), &
        "bitgen_free_all / ss_free_all set the handles to c_null_ptr")
  end subroutine strategy_spawn

  !> Strategy 2: integer seeds, worker id first (as c_examples/seed_ints.c).
  !>     rng = PCG64(SeedSequence([worker_id, root_seed]))
  subroutine strategy_integer_seeds()
    character(len=16), parameter :: expected(2, 0:3) = reshape([ &
        "bfc4939cb29e14a2", "05130de91cdcc1b0", "64e9ee23276e60ea", "7bef40fbef9da7c7", &
        "99e8dced2a63c1b0", "b99059c169437452", "bbf1dca40eefdf53", "02e5167f79f5a5d2"], [2, 4])
    character(len=64) :: text
    character(len=8) :: label
    type(c_ptr) :: ss, rng
    integer :: worker_id
    do worker_id = 0, 3
      write (text, "(a, i0, 3a)") "[", worker_id, ", ", root_seed, "]"
      write (label, "(a, i0)") "worker ", worker_id
      ss = ss_new_str_f(text)
      rng = c_null_ptr
      if (made(ss, "ss_new_str_f('" // trim(text) // "')")) then
        rng = pcg64_new(ss)
        call ss_free(ss)   ! the generator keeps its own reference
        if (made(rng, "pcg64_new")) call check_hex64(raw(rng, 2), expected(:, worker_id), label)
      end if
      call bitgen_free(rng)
    end do
  end subroutine strategy_integer_seeds

  !> Strategy 3: independent Philox keys (as c_examples/philox_keys.c).
  !>     streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)]
  subroutine strategy_philox_keys()
    character(len=16), parameter :: expected(2, 0:3) = reshape([ &
        "25291d5448f3d3ff", "f69bc8e67a3ca103", "2f2f6faf70b9cba6", "6e3115c633efc977", &
        "f1261be2cebcfff1", "45ad9436e7538318", "e714caf7c6e9971e", "333c6e05d564d178"], [2, 4])
    character(len=8) :: label
    type(c_ptr) :: bg
    integer :: id
    do id = 0, 3
      write (label, "(a, i0)") "philox ", id
      ! root_lo + id does not carry into the high word for these ids
      bg = philox_new_key_f([root_lo + id, root_hi])
      if (made(bg, "philox_new_key_f")) call check_hex64(raw(bg, 2), expected(:, id), label)
      call bitgen_free(bg)
    end do
    ! Philox(key=root_seed, counter=1): resumed at block 1
    bg = philox_new_key_f([root_lo, root_hi], [1_c_int64_t, 0_c_int64_t, 0_c_int64_t, 0_c_int64_t])
    if (made(bg, "philox_new_key_f(counter)")) &
        call check_hex64(raw(bg, 1), ["ff5c02b37a5e7997"], "Philox(key=root, counter=1)")
    call bitgen_free(bg)
  end subroutine strategy_philox_keys

  !> Strategy 4: jumping (as c_examples/jumped.c).
  !>     streams.append(bit_generator); bit_generator = bit_generator.jumped()
  subroutine strategy_jumped()
    character(len=16), parameter :: expected(0:3) = [ &
        "2275bc2a2d4d6328", "454fca64b59c0ef2", "c3f03f470acde8ef", "e5099cb4abfce4a7"]
    type(c_ptr) :: ss, streams(0:3), direct, children(2), seq
    integer :: i
    streams = c_null_ptr
    children = c_null_ptr
    direct = c_null_ptr
    ss = ss_new_str_f(root_seed)
    if (.not. made(ss, "ss_new_str_f(root_seed)")) return
    streams(0) = pcg64_new(ss)
    run: block
      if (.not. made(streams(0), "pcg64_new")) exit run
      do i = 1, 3
        streams(i) = pcg64_jumped(streams(i - 1), 1_c_int64_t)
        if (.not. made(streams(i), "pcg64_jumped")) exit run
      end do
      direct = pcg64_jumped(streams(0), 3_c_int64_t)   ! PCG64(seed).jumped(3) is streams[3]
      if (.not. made(direct, "pcg64_jumped(3)")) exit run
      do i = 0, 3
        call check_hex64(raw(streams(i), 1), [expected(i)], "jumped stream")
      end do
      call check_hex64(raw(direct, 1), [expected(3)], "jumped(3)")

      ! A jumped generator has no seed sequence: spawning is refused and nothing is written.
      call check_status(bitgen_spawn_f(streams(1), children), RNG_ERR_UNSUPPORTED, &
          "bitgen_spawn_f(jumped)")
      call check(.not. any(c_associated_all(children)), "nothing written by a refused spawn")
      call check(len(rng_last_error_f()) > 0, "a refused spawn sets rng_last_error")
      seq = bitgen_seedseq(streams(1))
      call check(.not. c_associated(seq), "bitgen_seedseq(jumped) is NULL")
      call ss_free(seq)
    end block run

    call bitgen_free(direct)
    call bitgen_free_all(streams)
    call ss_free(ss)
  end subroutine strategy_jumped

  subroutine advance_and_other_jumps()
    type(c_ptr) :: ss, a, b
    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return

    ! PCG64(12345).advance(10**30): delta = 10**30 in two words, least significant first
    a = pcg64_new(ss)
    if (made(a, "pcg64_new")) then
      call check_status(pcg64_advance(a, [u64("4674edea40000000"), u64("0000000c9f2c9cd0")]), &
          RNG_OK, "pcg64_advance")
      call check_hex64(raw(a, 2), ["566635459bf6688b", "f9b673d240db0903"], &
          "PCG64(12345).advance(10**30)")
    end if
    call bitgen_free(a)

    ! jumped() is advance(0x9e3779b97f4a7c15f39cc0605cedc835); the jump leaves its source alone
    a = pcg64_new(ss)
    b = pcg64_jumped(a, 1_c_int64_t)
    if (made(b, "pcg64_jumped")) then
      call check_status(pcg64_advance(a, [u64("f39cc0605cedc835"), u64("9e3779b97f4a7c15")]), &
          RNG_OK, "pcg64_advance")
      call check_hex64(raw(a, 3), hex_all(raw(b, 3)), "PCG64 jumped() = advance(jump constant)")
    end if
    call bitgen_free(b)
    call bitgen_free(a)

    a = pcg64dxsm_new(ss)
    b = pcg64dxsm_jumped(a, 1_c_int64_t)
    if (made(b, "pcg64dxsm_jumped")) &
        call check_hex64(raw(b, 1), ["a76015e245a5ae49"], "PCG64DXSM(12345).jumped()")
    if (made(a, "pcg64dxsm_new")) then
      call check_status(pcg64dxsm_advance(a, [u64("f39cc0605cedc835"), u64("9e3779b97f4a7c15")]), &
          RNG_OK, "pcg64dxsm_advance")
      call check_hex64(raw(a, 1), ["a76015e245a5ae49"], "PCG64DXSM advance(jump constant)")
    end if
    call bitgen_free(b)
    call bitgen_free(a)

    ! Philox(12345).jumped() adds 2^128 to the counter: advance by [0, 0, 1, 0] blocks
    a = philox_new(ss)
    b = philox_jumped(a, 1_c_int64_t)
    if (made(b, "philox_jumped")) &
        call check_hex64(raw(b, 1), ["c45f0cb6e99c19e4"], "Philox(12345).jumped()")
    if (made(a, "philox_new")) then
      call check_status(philox_advance(a, [0_c_int64_t, 0_c_int64_t, 1_c_int64_t, 0_c_int64_t]), &
          RNG_OK, "philox_advance")
      call check_hex64(raw(a, 1), ["c45f0cb6e99c19e4"], "Philox advance(2^128 blocks)")
    end if
    call bitgen_free(b)
    call bitgen_free(a)
    call ss_free(ss)

    ! MT19937(0).jumped().random_raw(3)
    ss = ss_new_str_f("0")
    a = c_null_ptr
    b = c_null_ptr
    if (made(ss, "ss_new_str_f('0')")) a = mt19937_new(ss)
    if (made(a, "mt19937_new")) b = mt19937_jumped(a, 1_c_int64_t)
    if (made(b, "mt19937_jumped")) &
        call check_hex64(raw(b, 3), ["000000008f58f4ad", "0000000078b00183", "00000000ea0bcc1b"], &
            "MT19937(0).jumped()")
    call bitgen_free(b)
    call bitgen_free(a)
    call ss_free(ss)
  end subroutine advance_and_other_jumps

  !> NumPy's state dicts, as json.dumps writes them (arrays as lists).
  subroutine checkpoints()
    character(len=*), parameter :: pcg64_state = '{"bit_generator": "PCG64", "state": ' // &
        '{"state": 33261208707367790463622745601869196757, ' // &
        '"inc": 268209174141567072605526753992732310247}, "has_uint32": 0, "uinteger": 0}'
    character(len=*), parameter :: philox_state = '{"bit_generator": "Philox", "state": ' // &
        '{"counter": [1, 0, 0, 0], "key": [13091511679009522556, 13538552136045918767]}, ' // &
        '"buffer": [7761547988346370368, 12048877680314648833, 7990457742470656338, ' // &
        '9941379523396432859], "buffer_pos": 1, "has_uint32": 0, "uinteger": 0}'
    character(len=*), parameter :: ss_state = &
        '{"entropy": 12345, "spawn_key": [], "pool_size": 4, "n_children_spawned": 2}'
    type(c_ptr) :: ss, bg, kids(2)
    integer(c_int64_t) :: word(1)
    kids = c_null_ptr
    ss = ss_new_str_f("12345")
    if (.not. made(ss, "ss_new_str_f('12345')")) return

    ! json.dumps(PCG64(12345).state)
    bg = pcg64_new(ss)
    if (made(bg, "pcg64_new")) call check(bitgen_state_json_f(bg) == pcg64_state, &
        "PCG64(12345) state: " // bitgen_state_json_f(bg))
    call bitgen_free(bg)
    ! ... and read back: PCG64's first outputs
    bg = bitgen_from_state_json_f(pcg64_state)
    if (made(bg, "bitgen_from_state_json_f")) &
        call check_hex64(raw(bg, 2), ["3a32b18db2ffc19d", "51171315c9e4c4de"], "PCG64 from JSON")
    call bitgen_free(bg)

    ! Philox(12345) after one raw draw: a partly used buffer
    bg = philox_new(ss)
    if (made(bg, "philox_new")) then
      word = raw(bg, 1)
      call check(bitgen_state_json_f(bg) == philox_state, &
          "Philox(12345) state: " // bitgen_state_json_f(bg))
    end if
    call bitgen_free(bg)

    ! SeedSequence(12345) after spawn(2): ss.state
    call check_status(ss_spawn_f(ss, kids), RNG_OK, "ss_spawn_f")
    call check(ss_state_json_f(ss) == ss_state, "SeedSequence state: " // ss_state_json_f(ss))
    call ss_free_all(kids)
    call ss_free(ss)
  end subroutine checkpoints

  !> multivariate_normal against NumPy's values, within 1e-9 of the covariance's scale
  !> (docs/guarantees.md), and the generator's next raw value exactly.
  subroutine multivariate_normal()
    type(c_ptr) :: bg, ss
    real(c_double) :: cov(3, 3), out(3, 2), out2(2, 2), bad(2, 2)
    real(c_double), parameter :: want(3, 2) = reshape([0.6134008935415662_c_double, &
        -5.746078288009924_c_double, 0.02925047312114404_c_double, 2.020222970792175_c_double, &
        0.6739195891531602_c_double, 1.8183226452973595_c_double], [3, 2])
    real(c_double), parameter :: want2(2, 2) = reshape([0.04835587518451969_c_double, &
        1.358761705351008_c_double, 1.7320171594604308_c_double, &
        -0.42242885241378536_c_double], [2, 2])
    integer(c_int64_t) :: w(1)

    ! Generator(PCG64(2024)).multivariate_normal([1, -2, 0.5], cov, size=2): svd, NumPy's
    ! defaults; column i of out is NumPy's row i-1.
    cov = reshape([4.0_c_double, 1.2_c_double, -0.6_c_double, 1.2_c_double, 3.0_c_double, &
        0.4_c_double, -0.6_c_double, 0.4_c_double, 2.0_c_double], [3, 3])
    ss = ss_new_str_f("2024")
    bg = pcg64_new(ss)
    call ss_free(ss)
    call check_status(rng_multivariate_normal_f(bg, [1.0_c_double, -2.0_c_double, &
        0.5_c_double], cov, out), RNG_OK, "rng_multivariate_normal_f svd")
    call check(all(abs(out - want) <= 2.0e-9_c_double), "multivariate_normal svd values")
    call check_status(bitgen_random_raw_f(bg, w), RNG_OK, "bitgen_random_raw_f")
    call check(hex64(w(1)) == "14275b48de30a667", "state after multivariate_normal")
    call bitgen_free(bg)

    ! An asymmetric cov: cholesky reads NumPy's lower triangle, cov(2, 1) = cov[1][0] = 0.1.
    ! NumPy: Generator(PCG64(11)).multivariate_normal([0, 0], [[2, 0.5], [0.1, 1]], size=2,
    ! method='cholesky').
    ss = ss_new_str_f("11")
    bg = pcg64_new(ss)
    call ss_free(ss)
    call check_status(rng_multivariate_normal_f(bg, [0.0_c_double, 0.0_c_double], &
        reshape([2.0_c_double, 0.1_c_double, 0.5_c_double, 1.0_c_double], [2, 2]), out2, &
        method="cholesky"), RNG_OK, "rng_multivariate_normal_f cholesky")
    call check(all(abs(out2 - want2) <= 2.0e-9_c_double), "multivariate_normal cholesky values")
    call check_status(bitgen_random_raw_f(bg, w), RNG_OK, "bitgen_random_raw_f")
    call check(hex64(w(1)) == "25de7bdf7c49f18d", "state after multivariate_normal cholesky")

    ! Not positive-semidefinite: "warn" writes and says so, "raise" refuses.
    bad = reshape([1.0_c_double, 2.0_c_double, 2.0_c_double, 1.0_c_double], [2, 2])
    call check_status(rng_multivariate_normal_f(bg, [0.0_c_double, 0.0_c_double], bad, out2, &
        method="eigh"), RNG_WARN_NOT_PSD, "rng_multivariate_normal_f warn")
    call check(rng_last_error_f() == "rng_multivariate_normal: covariance is not symmetric " // &
        "positive-semidefinite.", "the warning: " // rng_last_error_f())
    call check_status(rng_multivariate_normal_f(bg, [0.0_c_double, 0.0_c_double], bad, out2, &
        check_valid="raise"), RNG_ERR_INVALID_ARGUMENT, "rng_multivariate_normal_f raise")
    call check_status(rng_multivariate_normal_f(bg, [0.0_c_double, 0.0_c_double], cov, out2), &
        RNG_ERR_INVALID_ARGUMENT, "rng_multivariate_normal_f with a 3x3 cov for k = 2")
    call bitgen_free(bg)
  end subroutine multivariate_normal

  function hex_all(words) result(texts)
    integer(c_int64_t), intent(in) :: words(:)
    character(len=16) :: texts(size(words))
    integer :: i
    do i = 1, size(words)
      texts(i) = hex64(words(i))
    end do
  end function hex_all

  !> c_associated of each handle.
  function c_associated_all(handles) result(live)
    type(c_ptr), intent(in) :: handles(:)
    logical :: live(size(handles))
    integer :: i
    do i = 1, size(handles)
      live(i) = c_associated(handles(i))
    end do
  end function c_associated_all

end program test_known_values
