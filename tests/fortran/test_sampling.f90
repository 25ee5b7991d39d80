! The hand-written bytes, choice and shuffle wrappers of include/randstreams.f90: NumPy's
! values for one seed; each wrapper against the C function on a twin generator; and the
! column-major mapping (dimension dim of a rank-r array is NumPy's axis r - dim).
program test_sampling
  use, intrinsic :: iso_c_binding
  use randstreams
  use rs_testing
  implicit none

  character(len=9), parameter :: algorithms(5) = &
      ["PCG64    ", "PCG64DXSM", "MT19937  ", "Philox   ", "SFC64    "]
  integer :: i

  call numpy_values()
  do i = 1, size(algorithms)
    call twins(trim(algorithms(i)))
  end do
  call errors()
  call finish()

contains

  function make(name, seed) result(bg)
    character(len=*), intent(in) :: name, seed
    type(c_ptr) :: bg, ss
    ss = ss_new_str_f(seed)
    bg = bitgen_new_f(name, ss)
    call ss_free(ss)
    call check(c_associated(bg), name // " made")
  end function make

  ! NumPy 2.4.6, Generator(PCG64(SeedSequence(7))): choice(10, 5), bytes(6),
  ! choice(100, 4, replace=False), shuffle(arange(6, dtype=int16)),
  ! permuted(arange(6, dtype=int32).reshape(2, 3), axis=1), in this order. The (2, 3) C array
  ! is the Fortran array a(3, 2); NumPy's axis 1 is its dimension 2 - 1 = 1.
  subroutine numpy_values()
    type(c_ptr) :: bg
    integer(c_int64_t) :: idx(5), idx4(4)
    integer(c_int8_t) :: b(6)
    integer(c_int16_t) :: s(6)
    integer(c_int32_t) :: a(3, 2)
    bg = make("PCG64", "7")
    call check_status(rng_choice_f(bg, 10_c_int64_t, idx), RNG_OK, "rng_choice_f")
    call check(all(idx == [9, 6, 6, 8, 5]), "choice(10, 5) is NumPy's")
    call check_status(rng_bytes_f(bg, b), RNG_OK, "rng_bytes_f")
    call check(all(b == int([95, 86, 147 - 256, 198 - 256, 66, 39], c_int8_t)), &
        "bytes(6) is NumPy's")
    call check_status(rng_choice_f(bg, 100_c_int64_t, idx4, replace=.false.), RNG_OK, &
        "rng_choice_f without replacement")
    call check(all(idx4 == [5, 21, 29, 28]), "choice(100, 4, replace=False) is NumPy's")
    s = int([0, 1, 2, 3, 4, 5], c_int16_t)
    call check_status(rng_shuffle_f(bg, s), RNG_OK, "rng_shuffle_f int16")
    call check(all(s == [3, 2, 0, 4, 1, 5]), "shuffle(arange(6, int16)) is NumPy's")
    a = reshape(int([0, 1, 2, 3, 4, 5], c_int32_t), [3, 2])
    call check_status(rng_permuted_f(bg, a, 1), RNG_OK, "rng_permuted_f dim 1")
    call check(all(reshape(a, [6]) == [2, 0, 1, 5, 4, 3]), "permuted(axis=1) is NumPy's")
    call bitgen_free(bg)
  end subroutine numpy_values

  subroutine twins(name)
    character(len=*), intent(in) :: name
    type(c_ptr) :: a, b
    real(c_double), target :: p(5), x(4, 5), y(4, 5), v(12), w(12)
    real(c_double), allocatable :: px(:, :)
    real(c_double), target :: py(4, 5)
    integer(c_int64_t), target :: got(30), want(30), cols(5)
    integer(c_int8_t) :: bytes(11)
    character(len=11) :: text
    integer(c_int32_t), target :: m3(2, 3, 4), n3(2, 3, 4)
    integer :: j, k
    integer(c_int32_t) :: skipped
    p = [0.1_c_double, 0.0_c_double, 0.3_c_double, 0.6_c_double, 0.0_c_double]
    a = make(name, "[5,2024]")
    b = make(name, "[5,2024]")

    ! bytes: the string form gives the int8 form's bytes; bytes(0) draws like NumPy's.
    call check_status(rng_bytes_f(a, text), RNG_OK, name // " rng_bytes_f(text)")
    call check_status(rng_bytes(b, bytes, 11_c_size_t), RNG_OK, name // " rng_bytes")
    call check(all([(iachar(text(k:k)), k = 1, 11)] == iand(int(bytes), 255)), &
        name // ": bytes into a string")
    call check_status(rng_bytes_f(a, bytes(1:0)), RNG_OK, name // " bytes(0)")
    skipped = bitgen_next_u32(b)  ! what bytes(0) drew on a
    call check(bitgen_next_u32(a) == bitgen_next_u32(b), name // ": bytes(0) drew one value")

    ! choice: the wrappers against rng_choice (0-based indices).
    call check_status(rng_choice_f(a, 20000_c_int64_t, got, replace=.false.), RNG_OK, &
        name // " rng_choice_f")
    call check_status(rng_choice(b, 20000_c_int64_t, c_null_ptr, logical(.false., c_bool), &
        logical(.true., c_bool), want, 30_c_size_t), RNG_OK, name // " rng_choice")
    call check(all(got == want) .and. all(got >= 0) .and. all(got < 20000), &
        name // ": choice without replacement")
    call check_status(rng_choice_p_f(a, p, got(1:12)), RNG_OK, name // " rng_choice_p_f")
    call check_status(rng_choice(b, 5_c_int64_t, c_loc(p), logical(.true., c_bool), &
        logical(.true., c_bool), want, 12_c_size_t), RNG_OK, name // " rng_choice with p")
    call check(all(got(1:12) == want(1:12)) .and. all(got(1:12) /= 1 .and. got(1:12) /= 4), &
        name // ": choice with p")

    ! Columns of x(4, 5) shuffled (dim 2 = NumPy's axis 0 of the (5, 4) C array) move as
    ! the entries of arange(5) shuffled with the same draws.
    x = reshape([(real(k, c_double), k = 1, 20)], [4, 5])
    y = x
    call check_status(rng_shuffle_f(a, x, 2), RNG_OK, name // " rng_shuffle_f dim 2")
    cols = [(int(k, c_int64_t), k = 0, 4)]
    call check_status(rng_shuffle_i64(b, cols, 5_c_size_t), RNG_OK, name // " shuffle arange")
    call check(all([(same_f64s(x(:, j), y(:, cols(j) + 1)), j = 1, 5)]), &
        name // ": dimension 2 moves whole columns, NumPy's axis 0")
    ! Rows (dim 1 = axis 1) against rng_shuffle_axis on the C shape (5, 4).
    call check_status(rng_shuffle_f(a, x, 1), RNG_OK, name // " rng_shuffle_f dim 1")
    y = reshape([(real(k, c_double), k = 1, 20)], [4, 5])
    y(:, :) = y(:, cols + 1)
    call check_status(rng_shuffle_axis(b, c_loc(y), 2_c_size_t, [5_c_size_t, 4_c_size_t], &
        8_c_size_t, 1_c_size_t), RNG_OK, name // " rng_shuffle_axis")
    call check(same_f64s(reshape(x, [20]), reshape(y, [20])), name // ": dimension 1 is axis 1")

    ! permuted: lanes along a dimension, and all elements in memory order.
    m3 = reshape([(int(k, c_int32_t), k = 1, 24)], [2, 3, 4])
    n3 = m3
    call check_status(rng_permuted_f(a, m3, 2), RNG_OK, name // " rng_permuted_f dim 2")
    call check_status(rng_permuted(b, c_loc(n3), 3_c_size_t, [4_c_size_t, 3_c_size_t, &
        2_c_size_t], 4_c_size_t, 1_c_size_t), RNG_OK, name // " rng_permuted axis 1")
    call check(all(m3 == n3), name // ": permuted along dimension 2")
    call check_status(rng_permuted_f(a, m3), RNG_OK, name // " rng_permuted_f all")
    call check_status(rng_shuffle(b, c_loc(n3), 24_c_size_t, 4_c_size_t), RNG_OK, &
        name // " rng_shuffle all")
    call check(all(m3 == n3), name // ": permuted without dim shuffles memory order")

    ! permutation into a new array, and rank-1 shuffles of other types.
    call check_status(rng_permutation_dim_f(a, x, px, 1), RNG_OK, name // " permutation_dim")
    call check_status(rng_permutation_axis(b, c_loc(y), c_loc(py), 2_c_size_t, &
        [5_c_size_t, 4_c_size_t], 8_c_size_t, 1_c_size_t), RNG_OK, name // " permutation_axis")
    call check(all(shape(px) == [4, 5]) .and. same_f64s(reshape(px, [20]), reshape(py, [20])) &
        .and. same_f64s(reshape(x, [20]), reshape(y, [20])), &
        name // ": permutation along dimension 1, x unchanged")
    v = [(real(k, c_double) * 0.5_c_double, k = 1, 12)]
    w = v
    call check_status(rng_shuffle_f(a, v(1:12:2)), RNG_OK, name // " rng_shuffle_f strided")
    call check_status(rng_shuffle_f64(b, w(1:12:2), 6_c_size_t), RNG_OK, name // " shuffle_f64")
    call check(same_f64s(v, w), name // ": a strided section is shuffled as its copy")
    call check(bitgen_next_u64(a) == bitgen_next_u64(b), name // ": in step at the end")
    call bitgen_free(a)
    call bitgen_free(b)
  end subroutine twins

  subroutine errors()
    type(c_ptr) :: bg
    integer(c_int64_t) :: out(4)
    real(c_double) :: x(3, 2)
    bg = make("PCG64", "1")
    call check_status(rng_choice_f(bg, 0_c_int64_t, out), RNG_ERR_INVALID_ARGUMENT, "choice(0)")
    call check(index(rng_last_error_f(), "a must be a positive integer") > 0, &
        "message: " // rng_last_error_f())
    call check_status(rng_choice_p_f(bg, [0.5_c_double, 0.2_c_double], out), &
        RNG_ERR_INVALID_ARGUMENT, "choice with p summing to 0.7")
    call check(index(rng_last_error_f(), "Probabilities do not sum to 1") > 0, &
        "message: " // rng_last_error_f())
    call check_status(rng_choice_f(bg, 3_c_int64_t, out, replace=.false.), &
        RNG_ERR_INVALID_ARGUMENT, "choice(3, 4, replace=False)")
    x = 0
    call check_status(rng_shuffle_f(bg, x, 3), RNG_ERR_INVALID_ARGUMENT, "dim 3 of a rank 2")
    call check(index(rng_last_error_f(), "out of bounds") > 0, "message: " // rng_last_error_f())
    call bitgen_free(bg)
  end subroutine errors
end program test_sampling
