! The four strategies of NumPy's "Parallel random number generation" guide in Fortran, with the
! randstreams module (include/randstreams.f90) and its _f wrappers: spawning, sequences of
! integer seeds, Philox keys and jumping. It prints exactly what c_examples/spawn.c,
! seed_ints.c, philox_keys.c and jumped.c print, in that order (the same text: doubles as C's
! "%.17g", 64-bit words as "%016x"); see those files for the strategies themselves. Every
! number printed to stdout is checked against NumPy by scripts/harness/check_example.py (name
! `strategies`).
!
! Every call's result is checked: a handle with c_associated, a status against RNG_OK. On a
! failure the program reports rng_last_error_f() and stops with ERROR STOP (the operating
! system reclaims the handles); on success every handle is freed.
!
! Build: cargo build --release
!        gfortran -std=f2008 include/randstreams.f90 c_examples/strategies.f90 \
!            target/release/librandstreams.a -lpthread -ldl -lm -o strategies
program strategies
  use, intrinsic :: iso_c_binding
  use, intrinsic :: iso_fortran_env, only: output_unit, error_unit
  use randstreams
  implicit none

  ! The 128-bit root seed of strategies 2 to 4, e.g. from secrets.randbits(128): as text for
  ! SeedSequence (ss_new_str_f reads integers of any size), and as 64-bit words, least
  ! significant first, for the Philox key.
  character(len=*), parameter :: ROOT_SEED = "0x8c3c010cb4754c905776bdac5ee7501"
  integer(c_int64_t), parameter :: ROOT_SEED_WORDS(2) = &
      [int(z'05776bdac5ee7501', c_int64_t), int(z'08c3c010cb4754c9', c_int64_t)]

  ! Catch a module/library version mismatch before anything else.
  if (rng_version_f() /= RNG_VERSION_STRING) then
    call fail("rng_version_f", "module " // RNG_VERSION_STRING // " but library " // &
        rng_version_f())
  end if

  call strategy_spawn()
  call strategy_seed_ints()
  call strategy_philox_keys()
  call strategy_jumped()

contains

  ! --- 1. Spawning (c_examples/spawn.c) -----------------------------------------------------
  !     ss = SeedSequence(12345)
  !     child_seeds = ss.spawn(10)
  !     streams = [default_rng(s) for s in child_seeds]
  subroutine strategy_spawn()
    type(c_ptr) :: ss, parent_ss, parent_rng
    type(c_ptr) :: child_seeds(10), streams(10), spawned(10), grandchildren(4)
    real(c_double) :: x(3)
    integer(c_int64_t) :: raw(3)
    integer :: i

    ! ss_spawn_f and bitgen_spawn_f write nothing on failure: start from null handles.
    child_seeds = c_null_ptr
    spawned = c_null_ptr
    grandchildren = c_null_ptr

    ss = ss_new_f([12345_c_int64_t])
    call check_handle(ss, "ss_new_f")
    call check(ss_spawn_f(ss, child_seeds), "ss_spawn_f")

    ! PCG64(s), and Generator(PCG64(s)).random(3) is rng_random_f: child i goes to worker i.
    do i = 1, size(streams)
      streams(i) = pcg64_new(child_seeds(i))
      call check_handle(streams(i), "pcg64_new")
    end do
    do i = 1, size(streams)
      call check(rng_random_f(streams(i), x), "rng_random_f")
      call print_doubles("child " // itoa(i - 1), x)
    end do

    ! The same streams straight from a generator: PCG64(12345).spawn(10), as random_raw(3).
    parent_ss = ss_new_f([12345_c_int64_t])
    call check_handle(parent_ss, "ss_new_f")
    parent_rng = pcg64_new(parent_ss)
    call check_handle(parent_rng, "pcg64_new")
    call check(bitgen_spawn_f(parent_rng, spawned), "bitgen_spawn_f")
    do i = 1, size(spawned)
      call check(bitgen_random_raw_f(spawned(i), raw), "bitgen_random_raw_f")
      call print_words("spawned " // itoa(i - 1), raw)
    end do

    ! Children spawn grandchildren: streams[0].spawn(4).
    call check(bitgen_spawn_f(streams(1), grandchildren), "bitgen_spawn_f")
    do i = 1, size(grandchildren)
      call check(rng_random_f(grandchildren(i), x), "rng_random_f")
      call print_doubles("grandchild " // itoa(i - 1), x)
    end do

    call log_os_seeded_run()

    call bitgen_free_all(grandchildren)
    call bitgen_free_all(spawned)
    call bitgen_free(parent_rng)
    call ss_free(parent_ss)
    call bitgen_free_all(streams)
    call ss_free_all(child_seeds)
    call ss_free(ss)
  end subroutine strategy_spawn

  ! In production, seed from the OS once, SeedSequence(), and log the entropy so that the run
  ! can be replayed. It differs on every run, so this goes to stderr, not to the checked stdout.
  subroutine log_os_seeded_run()
    type(c_ptr) :: os_ss, replay_ss, rng, replay
    character(len=:), allocatable :: entropy
    integer(c_int64_t) :: a, b
    character(len=16) :: a_hex, b_hex

    os_ss = ss_new_os()
    call check_handle(os_ss, "ss_new_os")
    entropy = ss_entropy_str_f(os_ss)
    if (len(entropy) == 0) call fail("ss_entropy_str_f", rng_last_error_f())
    write (error_unit, '(5A)') 'OS-seeded run; replay with ss_new_str_f("', entropy, &
        '") = SeedSequence(', entropy, ')'

    ! The logged text rebuilds the same sequence, hence the same stream.
    replay_ss = ss_new_str_f(entropy)
    call check_handle(replay_ss, "ss_new_str_f")
    rng = pcg64_new(os_ss)
    call check_handle(rng, "pcg64_new")
    replay = pcg64_new(replay_ss)
    call check_handle(replay, "pcg64_new")
    a = bitgen_next_u64(rng)
    b = bitgen_next_u64(replay)
    a_hex = hex16(a)
    b_hex = hex16(b)
    write (error_unit, '(4A)') "first draw ", a_hex, ", replayed ", b_hex
    if (a /= b) call fail("log_os_seeded_run", "replay differs")

    call bitgen_free(replay)
    call bitgen_free(rng)
    call ss_free(replay_ss)
    call ss_free(os_ss)
  end subroutine log_os_seeded_run

  ! --- 2. A sequence of integer seeds, worker id first (c_examples/seed_ints.c) --------------
  !     for worker_id in range(4):
  !         rng = default_rng([worker_id, root_seed])
  subroutine strategy_seed_ints()
    character(len=64) :: seed
    type(c_ptr) :: ss, rng
    real(c_double) :: x(3)
    integer :: worker_id

    do worker_id = 0, 3
      ! SeedSequence([worker_id, root_seed]); ss_new_str_f ignores the trailing blanks.
      write (seed, '("[", I0, ", ", A, "]")') worker_id, ROOT_SEED
      ss = ss_new_str_f(seed)
      call check_handle(ss, "ss_new_str_f")
      rng = pcg64_new(ss)  ! the generator keeps its own reference to ss
      call check_handle(rng, "pcg64_new")
      call check(rng_random_f(rng, x), "rng_random_f")
      call print_doubles("worker " // itoa(worker_id), x)
      call bitgen_free(rng)
      call ss_free(ss)
    end do
  end subroutine strategy_seed_ints

  ! --- 3. Philox keys (c_examples/philox_keys.c) --------------------------------------------
  !     streams = [Philox(key=root_seed + stream_id) for stream_id in range(4)]
  subroutine strategy_philox_keys()
    type(c_ptr) :: streams(4), resumed
    integer(c_int64_t) :: raw(4), counter(4)
    integer :: id

    do id = 0, 3
      streams(id + 1) = philox_new_key_f(key_plus(int(id, c_int64_t)))  ! counter 0
      call check_handle(streams(id + 1), "philox_new_key_f")
    end do
    do id = 0, 3
      call check(bitgen_random_raw_f(streams(id + 1), raw), "bitgen_random_raw_f")
      call print_words("stream " // itoa(id), raw)
    end do
    ! Stream 0's second block of four outputs.
    call check(bitgen_random_raw_f(streams(1), raw), "bitgen_random_raw_f")
    call print_words("stream 0 next", raw)

    ! Resumed from a (key, counter) checkpoint: Philox(key=root_seed + 0, counter=1), the
    ! 256-bit counter as four words, least significant first.
    counter = 0
    counter(1) = 1
    resumed = philox_new_key_f(key_plus(0_c_int64_t), counter)
    call check_handle(resumed, "philox_new_key_f")
    call check(bitgen_random_raw_f(resumed, raw), "bitgen_random_raw_f")
    call print_words("stream 0 from counter 1", raw)

    call bitgen_free(resumed)
    call bitgen_free_all(streams)
  end subroutine strategy_philox_keys

  ! root_seed + id in 128-bit arithmetic (mod 2^128), carrying into the high word.
  function key_plus(id) result(key)
    integer(c_int64_t), intent(in) :: id
    integer(c_int64_t) :: key(2), carry, ignored
    call add_u64(ROOT_SEED_WORDS(1), id, key(1), carry)
    call add_u64(ROOT_SEED_WORDS(2), carry, key(2), ignored)
  end function key_plus

  ! sum = a + b mod 2^64 for unsigned 64-bit bit patterns, and the carry (0 or 1). Fortran has
  ! no unsigned wrap-around (a signed overflow is not allowed), so the words are added in
  ! 32-bit halves, whose sums always fit.
  pure subroutine add_u64(a, b, sum, carry)
    integer(c_int64_t), intent(in) :: a, b
    integer(c_int64_t), intent(out) :: sum, carry
    integer(c_int64_t) :: lo, hi
    lo = ibits(a, 0, 32) + ibits(b, 0, 32)
    hi = ibits(a, 32, 32) + ibits(b, 32, 32) + ishft(lo, -32)
    sum = ior(ibits(lo, 0, 32), ishft(hi, 32))  ! ishft drops hi's bit 32, the carry out
    carry = ishft(hi, -32)
  end subroutine add_u64

  ! --- 4. Jumping (c_examples/jumped.c) -------------------------------------------------------
  !     bit_generator = PCG64(root_seed)
  !     for _ in range(4):
  !         streams.append(bit_generator)
  !         bit_generator = bit_generator.jumped()
  subroutine strategy_jumped()
    type(c_ptr) :: ss, streams(4), direct
    real(c_double) :: x(3)
    integer :: i

    ss = ss_new_str_f(ROOT_SEED)
    call check_handle(ss, "ss_new_str_f")
    streams(1) = pcg64_new(ss)
    call check_handle(streams(1), "pcg64_new")
    ! pcg64_jumped returns a new handle and leaves its argument untouched.
    do i = 2, size(streams)
      streams(i) = pcg64_jumped(streams(i - 1), 1_c_int64_t)
      call check_handle(streams(i), "pcg64_jumped")
    end do
    ! PCG64(root_seed).jumped(3) is streams[3] (taken before streams[0] is drawn from).
    direct = pcg64_jumped(streams(1), 3_c_int64_t)
    call check_handle(direct, "pcg64_jumped")

    ! Generator(streams[i]).random(3), then the same from PCG64(root_seed).jumped(3).
    do i = 1, size(streams)
      call check(rng_random_f(streams(i), x), "rng_random_f")
      call print_doubles("stream " // itoa(i - 1), x)
    end do
    call check(rng_random_f(direct, x), "rng_random_f")
    call print_doubles("jumped 3", x)

    call bitgen_free(direct)
    call bitgen_free_all(streams)
    call ss_free(ss)
  end subroutine strategy_jumped

  ! --- Checks --------------------------------------------------------------------------------

  ! Stops unless a status is RNG_OK.
  subroutine check(status, call_name)
    integer(c_int32_t), intent(in) :: status
    character(len=*), intent(in) :: call_name
    if (status /= RNG_OK) then
      call fail(call_name, rng_status_str_f(status) // ": " // rng_last_error_f())
    end if
  end subroutine check

  ! Stops when a constructor returned a null handle.
  subroutine check_handle(handle, call_name)
    type(c_ptr), intent(in) :: handle
    character(len=*), intent(in) :: call_name
    if (.not. c_associated(handle)) call fail(call_name, rng_last_error_f())
  end subroutine check_handle

  subroutine fail(call_name, message)
    character(len=*), intent(in) :: call_name, message
    flush (output_unit)
    write (error_unit, '(4A)') call_name, " failed: ", message
    error stop 1
  end subroutine fail

  ! --- Output in the C examples' formats -----------------------------------------------------

  ! `label: x0 x1 ...`, each double as C's printf(" %.17g").
  subroutine print_doubles(label, x)
    character(len=*), intent(in) :: label
    real(c_double), intent(in) :: x(:)
    character(len=:), allocatable :: line
    integer :: k
    line = label // ":"
    do k = 1, size(x)
      line = line // " " // g17(x(k))
    end do
    write (output_unit, '(A)') line
  end subroutine print_doubles

  ! `label: w0 w1 ...`, each word as C's printf(" %016" PRIx64).
  subroutine print_words(label, w)
    character(len=*), intent(in) :: label
    integer(c_int64_t), intent(in) :: w(:)
    character(len=:), allocatable :: line
    integer :: k
    line = label // ":"
    do k = 1, size(w)
      line = line // " " // hex16(w(k))
    end do
    write (output_unit, '(A)') line
  end subroutine print_words

  ! An integer as its shortest decimal text, as C's "%d".
  function itoa(i) result(text)
    integer, intent(in) :: i
    character(len=:), allocatable :: text
    character(len=16) :: buf
    write (buf, '(I0)') i
    text = trim(buf)
  end function itoa

  ! The 64-bit pattern as 16 lower-case hex digits, as C's "%016" PRIx64: Z16.16 writes the
  ! bits (a uint64_t of 2^63 or more is negative here) in upper case.
  function hex16(w) result(text)
    integer(c_int64_t), intent(in) :: w
    character(len=16) :: text
    integer :: k
    write (text, '(Z16.16)') w
    do k = 1, len(text)
      if (lge(text(k:k), "A") .and. lle(text(k:k), "F")) then
        text(k:k) = achar(iachar(text(k:k)) + 32)
      end if
    end do
  end function hex16

  ! A finite double as C's printf("%.17g") (and Python's "%.17g" % x): 17 significant digits,
  ! correctly rounded, by ES24.16E3; then %g's layout: with the decimal exponent X of the
  ! rounded value, fixed notation when -4 <= X < 17, else d.ddd e+XX (at least two exponent
  ! digits); trailing zeros of the fraction are removed, and the point with them.
  function g17(x) result(text)
    real(c_double), intent(in) :: x
    character(len=:), allocatable :: text
    character(len=32) :: buf
    character(len=17) :: digits
    character(len=8) :: ebuf
    logical :: negative
    integer :: e, nd

    write (buf, '(ES24.16E3)') x  ! [-]d.ddddddddddddddddE[+-]eee
    buf = adjustl(buf)
    negative = buf(1:1) == "-"
    if (negative) buf = buf(2:)
    digits = buf(1:1) // buf(3:18)
    read (buf(20:23), '(I4)') e
    nd = len(digits)
    do while (nd > 1 .and. digits(nd:nd) == "0")
      nd = nd - 1
    end do

    if (e >= -4 .and. e < len(digits)) then
      if (e < 0) then
        text = "0." // repeat("0", -e - 1) // digits(1:nd)
      else if (nd > e + 1) then
        text = digits(1:e + 1) // "." // digits(e + 2:nd)
      else
        text = digits(1:e + 1)
      end if
    else
      text = digits(1:1)
      if (nd > 1) text = text // "." // digits(2:nd)
      write (ebuf, '(I0.2)') abs(e)
      if (e < 0) then
        text = text // "e-" // trim(ebuf)
      else
        text = text // "e+" // trim(ebuf)
      end if
    end if
    if (negative) text = "-" // text
  end function g17

end program strategies
