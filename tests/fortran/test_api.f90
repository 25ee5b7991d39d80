! The C contract through the Fortran bindings: bulk fills against one-value draws on twin
! handles (two generators from one seed, which must stay in step), raw bindings against the
! _f wrappers, array sections, clones, strings, spawning helpers, errors (status, message, no
! state change), OS entropy replay, a generator made of Fortran callbacks, and checkpoints
! (JSON and binary) restoring the stream. Every handle is freed.
! Prints "N passed, M failed"; fails if M > 0.

!> A user bit generator in Fortran: bind(C) functions that bitgen_new_user calls with `state`,
!> here a table_state that hands out the words of a table in turn.
module user_bitgen_callbacks
  use, intrinsic :: iso_c_binding
  implicit none
  private
  public :: table_state, table_next_u64, table_next_u32

  type :: table_state
    integer(c_int64_t) :: words(4) = 0
    integer :: next = 1
    integer :: u32_calls = 0
  end type table_state

contains

  function table_next_u64(state) bind(C) result(x)
    type(c_ptr), value :: state
    integer(c_int64_t) :: x
    type(table_state), pointer :: table
    call c_f_pointer(state, table)
    x = table%words(table%next)
    table%next = modulo(table%next, size(table%words)) + 1
  end function table_next_u64

  !> A next_u32 that is visibly the caller's: the call count, 1, 2, ...
  function table_next_u32(state) bind(C) result(x)
    type(c_ptr), value :: state
    integer(c_int32_t) :: x
    type(table_state), pointer :: table
    call c_f_pointer(state, table)
    table%u32_calls = table%u32_calls + 1
    x = int(table%u32_calls, c_int32_t)
  end function table_next_u32

end module user_bitgen_callbacks

program test_api
  use, intrinsic :: iso_c_binding
  use randstreams
  use rs_testing
  use user_bitgen_callbacks
  implicit none

  character(len=9), parameter :: algorithms(5) = &
      ["PCG64    ", "PCG64DXSM", "MT19937  ", "Philox   ", "SFC64    "]
  integer :: i

  call check(rng_version_f() == RNG_VERSION_STRING, &
      "library " // rng_version_f() // " vs module " // RNG_VERSION_STRING)
  call status_names()
  do i = 1, size(algorithms)
    call twins(trim(algorithms(i)))
  end do
  call spawning_helpers()
  call errors()
  call os_entropy()
  call user_generator()
  call checkpoints()
  call finish()

contains

  logical function made(handle, what)
    type(c_ptr), intent(in) :: handle
    character(len=*), intent(in) :: what
    made = c_associated(handle)
    call check(made, what // " returned NULL: " // rng_last_error_f())
  end function made

  subroutine status_names()
    call check(rng_status_str_f(RNG_OK) == "RNG_OK", "rng_status_str_f(RNG_OK)")
    call check(rng_status_str_f(RNG_ERR_NULL_POINTER) == "RNG_ERR_NULL_POINTER", "NULL_POINTER")
    call check(rng_status_str_f(RNG_ERR_INVALID_ARGUMENT) == "RNG_ERR_INVALID_ARGUMENT", &
        "INVALID_ARGUMENT")
    call check(rng_status_str_f(RNG_ERR_UNSUPPORTED) == "RNG_ERR_UNSUPPORTED", "UNSUPPORTED")
    call check(rng_status_str_f(RNG_ERR_ENTROPY_UNAVAILABLE) == "RNG_ERR_ENTROPY_UNAVAILABLE", &
        "ENTROPY_UNAVAILABLE")
    call check(rng_status_str_f(RNG_ERR_BUFFER_TOO_SMALL) == "RNG_ERR_BUFFER_TOO_SMALL", &
        "BUFFER_TOO_SMALL")
    call check(rng_status_str_f(RNG_ERR_INTERNAL) == "RNG_ERR_INTERNAL", "INTERNAL")
    call check(rng_status_str_f(RNG_ERR_OUT_OF_MEMORY) == "RNG_ERR_OUT_OF_MEMORY", "OUT_OF_MEMORY")
    call check(rng_status_str_f(99_c_int32_t) == "unknown status", "rng_status_str_f(99)")
    call check(bitgen_name_f(c_null_ptr) == "", "bitgen_name_f(c_null_ptr)")
  end subroutine status_names

  !> Two generators of one algorithm from one seed: every bulk fill on `a` must equal as many
  !> one-value draws on `b` (or the same fill through the other binding), so they stay in step.
  subroutine twins(name)
    character(len=*), intent(in) :: name
    integer, parameter :: n = 40
    type(c_ptr) :: ss, a, b, c
    real(c_double) :: x(n), y(n)
    integer(c_int64_t) :: k(n), m(n)
    integer(c_int32_t) :: k32(n), m32(n)
    integer :: j

    ss = ss_new_str_f("2024")
    a = bitgen_new_f(name, ss)
    b = bitgen_new_f(name, ss)
    c = c_null_ptr
    call ss_free(ss)   ! both generators keep the sequence
    run: block
      if (.not. made(a, "bitgen_new_f('" // name // "')")) exit run
      if (.not. made(b, "bitgen_new_f('" // name // "')")) exit run
      call check(bitgen_name_f(a) == name, "bitgen_name_f: " // bitgen_name_f(a))

      ! Raw draws
      call check_status(bitgen_fill_u64_f(a, k), RNG_OK, "bitgen_fill_u64_f")
      do j = 1, n
        m(j) = bitgen_next_u64(b)
      end do
      call check(all(k == m), name // ": fill_u64 = next_u64 x n")
      call check_status(bitgen_fill_u32_f(a, k32(1:7)), RNG_OK, "bitgen_fill_u32_f")
      do j = 1, 7
        m32(j) = bitgen_next_u32(b)
      end do
      call check(all(k32(1:7) == m32(1:7)), name // ": fill_u32 = next_u32 x n")
      call check_status(bitgen_fill_double_f(a, x), RNG_OK, "bitgen_fill_double_f")
      do j = 1, n
        y(j) = bitgen_next_double(b)
      end do
      call check(same_f64s(x, y), name // ": fill_double = next_double x n")
      call check_status(bitgen_random_raw_f(a, k), RNG_OK, "bitgen_random_raw_f")
      call check_status(bitgen_random_raw(b, m, int(n, c_size_t)), RNG_OK, "bitgen_random_raw")
      call check(all(k == m), name // ": random_raw_f = random_raw")
      call check_status(bitgen_random_raw_f(a, k), RNG_OK, "bitgen_random_raw_f")
      do j = 1, n
        m(j) = bitgen_next_raw(b)
      end do
      call check(all(k == m), name // ": random_raw = next_raw x n")

      ! Each distribution's wrapper against its C functions: test_methods.f90 (generated).

      ! Full uint64 range: 0 .. 2^64-1 is every bit pattern, i.e. next_u64
      call check_status(rng_integers_u64_f(a, 0_c_int64_t, -1_c_int64_t, .true., k), RNG_OK, &
          "rng_integers_u64_f")
      do j = 1, n
        m(j) = bitgen_next_u64(b)
      end do
      call check(all(k == m), name // ": integers u64 full range = next_u64")
      call check_status(rng_integers_u32_f(a, 10_c_int32_t, 20_c_int32_t, .true., k32), RNG_OK, &
          "rng_integers_u32_f")
      do j = 1, n
        call check_status(rng_next_integers_u32_f(b, 10_c_int32_t, 20_c_int32_t, .true., m32(j)), &
            RNG_OK, "rng_next_integers_u32_f")
      end do
      call check(all(k32 == m32), name // ": integers u32")
      ! permutation(n) is shuffle(arange(n)); shuffling doubles moves them the same way
      call check_status(rng_permutation_f(a, k), RNG_OK, "rng_permutation_f")
      m = [(int(j - 1, c_int64_t), j = 1, n)]
      call check_status(rng_shuffle_i64_f(b, m), RNG_OK, "rng_shuffle_i64_f")
      call check(all(k == m), name // ": permutation = shuffle(arange)")
      do j = 0, n - 1
        call check(count(k == j) == 1, name // ": permutation has each value once")
      end do
      x = [(real(j - 1, c_double), j = 1, n)]
      m = [(int(j - 1, c_int64_t), j = 1, n)]
      call check_status(rng_shuffle_f64_f(a, x), RNG_OK, "rng_shuffle_f64_f")
      call check_status(rng_shuffle_i64(b, m, int(n, c_size_t)), RNG_OK, "rng_shuffle_i64")
      call check(all(nint(x, c_int64_t) == m), name // ": shuffle f64 moves as shuffle i64")

      ! A strided section: the wrapper fills exactly the selected elements
      x = -1.0_c_double
      call check_status(rng_random_f(a, x(1:n:2)), RNG_OK, "rng_random_f(section)")
      call check_status(rng_random_f(b, y(1:n / 2)), RNG_OK, "rng_random_f")
      call check(same_f64s(x(1:n:2), y(1:n / 2)), name // ": section filled as a contiguous array")
      call check(all(x(2:n:2) < 0), name // ": the elements between untouched")

      ! A clone continues the same stream
      c = bitgen_clone(a)
      if (.not. made(c, "bitgen_clone")) exit run
      call check_status(bitgen_fill_u64_f(c, k), RNG_OK, "bitgen_fill_u64_f(clone)")
      call check_status(bitgen_fill_u64_f(a, m), RNG_OK, "bitgen_fill_u64_f")
      call check(all(k == m), name // ": a clone draws what its source draws")
      ! After all of the above, the twins are still in step
      call check_status(bitgen_fill_u64_f(b, k), RNG_OK, "bitgen_fill_u64_f")
      call check(all(k == m), name // ": twins in step at the end")
    end block run
    call bitgen_free(c)
    call bitgen_free(b)
    call bitgen_free(a)
  end subroutine twins

  !> ss_spawn_f, bitgen_spawn_f (one shared spawn counter), spawn keys, *_free_all.
  subroutine spawning_helpers()
    type(c_ptr) :: ss, seq, bg, kids(3), more(2), gens(2)
    integer(c_int64_t), allocatable :: key(:)
    kids = c_null_ptr
    more = c_null_ptr
    gens = c_null_ptr
    bg = c_null_ptr
    seq = c_null_ptr
    ss = ss_new_str_f("[7, 8]")
    run: block
      if (.not. made(ss, "ss_new_str_f('[7, 8]')")) exit run
      call check(ss_entropy_str_f(ss) == "[7, 8]", "ss_entropy_str_f: " // ss_entropy_str_f(ss))
      call check_status(ss_spawn_f(ss, kids), RNG_OK, "ss_spawn_f")
      key = ss_spawn_key_f(kids(3))
      call check_i64(key, [2_c_int64_t], "third child's key")
      call check(ss_entropy_str_f(kids(3)) == "[7, 8]", "children keep the entropy")
      ! A generator made from ss shares its counter: its children are 3 and 4
      bg = pcg64_new(ss)
      if (.not. made(bg, "pcg64_new")) exit run
      call check_status(bitgen_spawn_f(bg, gens), RNG_OK, "bitgen_spawn_f")
      call check(ss_n_children_spawned(ss) == 5, "one spawn counter for ss and its generator")
      seq = bitgen_seedseq(gens(2))
      if (made(seq, "bitgen_seedseq")) call check_i64(ss_spawn_key_f(seq), [4_c_int64_t], &
          "generator child's key")
      call check_status(ss_spawn_f(kids(1), more), RNG_OK, "ss_spawn_f(child)")
      if (made(more(2), "grandchild")) &
          call check_i64(ss_spawn_key_f(more(2)), [0_c_int64_t, 1_c_int64_t], "grandchild key")
      call check(size(ss_spawn_key_f(ss)) == 0, "root key is empty")
      call check_status(ss_spawn_f(ss, kids(1:0)), RNG_OK, "ss_spawn_f of 0 children")
    end block run
    call ss_free(seq)
    call bitgen_free_all(gens)
    call bitgen_free(bg)
    call ss_free_all(more)
    call ss_free_all(kids)
    call ss_free(ss)
  end subroutine spawning_helpers

  !> Errors: NULL handles and rejected arguments give the status (or NULL), a message, and no
  !> change of state.
  subroutine errors()
    type(c_ptr) :: ss, bg, twin, other, none(2)
    real(c_double) :: x(4), y(4)
    integer(c_int64_t) :: k(4)
    character(len=:), allocatable :: message, second

    ! Malformed entropy text: NULL and a message
    ss = ss_new_str_f("-5")
    message = rng_last_error_f()
    call check(.not. c_associated(ss), "ss_new_str_f('-5') is NULL")
    call check(len(message) > 0, "a message for ss_new_str_f('-5')")
    call check(index(message, "-5") > 0, "the message names the value: " // message)
    call ss_free(ss)
    ss = ss_new_str_f("twelve")
    call check(.not. c_associated(ss), "ss_new_str_f('twelve') is NULL")
    second = rng_last_error_f()
    call check(len(second) > 0 .and. second /= message, &
        "a new message replaces the last: " // second)
    call ss_free(ss)
    ss = ss_new_ex_f("5", [integer(c_int64_t) ::], 2_c_size_t, 0_c_int64_t)
    call check(.not. c_associated(ss), "ss_new_ex_f(pool_size=2) is NULL")
    call ss_free(ss)
    bg = mt19937_new_legacy_array_f([integer(c_int32_t) ::])
    call check(.not. c_associated(bg), "mt19937_new_legacy_array_f([]) is NULL")
    call bitgen_free(bg)

    ! NULL handles
    call check(bitgen_next_u64(c_null_ptr) == 0, "bitgen_next_u64(NULL) = 0")
    call check_status(rng_random_f(c_null_ptr, x), RNG_ERR_NULL_POINTER, "rng_random_f(NULL)")
    call check_status(ss_generate_state_u64_f(c_null_ptr, k), RNG_ERR_NULL_POINTER, &
        "ss_generate_state_u64_f(NULL)")
    bg = pcg64_new(c_null_ptr)
    call check(.not. c_associated(bg), "pcg64_new(NULL) is NULL")
    call bitgen_free(bg)
    call check(ss_entropy_str_f(c_null_ptr) == "", "ss_entropy_str_f(NULL) = ''")
    call check(size(ss_spawn_key_f(c_null_ptr)) == 0, "ss_spawn_key_f(NULL) is empty")
    call ss_free(c_null_ptr)
    call bitgen_free(c_null_ptr)

    ss = ss_new_str_f("99")
    if (.not. made(ss, "ss_new_str_f('99')")) return
    bg = bitgen_new_f("pcg64", ss)   ! NumPy's exact spelling only
    call check(.not. c_associated(bg), "bitgen_new_f('pcg64') is NULL")
    call check(index(rng_last_error_f(), "pcg64") > 0, "message: " // rng_last_error_f())
    call bitgen_free(bg)
    bg = bitgen_new_f("Philox", ss)
    twin = bitgen_new_f("Philox", ss)
    call ss_free(ss)
    none = c_null_ptr
    other = c_null_ptr
    run: block
      if (.not. made(bg, "bitgen_new_f('Philox')")) exit run
      if (.not. made(twin, "bitgen_new_f('Philox')")) exit run
      ! Rejected parameters: the status, a message naming the value, and no draw
      call check_status(rng_normal_f(bg, 0.0_c_double, -0.5_c_double, x), &
          RNG_ERR_INVALID_ARGUMENT, "rng_normal_f(scale < 0)")
      call check(index(rng_last_error_f(), "scale") > 0, "message: " // rng_last_error_f())
      call check_status(rng_uniform_f(bg, 0.0_c_double, -0.0_c_double, x), &
          RNG_ERR_INVALID_ARGUMENT, "rng_uniform_f(0, -0.0)")
      call check_status(rng_integers_i64_f(bg, 5_c_int64_t, 5_c_int64_t, .false., k), &
          RNG_ERR_INVALID_ARGUMENT, "rng_integers_i64_f(5, 5)")
      call check_status(rng_next_normal(bg, 0.0_c_double, -1.0_c_double, x(1)), &
          RNG_ERR_INVALID_ARGUMENT, "rng_next_normal(scale < 0)")
      ! Operations of another algorithm
      call check_status(pcg64_advance(bg, [1_c_int64_t, 0_c_int64_t]), RNG_ERR_UNSUPPORTED, &
          "pcg64_advance(Philox)")
      other = pcg64_jumped(bg, 1_c_int64_t)
      call check(.not. c_associated(other), "pcg64_jumped(Philox) is NULL")
      call bitgen_free(other)
      other = mt19937_jumped(bg, 1_c_int64_t)
      call check(.not. c_associated(other), "mt19937_jumped(Philox) is NULL")
      ! Spawning from a generator without a seed sequence
      call bitgen_free(other)
      other = philox_new_key_f([1_c_int64_t, 2_c_int64_t])
      if (made(other, "philox_new_key_f")) then
        call check_status(bitgen_spawn_f(other, none), RNG_ERR_UNSUPPORTED, "spawn Philox(key)")
        call check(.not. (c_associated(none(1)) .or. c_associated(none(2))), "nothing written")
      end if
      ! None of it changed bg: it still matches its twin
      call check_status(rng_normal_f(bg, 0.0_c_double, 1.0_c_double, x), RNG_OK, "rng_normal_f")
      call check_status(rng_normal_f(twin, 0.0_c_double, 1.0_c_double, y), RNG_OK, "rng_normal_f")
      call check(same_f64s(x, y), "failed calls leave the generator unchanged")
    end block run
    call bitgen_free_all(none)
    call bitgen_free(other)
    call bitgen_free(twin)
    call bitgen_free(bg)
  end subroutine errors

  !> SeedSequence(): log ss.entropy, replay it with ss_new_str_f.
  subroutine os_entropy()
    type(c_ptr) :: ss, replay, a, b, big
    character(len=:), allocatable :: text
    a = c_null_ptr
    b = c_null_ptr
    replay = c_null_ptr
    ss = ss_new_os()
    big = ss_new_ex_f(spawn_key=[3_c_int64_t], pool_size=8_c_size_t, n_children_spawned=0_c_int64_t)
    run: block
      if (.not. made(ss, "ss_new_os")) exit run
      text = ss_entropy_str_f(ss)
      call check(len(text) > 0 .and. verify(text, "0123456789") == 0, "entropy text: " // text)
      replay = ss_new_str_f(text)
      if (.not. made(replay, "ss_new_str_f(entropy text)")) exit run
      a = pcg64_new(ss)
      b = pcg64_new(replay)
      if (.not. made(a, "pcg64_new")) exit run
      if (.not. made(b, "pcg64_new")) exit run
      call check(bitgen_next_u64(a) == bitgen_next_u64(b), "the logged entropy replays the run")
      ! ss_new_ex_f without entropy: OS entropy, pool_size * 32 bits
      if (.not. made(big, "ss_new_ex_f(no entropy)")) exit run
      call check(ss_pool_size(big) == 8, "pool_size 8")
      call check_i64(ss_spawn_key_f(big), [3_c_int64_t], "spawn_key (3,)")
      call check(len(ss_entropy_str_f(big)) > 0, "OS entropy: " // ss_entropy_str_f(big))
    end block run
    call bitgen_free(b)
    call bitgen_free(a)
    call ss_free(big)
    call ss_free(replay)
    call ss_free(ss)
  end subroutine os_entropy

  !> bitgen_new_user with Fortran callbacks, with NumPy's derived next_u32 and next_double.
  subroutine user_generator()
    type(table_state), target :: table, table2
    type(c_ptr) :: bg, bg2, copy, kids(1)
    integer(c_int64_t) :: w(4)
    real(c_double) :: x(2)
    integer(c_int32_t) :: lo, hi, u1, u2

    w = [u64("0123456789abcdef"), u64("fedcba9876543210"), u64("8000000000000000"), &
        u64("ffffffffffffffff")]
    table%words = w
    table2%words = w
    kids = c_null_ptr
    bg2 = c_null_ptr
    copy = c_null_ptr

    bg = bitgen_new_user(c_loc(table), c_funloc(table_next_u64), c_null_funptr, c_null_funptr)
    run: block
      if (.not. made(bg, "bitgen_new_user")) exit run
      call check(bitgen_name_f(bg) == "UserBitGenerator", "name: " // bitgen_name_f(bg))
      call check_hex64([bitgen_next_u64(bg)], ["0123456789abcdef"], "user next_u64")
      ! next_u32: the low half of a next_u64 draw, then its high half
      lo = bitgen_next_u32(bg)
      hi = bitgen_next_u32(bg)
      call check_hex32([lo, hi], ["76543210", "fedcba98"], "user next_u32 halves")
      ! next_double: (next_u64 >> 11) * 2^-53
      x(1) = bitgen_next_double(bg)
      call check(same_f64(x(1), real(shiftr(w(3), 11), c_double) * 2.0_c_double**(-53)), &
          "user next_double = (u64 >> 11) * 2^-53")
      call check_status(rng_random_f(bg, x(2:2)), RNG_OK, "rng_random_f(user)")
      call check(same_f64(x(2), real(shiftr(w(4), 11), c_double) * 2.0_c_double**(-53)), &
          "rng_random_f on a user generator")
      call check(table%next == 1, "the callback ran once per 64-bit draw")
      ! A user generator has no copyable state and no seed sequence
      copy = bitgen_clone(bg)
      call check(.not. c_associated(copy), "bitgen_clone(user) is NULL")
      call check_status(bitgen_spawn_f(bg, kids), RNG_ERR_UNSUPPORTED, "bitgen_spawn_f(user)")

      ! The caller's own next_u32
      bg2 = bitgen_new_user(c_loc(table2), c_funloc(table_next_u64), c_funloc(table_next_u32), &
          c_null_funptr)
      if (.not. made(bg2, "bitgen_new_user(next_u32)")) exit run
      u1 = bitgen_next_u32(bg2)
      u2 = bitgen_next_u32(bg2)
      call check(u1 == 1 .and. u2 == 2, "user next_u32")
      call check(table2%u32_calls == 2 .and. table2%next == 1, "next_u32 callback used")
    end block run
    call bitgen_free(copy)
    copy = bitgen_new_user(c_null_ptr, c_null_funptr, c_null_funptr, c_null_funptr)
    call check(.not. c_associated(copy), "bitgen_new_user without next_u64 is NULL")
    call bitgen_free(copy)
    call bitgen_free_all(kids)
    call bitgen_free(bg2)
    call bitgen_free(bg)
  end subroutine user_generator

  !> Checkpoints: a generator saved and restored (binary, JSON text, JSON into a live handle)
  !> continues the stream of the original; bad input is rejected.
  subroutine checkpoints()
    character(len=:), allocatable :: json, philox_json
    integer(c_int8_t), allocatable :: bytes(:), ss_bytes(:), spoiled(:)
    type(c_ptr) :: ss, bg, copy, seq, kids(2), ss_copy
    type(table_state), target :: table
    integer(c_int32_t) :: w(4), v(4)
    real(c_double) :: x(1)
    integer :: i
    kids = c_null_ptr
    ss_copy = c_null_ptr
    seq = c_null_ptr
    copy = c_null_ptr
    philox_json = ""
    json = ""

    ss = ss_new_str_f("[3, 1, 4]")
    if (.not. made(ss, "ss_new_str_f")) return
    do i = 1, size(algorithms)
      bg = bitgen_new_f(trim(algorithms(i)), ss)
      if (.not. made(bg, "bitgen_new_f")) cycle
      ! Leave a buffer partly used: one 32-bit half, one double
      call check_status(bitgen_fill_u32_f(bg, w(1:1)), RNG_OK, "bitgen_fill_u32_f")
      call check_status(rng_random_f(bg, x), RNG_OK, "rng_random_f")

      ! Binary: carries the seed sequence (spawning continues on it)
      call check_status(bitgen_state_save_f(bg, bytes), RNG_OK, "bitgen_state_save_f")
      call check(size(bytes) > 0, "checkpoint bytes")
      copy = bitgen_state_load_f(bytes)
      if (made(copy, "bitgen_state_load_f")) then
        call same_stream(bg, copy, trim(algorithms(i)) // " restored from bytes")
        seq = bitgen_seedseq(copy)
        call check(c_associated(seq), "a loaded checkpoint keeps the seed sequence")
        call ss_free(seq)
      end if
      call bitgen_free(copy)
      ! Corrupted and truncated bytes are rejected
      spoiled = bytes
      spoiled(size(spoiled) / 2) = not(spoiled(size(spoiled) / 2))
      copy = bitgen_state_load_f(spoiled)
      call check(.not. c_associated(copy), "corrupted checkpoint rejected")
      call bitgen_free(copy)
      copy = bitgen_state_load_f(bytes(1:size(bytes) - 1))
      call check(.not. c_associated(copy), "truncated checkpoint rejected")
      call check(len(rng_last_error_f()) > 0, "message: " // rng_last_error_f())
      call bitgen_free(copy)

      ! JSON: a new generator, and into a live one of the same algorithm
      json = bitgen_state_json_f(bg)
      call check(index(json, '"bit_generator": "' // trim(algorithms(i)) // '"') > 0, json)
      copy = bitgen_from_state_json_f(json)
      if (made(copy, "bitgen_from_state_json_f")) &
          call same_stream(bg, copy, trim(algorithms(i)) // " from JSON")
      call bitgen_free(copy)
      json = bitgen_state_json_f(bg)                 ! bg has moved on
      copy = bitgen_new_f(trim(algorithms(i)), ss)   ! at the start of the stream
      if (made(copy, "bitgen_new_f")) then
        call check_status(bitgen_set_state_json_f(copy, json), RNG_OK, "bitgen_set_state_json_f")
        call same_stream(bg, copy, trim(algorithms(i)) // " set from JSON")
        if (len(philox_json) > 0) call check_status(bitgen_set_state_json_f(copy, philox_json), &
            RNG_ERR_INVALID_ARGUMENT, "set_state_json with another algorithm's state")
      end if
      call bitgen_free(copy)
      if (trim(algorithms(i)) == "Philox") philox_json = json
      call bitgen_free(bg)
    end do

    ! Bad JSON
    copy = bitgen_from_state_json_f('{"bit_generator": "PCG64"}')
    call check(.not. c_associated(copy), "incomplete JSON state rejected")
    call check(len(rng_last_error_f()) > 0, "message: " // rng_last_error_f())
    call bitgen_free(copy)
    copy = bitgen_from_state_json_f("not json")
    call check(.not. c_associated(copy), "malformed JSON rejected")
    call bitgen_free(copy)

    ! A user generator has no state to save
    table%words = 7
    bg = bitgen_new_user(c_loc(table), c_funloc(table_next_u64), c_null_funptr, c_null_funptr)
    if (made(bg, "bitgen_new_user")) then
      call check_status(bitgen_state_save_f(bg, bytes), RNG_ERR_UNSUPPORTED, "save(user)")
      call check(size(bytes) == 0, "no bytes after a failed save")
      call check(bitgen_state_json_f(bg) == "", "state_json(user) is empty")
    end if
    call bitgen_free(bg)
    call check_status(bitgen_state_save_f(c_null_ptr, bytes), RNG_ERR_NULL_POINTER, "save(NULL)")

    ! Seed sequences: the spawn counter is part of the state
    run: block
      call check_status(ss_spawn_f(ss, kids), RNG_OK, "ss_spawn_f")
      call check_status(ss_state_save_f(ss, ss_bytes), RNG_OK, "ss_state_save_f")
      ss_copy = ss_state_load_f(ss_bytes)
      if (.not. made(ss_copy, "ss_state_load_f")) exit run
      call check(ss_n_children_spawned(ss_copy) == ss_n_children_spawned(ss), "counter restored")
      call check(ss_state_json_f(ss_copy) == ss_state_json_f(ss), "same state")
      call check_status(ss_generate_state_u32_f(ss, w), RNG_OK, "generate_state")
      call check_status(ss_generate_state_u32_f(ss_copy, v), RNG_OK, "generate_state")
      call check(all(w == v), "same generate_state")
      call ss_free(ss_copy)
      ss_copy = ss_from_state_json_f(ss_state_json_f(ss))
      if (.not. made(ss_copy, "ss_from_state_json_f")) exit run
      ! The next child of each is the same
      call ss_free_all(kids)
      call check_status(ss_spawn_f(ss, kids(1:1)), RNG_OK, "ss_spawn_f")
      call check_status(ss_spawn_f(ss_copy, kids(2:2)), RNG_OK, "ss_spawn_f")
      call check(ss_state_json_f(kids(1)) == ss_state_json_f(kids(2)), &
          "restored sequences spawn the same child: " // ss_state_json_f(kids(2)))
      spoiled = ss_bytes(1:size(ss_bytes) - 1)
      call ss_free(ss_copy)
      ss_copy = ss_state_load_f(spoiled)
      call check(.not. c_associated(ss_copy), "truncated seed sequence checkpoint rejected")
    end block run
    call ss_free(ss_copy)
    call ss_free_all(kids)
    call ss_free(ss)
  end subroutine checkpoints

  !> a and b give the same next draws (u32, u64, doubles), i.e. they hold the same state.
  subroutine same_stream(a, b, what)
    type(c_ptr), intent(in) :: a, b
    character(len=*), intent(in) :: what
    integer(c_int64_t) :: k(9), m(9)
    integer(c_int32_t) :: u, v
    real(c_double) :: x(3), y(3)
    u = bitgen_next_u32(a)
    v = bitgen_next_u32(b)
    call check(u == v, what // ": next_u32")
    call check_status(bitgen_fill_u64_f(a, k), RNG_OK, "bitgen_fill_u64_f")
    call check_status(bitgen_fill_u64_f(b, m), RNG_OK, "bitgen_fill_u64_f")
    call check(all(k == m), what // ": next_u64")
    call check_status(rng_standard_normal_f(a, x), RNG_OK, "rng_standard_normal_f")
    call check_status(rng_standard_normal_f(b, y), RNG_OK, "rng_standard_normal_f")
    call check(same_f64s(x, y), what // ": standard_normal")
  end subroutine same_stream

end program test_api
