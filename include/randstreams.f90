! randstreams: Fortran bindings of the C API in randstreams.h (NumPy's SeedSequence, bit
! generators and Generator distributions, bit-identical).
!
! Standard Fortran 2003 (ISO_C_BINDING), no compiler extensions; tested with gfortran
! -std=f2008 -Wall -Wextra -Werror.
!
! HOW IT IS SHIPPED: as source. This file is installed next to randstreams.h and compiled by the
! consumer's own compiler, because .mod files are specific to a compiler and its version and
! cannot be shipped. It contains no C code of its own: link the C library as usual.
!
!     gfortran -c randstreams.f90                        # writes randstreams.mod
!     gfortran app.f90 randstreams.o -lrandstreams       # or librandstreams.a -lpthread -ldl -lm
!
! With CMake, link the installed package's randstreams::fortran (it adds this file to the
! target's sources and links randstreams::shared), or list this file among a target's sources
! and link randstreams::shared or randstreams::static yourself.
!
! THE RAW BINDINGS. One bind(C) interface per function of randstreams.h, with the C name; read
! the header for what each function does (status codes, ownership, what NULL means). Types:
!   rng_bitgen *, rng_seedseq *    type(c_ptr), value (NULL is c_null_ptr; test with c_associated)
!   uint64_t, int64_t              integer(c_int64_t)   } Fortran has no unsigned integers: the
!   uint32_t, int32_t              integer(c_int32_t)   } bit pattern is kept, so a uint64_t of
!   uint16_t, int16_t              integer(c_int16_t)   } 2^63 or more reads as negative. Compare
!   uint8_t, int8_t                integer(c_int8_t)    } unsigned values with bge/bgt/ble/blt,
!                                                       } print them with a Z edit descriptor.
!   size_t                         integer(c_size_t)
!   double, float                  real(c_double), real(c_float)
!   bool                           logical(c_bool)
!   T *out, size_t n (or cap)      T, intent(out) :: out(*)  (n elements; see below)
!   T *out (one value)             T, intent(out) :: out  (rng_next_*'s out, out_len)
!   const T *in                    T, intent(in) :: in(*)
!   rng_bitgen **, rng_seedseq **  type(c_ptr), intent(inout) :: children(*)  (inout: nothing is
!                                  written on failure, so handles set to c_null_ptr stay null)
!   const char *text (argument)    character(kind=c_char), intent(in) :: text(*), NUL-terminated:
!                                  pass 'text' // c_null_char, or use the _f wrapper
!   const char * (result)          type(c_ptr); the _f wrappers return a Fortran string
!   function pointers              type(c_funptr), value (c_funloc of a bind(C) procedure)
!   status (int32_t)               integer(c_int32_t), compared with the RNG_* parameters below
! Two pointer arguments whose NULL has a meaning (not an error) are type(c_ptr), value:
! philox_new_key's counter (c_null_ptr: counter 0) and ss_new_ex's entropy (c_null_ptr: OS
! entropy); philox_new_key_f and ss_new_ex_f take them as optional arguments instead.
!
! THE _f WRAPPERS (module procedures) make the common calls Fortran-friendly. The rule:
!   * each C function taking a buffer and its count n has <name>_f without n, taking an
!     assumed-shape array and passing size(array): rng_normal_f(bg, loc, scale, x) fills x;
!   * each C function taking or returning text has <name>_f taking or returning a Fortran
!     character string (trailing blanks of arguments are ignored: Fortran pads strings);
!   * each C function taking a bool (the integers' endpoint) has <name>_f taking a default
!     logical (the bool arrays of rng_integers_bool stay logical(c_bool));
!   * where C asks for the size first (ss_spawn_key, ss_entropy_str, *_state_json), <name>_f
!     returns the whole value, an allocatable string or array; *_state_save_f(h, bytes)
!     returns the status and allocates bytes to the checkpoint's size;
!   * bitgen_free_all / ss_free_all free an array of handles and set them to c_null_ptr.
! Otherwise the arguments are the C ones, in the C order.
!
! CONVENTIONS (as in C). Every handle a function returns is owned by the caller and released
! with bitgen_free or ss_free (both accept c_null_ptr). Functions returning a status are
! Fortran functions, so their result cannot be dropped; compare it with RNG_OK. After a failure
! rng_last_error_f() holds the message for the calling thread; the library writes nothing on
! failure, but Fortran treats an intent(out) array as undefined after the call, so check the
! status before using the output. A handle must not be used by two threads at once.
!
! tests/bindings_coverage.rs fails when a function of randstreams.h has no bind(C) interface
! here (or one whose arguments do not match the table above), or when a parameter below
! differs from the header's #define.

module randstreams
  use, intrinsic :: iso_c_binding
  implicit none
  private

  ! The C functions (bind(C) interfaces below), by the header's order; then the distribution
  ! methods' (rng_*), made from src/methods.toml.
  public :: pcg64_new, pcg64dxsm_new, mt19937_new, philox_new, sfc64_new, bitgen_new, &
      philox_new_key, mt19937_new_legacy, mt19937_new_legacy_array, bitgen_next_u64, &
      bitgen_next_u32, bitgen_next_double, bitgen_next_raw, bitgen_random_raw, bitgen_fill_u64, bitgen_fill_u32, &
      bitgen_fill_double, bitgen_spawn, pcg64_jumped, pcg64dxsm_jumped, philox_jumped, &
      mt19937_jumped, pcg64_advance, pcg64dxsm_advance, philox_advance, bitgen_name, &
      bitgen_seedseq, bitgen_clone, bitgen_free, bitgen_fill_u64_parallel, ss_new, ss_new_u32, &
      ss_new_str, ss_new_os, ss_new_ex, ss_spawn, ss_generate_state_u32, ss_generate_state_u64, &
      ss_n_children_spawned, ss_pool_size, ss_spawn_key, ss_entropy_str, ss_free, &
      bitgen_state_json, bitgen_from_state_json, bitgen_set_state_json, bitgen_state_save, &
      bitgen_state_load, ss_state_json, ss_from_state_json, ss_state_save, ss_state_load, &
      bitgen_new_user, rng_version, rng_last_error, rng_status_str, rng_multinomial, &
      rng_multinomial_v, rng_dirichlet, rng_multivariate_hypergeometric
  ! BEGIN GENERATED: public C functions (python3 scripts/gen/methods.py; do not edit)
  public :: rng_random, rng_next_random, rng_random_f32, rng_next_random_f32, rng_uniform, &
      rng_next_uniform, rng_uniform_v, rng_standard_normal, rng_next_standard_normal, &
      rng_standard_normal_f32, rng_next_standard_normal_f32, rng_normal, rng_next_normal, &
      rng_normal_v, rng_standard_exponential, rng_next_standard_exponential, &
      rng_standard_exponential_f32, rng_next_standard_exponential_f32, &
      rng_standard_exponential_inv, rng_next_standard_exponential_inv, &
      rng_standard_exponential_inv_f32, rng_next_standard_exponential_inv_f32, rng_exponential, &
      rng_next_exponential, rng_exponential_v, rng_lognormal, rng_next_lognormal, rng_lognormal_v, &
      rng_standard_gamma, rng_next_standard_gamma, rng_standard_gamma_v, rng_standard_gamma_f32, &
      rng_next_standard_gamma_f32, rng_standard_gamma_f32_v, rng_gamma, rng_next_gamma, &
      rng_gamma_v, rng_beta, rng_next_beta, rng_beta_v, rng_chisquare, rng_next_chisquare, &
      rng_chisquare_v, rng_f, rng_next_f, rng_f_v, rng_noncentral_chisquare, &
      rng_next_noncentral_chisquare, rng_noncentral_chisquare_v, rng_noncentral_f, &
      rng_next_noncentral_f, rng_noncentral_f_v, rng_vonmises, rng_next_vonmises, rng_vonmises_v, &
      rng_poisson, rng_next_poisson, rng_poisson_v, rng_binomial, rng_next_binomial, &
      rng_binomial_v, rng_geometric, rng_next_geometric, rng_geometric_v, rng_negative_binomial, &
      rng_next_negative_binomial, rng_negative_binomial_v, rng_logseries, rng_next_logseries, &
      rng_logseries_v, rng_zipf, rng_next_zipf, rng_zipf_v, rng_hypergeometric, &
      rng_next_hypergeometric, rng_hypergeometric_v, rng_integers_i64, rng_next_integers_i64, &
      rng_integers_i64_v, rng_integers_i32, rng_next_integers_i32, rng_integers_i32_v, &
      rng_integers_i16, rng_next_integers_i16, rng_integers_i16_v, rng_integers_i8, &
      rng_next_integers_i8, rng_integers_i8_v, rng_integers_u64, rng_next_integers_u64, &
      rng_integers_u64_v, rng_integers_u32, rng_next_integers_u32, rng_integers_u32_v, &
      rng_integers_u16, rng_next_integers_u16, rng_integers_u16_v, rng_integers_u8, &
      rng_next_integers_u8, rng_integers_u8_v, rng_integers_bool, rng_next_integers_bool, &
      rng_integers_bool_v, rng_permutation, rng_shuffle_i64, rng_shuffle_f64, rng_standard_cauchy, &
      rng_next_standard_cauchy, rng_standard_t, rng_next_standard_t, rng_standard_t_v, rng_pareto, &
      rng_next_pareto, rng_pareto_v, rng_weibull, rng_next_weibull, rng_weibull_v, rng_power, &
      rng_next_power, rng_power_v, rng_laplace, rng_next_laplace, rng_laplace_v, rng_gumbel, &
      rng_next_gumbel, rng_gumbel_v, rng_logistic, rng_next_logistic, rng_logistic_v, &
      rng_rayleigh, rng_next_rayleigh, rng_rayleigh_v, rng_wald, rng_next_wald, rng_wald_v, &
      rng_triangular, rng_next_triangular, rng_triangular_v
  ! END GENERATED: public C functions
  ! Status codes and version.
  public :: RNG_OK, RNG_ERR_NULL_POINTER, RNG_ERR_INVALID_ARGUMENT, RNG_ERR_UNSUPPORTED, &
      RNG_ERR_ENTROPY_UNAVAILABLE, RNG_ERR_BUFFER_TOO_SMALL, RNG_ERR_INTERNAL, &
      RNG_ERR_OUT_OF_MEMORY, RNG_VERSION_MAJOR, RNG_VERSION_MINOR, RNG_VERSION_PATCH, &
      RNG_VERSION_STRING, RNG_WARN_NOT_PSD
  ! multivariate_normal (written by hand: its arrays are not a generated fill's).
  public :: rng_multivariate_normal, rng_multivariate_normal_f
  ! The Fortran-friendly wrappers (module procedures); then the distribution methods'.
  public :: rng_version_f, rng_last_error_f, rng_status_str_f, bitgen_name_f, bitgen_new_f, &
      ss_new_str_f, ss_new_ex_f, ss_entropy_str_f, philox_new_key_f, mt19937_new_legacy_array_f, &
      ss_new_f, ss_new_u32_f, ss_spawn_f, bitgen_spawn_f, ss_spawn_key_f, bitgen_free_all, &
      ss_free_all, bitgen_state_json_f, bitgen_from_state_json_f, bitgen_set_state_json_f, &
      bitgen_state_save_f, bitgen_state_load_f, ss_state_json_f, ss_from_state_json_f, &
      ss_state_save_f, ss_state_load_f, bitgen_random_raw_f, bitgen_fill_u64_f, bitgen_fill_u32_f, &
      bitgen_fill_double_f, ss_generate_state_u32_f, ss_generate_state_u64_f, &
      rng_multinomial_f, rng_multinomial_v_f, rng_dirichlet_f, rng_multivariate_hypergeometric_f
  ! BEGIN GENERATED: public wrappers (python3 scripts/gen/methods.py; do not edit)
  public :: rng_random_f, rng_random_f32_f, rng_uniform_f, rng_uniform_v_f, rng_standard_normal_f, &
      rng_standard_normal_f32_f, rng_normal_f, rng_normal_v_f, rng_standard_exponential_f, &
      rng_standard_exponential_f32_f, rng_standard_exponential_inv_f, &
      rng_standard_exponential_inv_f32_f, rng_exponential_f, rng_exponential_v_f, rng_lognormal_f, &
      rng_lognormal_v_f, rng_standard_gamma_f, rng_standard_gamma_v_f, rng_standard_gamma_f32_f, &
      rng_standard_gamma_f32_v_f, rng_gamma_f, rng_gamma_v_f, rng_beta_f, rng_beta_v_f, &
      rng_chisquare_f, rng_chisquare_v_f, rng_f_f, rng_f_v_f, rng_noncentral_chisquare_f, &
      rng_noncentral_chisquare_v_f, rng_noncentral_f_f, rng_noncentral_f_v_f, rng_vonmises_f, &
      rng_vonmises_v_f, rng_poisson_f, rng_poisson_v_f, rng_binomial_f, rng_binomial_v_f, &
      rng_geometric_f, rng_geometric_v_f, rng_negative_binomial_f, rng_negative_binomial_v_f, &
      rng_logseries_f, rng_logseries_v_f, rng_zipf_f, rng_zipf_v_f, rng_hypergeometric_f, &
      rng_hypergeometric_v_f, rng_integers_i64_f, rng_next_integers_i64_f, rng_integers_i64_v_f, &
      rng_integers_i32_f, rng_next_integers_i32_f, rng_integers_i32_v_f, rng_integers_i16_f, &
      rng_next_integers_i16_f, rng_integers_i16_v_f, rng_integers_i8_f, rng_next_integers_i8_f, &
      rng_integers_i8_v_f, rng_integers_u64_f, rng_next_integers_u64_f, rng_integers_u64_v_f, &
      rng_integers_u32_f, rng_next_integers_u32_f, rng_integers_u32_v_f, rng_integers_u16_f, &
      rng_next_integers_u16_f, rng_integers_u16_v_f, rng_integers_u8_f, rng_next_integers_u8_f, &
      rng_integers_u8_v_f, rng_integers_bool_f, rng_next_integers_bool_f, rng_integers_bool_v_f, &
      rng_permutation_f, rng_shuffle_i64_f, rng_shuffle_f64_f, rng_standard_cauchy_f, &
      rng_standard_t_f, rng_standard_t_v_f, rng_pareto_f, rng_pareto_v_f, rng_weibull_f, &
      rng_weibull_v_f, rng_power_f, rng_power_v_f, rng_laplace_f, rng_laplace_v_f, rng_gumbel_f, &
      rng_gumbel_v_f, rng_logistic_f, rng_logistic_v_f, rng_rayleigh_f, rng_rayleigh_v_f, &
      rng_wald_f, rng_wald_v_f, rng_triangular_f, rng_triangular_v_f
  ! `rng_<name>_f` takes one value per parameter, or one array per parameter of
  ! out's size (`rng_<name>_v_f`, NumPy's broadcast call).
  interface rng_uniform_f
    module procedure rng_uniform_f, rng_uniform_v_f
  end interface rng_uniform_f
  interface rng_normal_f
    module procedure rng_normal_f, rng_normal_v_f
  end interface rng_normal_f
  interface rng_exponential_f
    module procedure rng_exponential_f, rng_exponential_v_f
  end interface rng_exponential_f
  interface rng_lognormal_f
    module procedure rng_lognormal_f, rng_lognormal_v_f
  end interface rng_lognormal_f
  interface rng_standard_gamma_f
    module procedure rng_standard_gamma_f, rng_standard_gamma_v_f
  end interface rng_standard_gamma_f
  interface rng_standard_gamma_f32_f
    module procedure rng_standard_gamma_f32_f, rng_standard_gamma_f32_v_f
  end interface rng_standard_gamma_f32_f
  interface rng_gamma_f
    module procedure rng_gamma_f, rng_gamma_v_f
  end interface rng_gamma_f
  interface rng_beta_f
    module procedure rng_beta_f, rng_beta_v_f
  end interface rng_beta_f
  interface rng_chisquare_f
    module procedure rng_chisquare_f, rng_chisquare_v_f
  end interface rng_chisquare_f
  interface rng_f_f
    module procedure rng_f_f, rng_f_v_f
  end interface rng_f_f
  interface rng_noncentral_chisquare_f
    module procedure rng_noncentral_chisquare_f, rng_noncentral_chisquare_v_f
  end interface rng_noncentral_chisquare_f
  interface rng_noncentral_f_f
    module procedure rng_noncentral_f_f, rng_noncentral_f_v_f
  end interface rng_noncentral_f_f
  interface rng_vonmises_f
    module procedure rng_vonmises_f, rng_vonmises_v_f
  end interface rng_vonmises_f
  interface rng_poisson_f
    module procedure rng_poisson_f, rng_poisson_v_f
  end interface rng_poisson_f
  interface rng_binomial_f
    module procedure rng_binomial_f, rng_binomial_v_f
  end interface rng_binomial_f
  interface rng_geometric_f
    module procedure rng_geometric_f, rng_geometric_v_f
  end interface rng_geometric_f
  interface rng_negative_binomial_f
    module procedure rng_negative_binomial_f, rng_negative_binomial_v_f
  end interface rng_negative_binomial_f
  interface rng_logseries_f
    module procedure rng_logseries_f, rng_logseries_v_f
  end interface rng_logseries_f
  interface rng_zipf_f
    module procedure rng_zipf_f, rng_zipf_v_f
  end interface rng_zipf_f
  interface rng_hypergeometric_f
    module procedure rng_hypergeometric_f, rng_hypergeometric_v_f
  end interface rng_hypergeometric_f
  interface rng_integers_i64_f
    module procedure rng_integers_i64_f, rng_integers_i64_v_f
  end interface rng_integers_i64_f
  interface rng_integers_i32_f
    module procedure rng_integers_i32_f, rng_integers_i32_v_f
  end interface rng_integers_i32_f
  interface rng_integers_i16_f
    module procedure rng_integers_i16_f, rng_integers_i16_v_f
  end interface rng_integers_i16_f
  interface rng_integers_i8_f
    module procedure rng_integers_i8_f, rng_integers_i8_v_f
  end interface rng_integers_i8_f
  interface rng_integers_u64_f
    module procedure rng_integers_u64_f, rng_integers_u64_v_f
  end interface rng_integers_u64_f
  interface rng_integers_u32_f
    module procedure rng_integers_u32_f, rng_integers_u32_v_f
  end interface rng_integers_u32_f
  interface rng_integers_u16_f
    module procedure rng_integers_u16_f, rng_integers_u16_v_f
  end interface rng_integers_u16_f
  interface rng_integers_u8_f
    module procedure rng_integers_u8_f, rng_integers_u8_v_f
  end interface rng_integers_u8_f
  interface rng_integers_bool_f
    module procedure rng_integers_bool_f, rng_integers_bool_v_f
  end interface rng_integers_bool_f
  interface rng_standard_t_f
    module procedure rng_standard_t_f, rng_standard_t_v_f
  end interface rng_standard_t_f
  interface rng_pareto_f
    module procedure rng_pareto_f, rng_pareto_v_f
  end interface rng_pareto_f
  interface rng_weibull_f
    module procedure rng_weibull_f, rng_weibull_v_f
  end interface rng_weibull_f
  interface rng_power_f
    module procedure rng_power_f, rng_power_v_f
  end interface rng_power_f
  interface rng_laplace_f
    module procedure rng_laplace_f, rng_laplace_v_f
  end interface rng_laplace_f
  interface rng_gumbel_f
    module procedure rng_gumbel_f, rng_gumbel_v_f
  end interface rng_gumbel_f
  interface rng_logistic_f
    module procedure rng_logistic_f, rng_logistic_v_f
  end interface rng_logistic_f
  interface rng_rayleigh_f
    module procedure rng_rayleigh_f, rng_rayleigh_v_f
  end interface rng_rayleigh_f
  interface rng_wald_f
    module procedure rng_wald_f, rng_wald_v_f
  end interface rng_wald_f
  interface rng_triangular_f
    module procedure rng_triangular_f, rng_triangular_v_f
  end interface rng_triangular_f
  ! END GENERATED: public wrappers
  ! choice, bytes and the shuffles of any item type (written by hand; see below).
  public :: rng_bytes, rng_choice, rng_shuffle, rng_shuffle_axis, rng_permutation_axis, &
      rng_permuted, RNG_AXIS_NONE, rng_bytes_f, rng_choice_f, rng_choice_p_f, rng_shuffle_f, &
      rng_permuted_f, rng_permutation_dim_f

  ! Status codes (#define RNG_OK ... in randstreams.h). rng_status_str_f(code) names them.
  !> Success.
  integer(c_int32_t), parameter :: RNG_OK = 0
  !> A required pointer (handle, buffer or string) was NULL.
  integer(c_int32_t), parameter :: RNG_ERR_NULL_POINTER = 1
  !> An argument had a value the function does not accept.
  integer(c_int32_t), parameter :: RNG_ERR_INVALID_ARGUMENT = 2
  !> The operation does not exist for this handle (another algorithm, no seed sequence, ...).
  integer(c_int32_t), parameter :: RNG_ERR_UNSUPPORTED = 3
  !> The operating system could not provide entropy.
  integer(c_int32_t), parameter :: RNG_ERR_ENTROPY_UNAVAILABLE = 4
  !> An output buffer was too small for the result.
  integer(c_int32_t), parameter :: RNG_ERR_BUFFER_TOO_SMALL = 5
  !> A bug in randstreams (a caught panic). Please report it.
  integer(c_int32_t), parameter :: RNG_ERR_INTERNAL = 6
  integer(c_int32_t), parameter :: RNG_ERR_OUT_OF_MEMORY = 7
  !> Not an error: rng_multivariate_normal wrote its output with NumPy's warning (check_valid
  !> "warn", a covariance not positive-semidefinite); rng_last_error_f() holds the warning.
  integer(c_int32_t), parameter :: RNG_WARN_NOT_PSD = 100

  ! The version of randstreams.h these bindings were written for. Compare RNG_VERSION_STRING
  ! with rng_version_f() to catch a module/library mismatch.
  integer(c_int32_t), parameter :: RNG_VERSION_MAJOR = 0
  integer(c_int32_t), parameter :: RNG_VERSION_MINOR = 1
  integer(c_int32_t), parameter :: RNG_VERSION_PATCH = 0
  character(len=*), parameter :: RNG_VERSION_STRING = "0.1.0"

  !> NumPy's axis=None for rng_permuted: (size_t)-1.
  integer(c_size_t), parameter :: RNG_AXIS_NONE = -1_c_size_t

  interface
    ! --- Bit generators: constructors (numpy.random.PCG64(ss), ...) -----------------------

    function pcg64_new(ss) bind(C, name="pcg64_new")
      import :: c_ptr
      type(c_ptr) :: pcg64_new
      type(c_ptr), value :: ss
    end function pcg64_new

    function pcg64dxsm_new(ss) bind(C, name="pcg64dxsm_new")
      import :: c_ptr
      type(c_ptr) :: pcg64dxsm_new
      type(c_ptr), value :: ss
    end function pcg64dxsm_new

    function mt19937_new(ss) bind(C, name="mt19937_new")
      import :: c_ptr
      type(c_ptr) :: mt19937_new
      type(c_ptr), value :: ss
    end function mt19937_new

    function philox_new(ss) bind(C, name="philox_new")
      import :: c_ptr
      type(c_ptr) :: philox_new
      type(c_ptr), value :: ss
    end function philox_new

    function sfc64_new(ss) bind(C, name="sfc64_new")
      import :: c_ptr
      type(c_ptr) :: sfc64_new
      type(c_ptr), value :: ss
    end function sfc64_new

    function bitgen_new(name, ss) bind(C, name="bitgen_new")
      import :: c_char, c_ptr
      type(c_ptr) :: bitgen_new
      character(kind=c_char), intent(in) :: name(*)
      type(c_ptr), value :: ss
    end function bitgen_new

    function philox_new_key(key, counter) bind(C, name="philox_new_key")
      import :: c_int64_t, c_ptr
      type(c_ptr) :: philox_new_key
      integer(c_int64_t), intent(in) :: key(*)
      type(c_ptr), value :: counter
    end function philox_new_key

    function mt19937_new_legacy(seed) bind(C, name="mt19937_new_legacy")
      import :: c_int32_t, c_ptr
      type(c_ptr) :: mt19937_new_legacy
      integer(c_int32_t), value :: seed
    end function mt19937_new_legacy

    function mt19937_new_legacy_array(seeds, n) bind(C, name="mt19937_new_legacy_array")
      import :: c_int32_t, c_ptr, c_size_t
      type(c_ptr) :: mt19937_new_legacy_array
      integer(c_int32_t), intent(in) :: seeds(*)
      integer(c_size_t), value :: n
    end function mt19937_new_legacy_array

    ! --- Raw draws (NumPy's next_uint64, next_uint32, next_double, random_raw) ------------

    function bitgen_next_u64(bg) bind(C, name="bitgen_next_u64")
      import :: c_int64_t, c_ptr
      integer(c_int64_t) :: bitgen_next_u64
      type(c_ptr), value :: bg
    end function bitgen_next_u64

    function bitgen_next_u32(bg) bind(C, name="bitgen_next_u32")
      import :: c_int32_t, c_ptr
      integer(c_int32_t) :: bitgen_next_u32
      type(c_ptr), value :: bg
    end function bitgen_next_u32

    function bitgen_next_double(bg) bind(C, name="bitgen_next_double")
      import :: c_double, c_ptr
      real(c_double) :: bitgen_next_double
      type(c_ptr), value :: bg
    end function bitgen_next_double

    ! NumPy's bitgen_t.next_raw (MT19937: a 32-bit value); the first value of random_raw.
    function bitgen_next_raw(bg) bind(C, name="bitgen_next_raw")
      import :: c_int64_t, c_ptr
      integer(c_int64_t) :: bitgen_next_raw
      type(c_ptr), value :: bg
    end function bitgen_next_raw

    function bitgen_random_raw(bg, out, n) bind(C, name="bitgen_random_raw")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_random_raw
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function bitgen_random_raw

    function bitgen_fill_u64(bg, out, n) bind(C, name="bitgen_fill_u64")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_fill_u64
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function bitgen_fill_u64

    function bitgen_fill_u32(bg, out, n) bind(C, name="bitgen_fill_u32")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_fill_u32
      type(c_ptr), value :: bg
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function bitgen_fill_u32

    function bitgen_fill_double(bg, out, n) bind(C, name="bitgen_fill_double")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_fill_double
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function bitgen_fill_double

    ! --- Spawning, jumping, advancing -----------------------------------------------------

    function bitgen_spawn(bg, n, children) bind(C, name="bitgen_spawn")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_spawn
      type(c_ptr), value :: bg
      integer(c_size_t), value :: n
      type(c_ptr), intent(inout) :: children(*)
    end function bitgen_spawn

    function pcg64_jumped(bg, jumps) bind(C, name="pcg64_jumped")
      import :: c_int64_t, c_ptr
      type(c_ptr) :: pcg64_jumped
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: jumps
    end function pcg64_jumped

    function pcg64dxsm_jumped(bg, jumps) bind(C, name="pcg64dxsm_jumped")
      import :: c_int64_t, c_ptr
      type(c_ptr) :: pcg64dxsm_jumped
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: jumps
    end function pcg64dxsm_jumped

    function philox_jumped(bg, jumps) bind(C, name="philox_jumped")
      import :: c_int64_t, c_ptr
      type(c_ptr) :: philox_jumped
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: jumps
    end function philox_jumped

    function mt19937_jumped(bg, jumps) bind(C, name="mt19937_jumped")
      import :: c_int64_t, c_ptr
      type(c_ptr) :: mt19937_jumped
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: jumps
    end function mt19937_jumped

    function pcg64_advance(bg, delta) bind(C, name="pcg64_advance")
      import :: c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: pcg64_advance
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: delta(*)
    end function pcg64_advance

    function pcg64dxsm_advance(bg, delta) bind(C, name="pcg64dxsm_advance")
      import :: c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: pcg64dxsm_advance
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: delta(*)
    end function pcg64dxsm_advance

    function philox_advance(bg, delta) bind(C, name="philox_advance")
      import :: c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: philox_advance
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: delta(*)
    end function philox_advance

    ! --- Generator handles ----------------------------------------------------------------

    function bitgen_name(bg) bind(C, name="bitgen_name")
      import :: c_ptr
      type(c_ptr) :: bitgen_name
      type(c_ptr), value :: bg
    end function bitgen_name

    function bitgen_seedseq(bg) bind(C, name="bitgen_seedseq")
      import :: c_ptr
      type(c_ptr) :: bitgen_seedseq
      type(c_ptr), value :: bg
    end function bitgen_seedseq

    function bitgen_clone(bg) bind(C, name="bitgen_clone")
      import :: c_ptr
      type(c_ptr) :: bitgen_clone
      type(c_ptr), value :: bg
    end function bitgen_clone

    subroutine bitgen_free(bg) bind(C, name="bitgen_free")
      import :: c_ptr
      type(c_ptr), value :: bg
    end subroutine bitgen_free

    ! --- Distributions: Generator(bg).<method>(..., size=n); rng_next_<method>: one value ---

    ! BEGIN GENERATED: interfaces (python3 scripts/gen/methods.py; do not edit)
    function rng_random(bg, out, n) bind(C, name="rng_random")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_random
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_random

    function rng_next_random(bg) bind(C, name="rng_next_random")
      import :: c_double, c_ptr
      real(c_double) :: rng_next_random
      type(c_ptr), value :: bg
    end function rng_next_random

    function rng_random_f32(bg, out, n) bind(C, name="rng_random_f32")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_random_f32
      type(c_ptr), value :: bg
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_random_f32

    function rng_next_random_f32(bg) bind(C, name="rng_next_random_f32")
      import :: c_float, c_ptr
      real(c_float) :: rng_next_random_f32
      type(c_ptr), value :: bg
    end function rng_next_random_f32

    function rng_uniform(bg, low, high, out, n) bind(C, name="rng_uniform")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_uniform
      type(c_ptr), value :: bg
      real(c_double), value :: low
      real(c_double), value :: high
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_uniform

    function rng_next_uniform(bg, low, high, out) bind(C, name="rng_next_uniform")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_uniform
      type(c_ptr), value :: bg
      real(c_double), value :: low
      real(c_double), value :: high
      real(c_double), intent(out) :: out
    end function rng_next_uniform

    function rng_uniform_v(bg, low, high, out, n) bind(C, name="rng_uniform_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_uniform_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: low(*)
      real(c_double), intent(in) :: high(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_uniform_v

    function rng_standard_normal(bg, out, n) bind(C, name="rng_standard_normal")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_normal
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_normal

    function rng_next_standard_normal(bg) bind(C, name="rng_next_standard_normal")
      import :: c_double, c_ptr
      real(c_double) :: rng_next_standard_normal
      type(c_ptr), value :: bg
    end function rng_next_standard_normal

    function rng_standard_normal_f32(bg, out, n) bind(C, name="rng_standard_normal_f32")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_normal_f32
      type(c_ptr), value :: bg
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_normal_f32

    function rng_next_standard_normal_f32(bg) bind(C, name="rng_next_standard_normal_f32")
      import :: c_float, c_ptr
      real(c_float) :: rng_next_standard_normal_f32
      type(c_ptr), value :: bg
    end function rng_next_standard_normal_f32

    function rng_normal(bg, loc, scale, out, n) bind(C, name="rng_normal")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_normal
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_normal

    function rng_next_normal(bg, loc, scale, out) bind(C, name="rng_next_normal")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_normal
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_normal

    function rng_normal_v(bg, loc, scale, out, n) bind(C, name="rng_normal_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_normal_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: loc(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_normal_v

    function rng_standard_exponential(bg, out, n) bind(C, name="rng_standard_exponential")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_exponential
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_exponential

    function rng_next_standard_exponential(bg) bind(C, name="rng_next_standard_exponential")
      import :: c_double, c_ptr
      real(c_double) :: rng_next_standard_exponential
      type(c_ptr), value :: bg
    end function rng_next_standard_exponential

    function rng_standard_exponential_f32(bg, out, n) bind(C, name="rng_standard_exponential_f32")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_exponential_f32
      type(c_ptr), value :: bg
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_exponential_f32

    function rng_next_standard_exponential_f32(bg) bind(C, name="rng_next_standard_exponential_f32")
      import :: c_float, c_ptr
      real(c_float) :: rng_next_standard_exponential_f32
      type(c_ptr), value :: bg
    end function rng_next_standard_exponential_f32

    function rng_standard_exponential_inv(bg, out, n) bind(C, name="rng_standard_exponential_inv")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_exponential_inv
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_exponential_inv

    function rng_next_standard_exponential_inv(bg) bind(C, name="rng_next_standard_exponential_inv")
      import :: c_double, c_ptr
      real(c_double) :: rng_next_standard_exponential_inv
      type(c_ptr), value :: bg
    end function rng_next_standard_exponential_inv

    function rng_standard_exponential_inv_f32(bg, out, n) &
        bind(C, name="rng_standard_exponential_inv_f32")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_exponential_inv_f32
      type(c_ptr), value :: bg
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_exponential_inv_f32

    function rng_next_standard_exponential_inv_f32(bg) &
        bind(C, name="rng_next_standard_exponential_inv_f32")
      import :: c_float, c_ptr
      real(c_float) :: rng_next_standard_exponential_inv_f32
      type(c_ptr), value :: bg
    end function rng_next_standard_exponential_inv_f32

    function rng_exponential(bg, scale, out, n) bind(C, name="rng_exponential")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_exponential
      type(c_ptr), value :: bg
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_exponential

    function rng_next_exponential(bg, scale, out) bind(C, name="rng_next_exponential")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_exponential
      type(c_ptr), value :: bg
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_exponential

    function rng_exponential_v(bg, scale, out, n) bind(C, name="rng_exponential_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_exponential_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_exponential_v

    function rng_lognormal(bg, mean, sigma, out, n) bind(C, name="rng_lognormal")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_lognormal
      type(c_ptr), value :: bg
      real(c_double), value :: mean
      real(c_double), value :: sigma
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_lognormal

    function rng_next_lognormal(bg, mean, sigma, out) bind(C, name="rng_next_lognormal")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_lognormal
      type(c_ptr), value :: bg
      real(c_double), value :: mean
      real(c_double), value :: sigma
      real(c_double), intent(out) :: out
    end function rng_next_lognormal

    function rng_lognormal_v(bg, mean, sigma, out, n) bind(C, name="rng_lognormal_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_lognormal_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: mean(*)
      real(c_double), intent(in) :: sigma(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_lognormal_v

    function rng_standard_gamma(bg, shape, out, n) bind(C, name="rng_standard_gamma")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_gamma
      type(c_ptr), value :: bg
      real(c_double), value :: shape
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_gamma

    function rng_next_standard_gamma(bg, shape, out) bind(C, name="rng_next_standard_gamma")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_standard_gamma
      type(c_ptr), value :: bg
      real(c_double), value :: shape
      real(c_double), intent(out) :: out
    end function rng_next_standard_gamma

    function rng_standard_gamma_v(bg, shape, out, n) bind(C, name="rng_standard_gamma_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_gamma_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: shape(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_gamma_v

    function rng_standard_gamma_f32(bg, shape, out, n) bind(C, name="rng_standard_gamma_f32")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_gamma_f32
      type(c_ptr), value :: bg
      real(c_float), value :: shape
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_gamma_f32

    function rng_next_standard_gamma_f32(bg, shape, out) bind(C, name="rng_next_standard_gamma_f32")
      import :: c_float, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_standard_gamma_f32
      type(c_ptr), value :: bg
      real(c_float), value :: shape
      real(c_float), intent(out) :: out
    end function rng_next_standard_gamma_f32

    function rng_standard_gamma_f32_v(bg, shape, out, n) bind(C, name="rng_standard_gamma_f32_v")
      import :: c_float, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_gamma_f32_v
      type(c_ptr), value :: bg
      real(c_float), intent(in) :: shape(*)
      real(c_float), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_gamma_f32_v

    function rng_gamma(bg, shape, scale, out, n) bind(C, name="rng_gamma")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_gamma
      type(c_ptr), value :: bg
      real(c_double), value :: shape
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_gamma

    function rng_next_gamma(bg, shape, scale, out) bind(C, name="rng_next_gamma")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_gamma
      type(c_ptr), value :: bg
      real(c_double), value :: shape
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_gamma

    function rng_gamma_v(bg, shape, scale, out, n) bind(C, name="rng_gamma_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_gamma_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: shape(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_gamma_v

    function rng_beta(bg, a, b, out, n) bind(C, name="rng_beta")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_beta
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), value :: b
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_beta

    function rng_next_beta(bg, a, b, out) bind(C, name="rng_next_beta")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_beta
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), value :: b
      real(c_double), intent(out) :: out
    end function rng_next_beta

    function rng_beta_v(bg, a, b, out, n) bind(C, name="rng_beta_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_beta_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: a(*)
      real(c_double), intent(in) :: b(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_beta_v

    function rng_chisquare(bg, df, out, n) bind(C, name="rng_chisquare")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_chisquare
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_chisquare

    function rng_next_chisquare(bg, df, out) bind(C, name="rng_next_chisquare")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_chisquare
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), intent(out) :: out
    end function rng_next_chisquare

    function rng_chisquare_v(bg, df, out, n) bind(C, name="rng_chisquare_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_chisquare_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: df(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_chisquare_v

    function rng_f(bg, dfnum, dfden, out, n) bind(C, name="rng_f")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_f
      type(c_ptr), value :: bg
      real(c_double), value :: dfnum
      real(c_double), value :: dfden
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_f

    function rng_next_f(bg, dfnum, dfden, out) bind(C, name="rng_next_f")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_f
      type(c_ptr), value :: bg
      real(c_double), value :: dfnum
      real(c_double), value :: dfden
      real(c_double), intent(out) :: out
    end function rng_next_f

    function rng_f_v(bg, dfnum, dfden, out, n) bind(C, name="rng_f_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_f_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: dfnum(*)
      real(c_double), intent(in) :: dfden(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_f_v

    function rng_noncentral_chisquare(bg, df, nonc, out, n) bind(C, name="rng_noncentral_chisquare")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_noncentral_chisquare
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), value :: nonc
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_noncentral_chisquare

    function rng_next_noncentral_chisquare(bg, df, nonc, out) &
        bind(C, name="rng_next_noncentral_chisquare")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_noncentral_chisquare
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), value :: nonc
      real(c_double), intent(out) :: out
    end function rng_next_noncentral_chisquare

    function rng_noncentral_chisquare_v(bg, df, nonc, out, n) &
        bind(C, name="rng_noncentral_chisquare_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_noncentral_chisquare_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: df(*)
      real(c_double), intent(in) :: nonc(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_noncentral_chisquare_v

    function rng_noncentral_f(bg, dfnum, dfden, nonc, out, n) bind(C, name="rng_noncentral_f")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_noncentral_f
      type(c_ptr), value :: bg
      real(c_double), value :: dfnum
      real(c_double), value :: dfden
      real(c_double), value :: nonc
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_noncentral_f

    function rng_next_noncentral_f(bg, dfnum, dfden, nonc, out) &
        bind(C, name="rng_next_noncentral_f")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_noncentral_f
      type(c_ptr), value :: bg
      real(c_double), value :: dfnum
      real(c_double), value :: dfden
      real(c_double), value :: nonc
      real(c_double), intent(out) :: out
    end function rng_next_noncentral_f

    function rng_noncentral_f_v(bg, dfnum, dfden, nonc, out, n) bind(C, name="rng_noncentral_f_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_noncentral_f_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: dfnum(*)
      real(c_double), intent(in) :: dfden(*)
      real(c_double), intent(in) :: nonc(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_noncentral_f_v

    function rng_vonmises(bg, mu, kappa, out, n) bind(C, name="rng_vonmises")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_vonmises
      type(c_ptr), value :: bg
      real(c_double), value :: mu
      real(c_double), value :: kappa
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_vonmises

    function rng_next_vonmises(bg, mu, kappa, out) bind(C, name="rng_next_vonmises")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_vonmises
      type(c_ptr), value :: bg
      real(c_double), value :: mu
      real(c_double), value :: kappa
      real(c_double), intent(out) :: out
    end function rng_next_vonmises

    function rng_vonmises_v(bg, mu, kappa, out, n) bind(C, name="rng_vonmises_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_vonmises_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: mu(*)
      real(c_double), intent(in) :: kappa(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_vonmises_v

    function rng_poisson(bg, lam, out, n) bind(C, name="rng_poisson")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_poisson
      type(c_ptr), value :: bg
      real(c_double), value :: lam
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_poisson

    function rng_next_poisson(bg, lam, out) bind(C, name="rng_next_poisson")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_poisson
      type(c_ptr), value :: bg
      real(c_double), value :: lam
      integer(c_int64_t), intent(out) :: out
    end function rng_next_poisson

    function rng_poisson_v(bg, lam, out, n) bind(C, name="rng_poisson_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_poisson_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: lam(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_poisson_v

    function rng_binomial(bg, ntrials, p, out, n) bind(C, name="rng_binomial")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_binomial
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: ntrials
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_binomial

    function rng_next_binomial(bg, ntrials, p, out) bind(C, name="rng_next_binomial")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_binomial
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: ntrials
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out
    end function rng_next_binomial

    function rng_binomial_v(bg, ntrials, p, out, n) bind(C, name="rng_binomial_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_binomial_v
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: ntrials(*)
      real(c_double), intent(in) :: p(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_binomial_v

    function rng_geometric(bg, p, out, n) bind(C, name="rng_geometric")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_geometric
      type(c_ptr), value :: bg
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_geometric

    function rng_next_geometric(bg, p, out) bind(C, name="rng_next_geometric")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_geometric
      type(c_ptr), value :: bg
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out
    end function rng_next_geometric

    function rng_geometric_v(bg, p, out, n) bind(C, name="rng_geometric_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_geometric_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: p(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_geometric_v

    function rng_negative_binomial(bg, n, p, out, count) bind(C, name="rng_negative_binomial")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_negative_binomial
      type(c_ptr), value :: bg
      real(c_double), value :: n
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: count
    end function rng_negative_binomial

    function rng_next_negative_binomial(bg, n, p, out) bind(C, name="rng_next_negative_binomial")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_negative_binomial
      type(c_ptr), value :: bg
      real(c_double), value :: n
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out
    end function rng_next_negative_binomial

    function rng_negative_binomial_v(bg, n, p, out, count) bind(C, name="rng_negative_binomial_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_negative_binomial_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: n(*)
      real(c_double), intent(in) :: p(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: count
    end function rng_negative_binomial_v

    function rng_logseries(bg, p, out, n) bind(C, name="rng_logseries")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_logseries
      type(c_ptr), value :: bg
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_logseries

    function rng_next_logseries(bg, p, out) bind(C, name="rng_next_logseries")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_logseries
      type(c_ptr), value :: bg
      real(c_double), value :: p
      integer(c_int64_t), intent(out) :: out
    end function rng_next_logseries

    function rng_logseries_v(bg, p, out, n) bind(C, name="rng_logseries_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_logseries_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: p(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_logseries_v

    function rng_zipf(bg, a, out, n) bind(C, name="rng_zipf")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_zipf
      type(c_ptr), value :: bg
      real(c_double), value :: a
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_zipf

    function rng_next_zipf(bg, a, out) bind(C, name="rng_next_zipf")
      import :: c_double, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_zipf
      type(c_ptr), value :: bg
      real(c_double), value :: a
      integer(c_int64_t), intent(out) :: out
    end function rng_next_zipf

    function rng_zipf_v(bg, a, out, n) bind(C, name="rng_zipf_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_zipf_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: a(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_zipf_v

    function rng_hypergeometric(bg, ngood, nbad, nsample, out, n) bind(C, name="rng_hypergeometric")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_hypergeometric
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: ngood
      integer(c_int64_t), value :: nbad
      integer(c_int64_t), value :: nsample
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_hypergeometric

    function rng_next_hypergeometric(bg, ngood, nbad, nsample, out) &
        bind(C, name="rng_next_hypergeometric")
      import :: c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_hypergeometric
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: ngood
      integer(c_int64_t), value :: nbad
      integer(c_int64_t), value :: nsample
      integer(c_int64_t), intent(out) :: out
    end function rng_next_hypergeometric

    function rng_hypergeometric_v(bg, ngood, nbad, nsample, out, n) &
        bind(C, name="rng_hypergeometric_v")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_hypergeometric_v
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: ngood(*)
      integer(c_int64_t), intent(in) :: nbad(*)
      integer(c_int64_t), intent(in) :: nsample(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_hypergeometric_v

    function rng_integers_i64(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i64")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i64
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: low
      integer(c_int64_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i64

    function rng_next_integers_i64(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_i64")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_i64
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: low
      integer(c_int64_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out
    end function rng_next_integers_i64

    function rng_integers_i64_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i64_v")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i64_v
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: low(*)
      integer(c_int64_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i64_v

    function rng_integers_i32(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i32")
      import :: c_bool, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i32
      type(c_ptr), value :: bg
      integer(c_int32_t), value :: low
      integer(c_int32_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i32

    function rng_next_integers_i32(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_i32")
      import :: c_bool, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_i32
      type(c_ptr), value :: bg
      integer(c_int32_t), value :: low
      integer(c_int32_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out
    end function rng_next_integers_i32

    function rng_integers_i32_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i32_v")
      import :: c_bool, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i32_v
      type(c_ptr), value :: bg
      integer(c_int32_t), intent(in) :: low(*)
      integer(c_int32_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i32_v

    function rng_integers_i16(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i16")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i16
      type(c_ptr), value :: bg
      integer(c_int16_t), value :: low
      integer(c_int16_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i16

    function rng_next_integers_i16(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_i16")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_i16
      type(c_ptr), value :: bg
      integer(c_int16_t), value :: low
      integer(c_int16_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out
    end function rng_next_integers_i16

    function rng_integers_i16_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i16_v")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i16_v
      type(c_ptr), value :: bg
      integer(c_int16_t), intent(in) :: low(*)
      integer(c_int16_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i16_v

    function rng_integers_i8(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i8")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i8
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i8

    function rng_next_integers_i8(bg, low, high, endpoint, out) bind(C, name="rng_next_integers_i8")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_i8
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out
    end function rng_next_integers_i8

    function rng_integers_i8_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_i8_v")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_i8_v
      type(c_ptr), value :: bg
      integer(c_int8_t), intent(in) :: low(*)
      integer(c_int8_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_i8_v

    function rng_integers_u64(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u64")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u64
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: low
      integer(c_int64_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u64

    function rng_next_integers_u64(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_u64")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_u64
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: low
      integer(c_int64_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out
    end function rng_next_integers_u64

    function rng_integers_u64_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u64_v")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u64_v
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: low(*)
      integer(c_int64_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u64_v

    function rng_integers_u32(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u32")
      import :: c_bool, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u32
      type(c_ptr), value :: bg
      integer(c_int32_t), value :: low
      integer(c_int32_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u32

    function rng_next_integers_u32(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_u32")
      import :: c_bool, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_u32
      type(c_ptr), value :: bg
      integer(c_int32_t), value :: low
      integer(c_int32_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out
    end function rng_next_integers_u32

    function rng_integers_u32_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u32_v")
      import :: c_bool, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u32_v
      type(c_ptr), value :: bg
      integer(c_int32_t), intent(in) :: low(*)
      integer(c_int32_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u32_v

    function rng_integers_u16(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u16")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u16
      type(c_ptr), value :: bg
      integer(c_int16_t), value :: low
      integer(c_int16_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u16

    function rng_next_integers_u16(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_u16")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_u16
      type(c_ptr), value :: bg
      integer(c_int16_t), value :: low
      integer(c_int16_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out
    end function rng_next_integers_u16

    function rng_integers_u16_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u16_v")
      import :: c_bool, c_int16_t, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u16_v
      type(c_ptr), value :: bg
      integer(c_int16_t), intent(in) :: low(*)
      integer(c_int16_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int16_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u16_v

    function rng_integers_u8(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u8")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u8
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u8

    function rng_next_integers_u8(bg, low, high, endpoint, out) bind(C, name="rng_next_integers_u8")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_u8
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out
    end function rng_next_integers_u8

    function rng_integers_u8_v(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_u8_v")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_u8_v
      type(c_ptr), value :: bg
      integer(c_int8_t), intent(in) :: low(*)
      integer(c_int8_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      integer(c_int8_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_u8_v

    function rng_integers_bool(bg, low, high, endpoint, out, n) bind(C, name="rng_integers_bool")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_bool
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      logical(c_bool), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_bool

    function rng_next_integers_bool(bg, low, high, endpoint, out) &
        bind(C, name="rng_next_integers_bool")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr
      integer(c_int32_t) :: rng_next_integers_bool
      type(c_ptr), value :: bg
      integer(c_int8_t), value :: low
      integer(c_int8_t), value :: high
      logical(c_bool), value :: endpoint
      logical(c_bool), intent(out) :: out
    end function rng_next_integers_bool

    function rng_integers_bool_v(bg, low, high, endpoint, out, n) &
        bind(C, name="rng_integers_bool_v")
      import :: c_bool, c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_integers_bool_v
      type(c_ptr), value :: bg
      integer(c_int8_t), intent(in) :: low(*)
      integer(c_int8_t), intent(in) :: high(*)
      logical(c_bool), value :: endpoint
      logical(c_bool), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_integers_bool_v

    function rng_permutation(bg, out, n) bind(C, name="rng_permutation")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_permutation
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_permutation

    function rng_shuffle_i64(bg, data, n) bind(C, name="rng_shuffle_i64")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_shuffle_i64
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(inout) :: data(*)
      integer(c_size_t), value :: n
    end function rng_shuffle_i64

    function rng_shuffle_f64(bg, data, n) bind(C, name="rng_shuffle_f64")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_shuffle_f64
      type(c_ptr), value :: bg
      real(c_double), intent(inout) :: data(*)
      integer(c_size_t), value :: n
    end function rng_shuffle_f64

    function rng_standard_cauchy(bg, out, n) bind(C, name="rng_standard_cauchy")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_cauchy
      type(c_ptr), value :: bg
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_cauchy

    function rng_next_standard_cauchy(bg) bind(C, name="rng_next_standard_cauchy")
      import :: c_double, c_ptr
      real(c_double) :: rng_next_standard_cauchy
      type(c_ptr), value :: bg
    end function rng_next_standard_cauchy

    function rng_standard_t(bg, df, out, n) bind(C, name="rng_standard_t")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_t
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_t

    function rng_next_standard_t(bg, df, out) bind(C, name="rng_next_standard_t")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_standard_t
      type(c_ptr), value :: bg
      real(c_double), value :: df
      real(c_double), intent(out) :: out
    end function rng_next_standard_t

    function rng_standard_t_v(bg, df, out, n) bind(C, name="rng_standard_t_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_standard_t_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: df(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_standard_t_v

    function rng_pareto(bg, a, out, n) bind(C, name="rng_pareto")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_pareto
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_pareto

    function rng_next_pareto(bg, a, out) bind(C, name="rng_next_pareto")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_pareto
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out
    end function rng_next_pareto

    function rng_pareto_v(bg, a, out, n) bind(C, name="rng_pareto_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_pareto_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: a(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_pareto_v

    function rng_weibull(bg, a, out, n) bind(C, name="rng_weibull")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_weibull
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_weibull

    function rng_next_weibull(bg, a, out) bind(C, name="rng_next_weibull")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_weibull
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out
    end function rng_next_weibull

    function rng_weibull_v(bg, a, out, n) bind(C, name="rng_weibull_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_weibull_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: a(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_weibull_v

    function rng_power(bg, a, out, n) bind(C, name="rng_power")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_power
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_power

    function rng_next_power(bg, a, out) bind(C, name="rng_next_power")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_power
      type(c_ptr), value :: bg
      real(c_double), value :: a
      real(c_double), intent(out) :: out
    end function rng_next_power

    function rng_power_v(bg, a, out, n) bind(C, name="rng_power_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_power_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: a(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_power_v

    function rng_laplace(bg, loc, scale, out, n) bind(C, name="rng_laplace")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_laplace
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_laplace

    function rng_next_laplace(bg, loc, scale, out) bind(C, name="rng_next_laplace")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_laplace
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_laplace

    function rng_laplace_v(bg, loc, scale, out, n) bind(C, name="rng_laplace_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_laplace_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: loc(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_laplace_v

    function rng_gumbel(bg, loc, scale, out, n) bind(C, name="rng_gumbel")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_gumbel
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_gumbel

    function rng_next_gumbel(bg, loc, scale, out) bind(C, name="rng_next_gumbel")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_gumbel
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_gumbel

    function rng_gumbel_v(bg, loc, scale, out, n) bind(C, name="rng_gumbel_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_gumbel_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: loc(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_gumbel_v

    function rng_logistic(bg, loc, scale, out, n) bind(C, name="rng_logistic")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_logistic
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_logistic

    function rng_next_logistic(bg, loc, scale, out) bind(C, name="rng_next_logistic")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_logistic
      type(c_ptr), value :: bg
      real(c_double), value :: loc
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_logistic

    function rng_logistic_v(bg, loc, scale, out, n) bind(C, name="rng_logistic_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_logistic_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: loc(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_logistic_v

    function rng_rayleigh(bg, scale, out, n) bind(C, name="rng_rayleigh")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_rayleigh
      type(c_ptr), value :: bg
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_rayleigh

    function rng_next_rayleigh(bg, scale, out) bind(C, name="rng_next_rayleigh")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_rayleigh
      type(c_ptr), value :: bg
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_rayleigh

    function rng_rayleigh_v(bg, scale, out, n) bind(C, name="rng_rayleigh_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_rayleigh_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_rayleigh_v

    function rng_wald(bg, mean, scale, out, n) bind(C, name="rng_wald")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_wald
      type(c_ptr), value :: bg
      real(c_double), value :: mean
      real(c_double), value :: scale
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_wald

    function rng_next_wald(bg, mean, scale, out) bind(C, name="rng_next_wald")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_wald
      type(c_ptr), value :: bg
      real(c_double), value :: mean
      real(c_double), value :: scale
      real(c_double), intent(out) :: out
    end function rng_next_wald

    function rng_wald_v(bg, mean, scale, out, n) bind(C, name="rng_wald_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_wald_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: mean(*)
      real(c_double), intent(in) :: scale(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_wald_v

    function rng_triangular(bg, left, mode, right, out, n) bind(C, name="rng_triangular")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_triangular
      type(c_ptr), value :: bg
      real(c_double), value :: left
      real(c_double), value :: mode
      real(c_double), value :: right
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_triangular

    function rng_next_triangular(bg, left, mode, right, out) bind(C, name="rng_next_triangular")
      import :: c_double, c_int32_t, c_ptr
      integer(c_int32_t) :: rng_next_triangular
      type(c_ptr), value :: bg
      real(c_double), value :: left
      real(c_double), value :: mode
      real(c_double), value :: right
      real(c_double), intent(out) :: out
    end function rng_next_triangular

    function rng_triangular_v(bg, left, mode, right, out, n) bind(C, name="rng_triangular_v")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_triangular_v
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: left(*)
      real(c_double), intent(in) :: mode(*)
      real(c_double), intent(in) :: right(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_triangular_v
    ! END GENERATED: interfaces

    ! --- multivariate_normal --------------------------------------------------------------

    !> The C function: cov is read as C reads it, row-major (cov[i*k + j]); a Fortran array
    !> cov(k, k) passed as is is its transpose (rng_multivariate_normal_f transposes it).
    function rng_multivariate_normal(bg, mean, cov, k, check_valid, tol, method, out, n) &
        bind(C, name="rng_multivariate_normal")
      import :: c_char, c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_multivariate_normal
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: mean(*), cov(*)
      integer(c_size_t), value :: k
      character(kind=c_char), intent(in) :: check_valid(*)
      real(c_double), value :: tol
      character(kind=c_char), intent(in) :: method(*)
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_multivariate_normal

    ! --- Parallel fill --------------------------------------------------------------------

    function bitgen_fill_u64_parallel(bg, out, n, threads) &
        bind(C, name="bitgen_fill_u64_parallel")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_fill_u64_parallel
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
      integer(c_size_t), value :: threads
    end function bitgen_fill_u64_parallel

    ! --- The vector-valued methods: n rows of k values, row-major (an out(k, n) array) -----

    function rng_multinomial(bg, ntrials, pvals, k, out, n) bind(C, name="rng_multinomial")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_multinomial
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: ntrials
      real(c_double), intent(in) :: pvals(*)
      integer(c_size_t), value :: k
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_multinomial

    function rng_multinomial_v(bg, ntrials, pvals, k, out, n) bind(C, name="rng_multinomial_v")
      import :: c_double, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_multinomial_v
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: ntrials(*)
      real(c_double), intent(in) :: pvals(*)
      integer(c_size_t), value :: k
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_multinomial_v

    function rng_dirichlet(bg, alpha, k, out, n) bind(C, name="rng_dirichlet")
      import :: c_double, c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_dirichlet
      type(c_ptr), value :: bg
      real(c_double), intent(in) :: alpha(*)
      integer(c_size_t), value :: k
      real(c_double), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_dirichlet

    function rng_multivariate_hypergeometric(bg, colors, k, nsample, method, out, n) &
        bind(C, name="rng_multivariate_hypergeometric")
      import :: c_char, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_multivariate_hypergeometric
      type(c_ptr), value :: bg
      integer(c_int64_t), intent(in) :: colors(*)
      integer(c_size_t), value :: k
      integer(c_int64_t), value :: nsample
      character(kind=c_char), intent(in) :: method(*)
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_multivariate_hypergeometric

    ! --- Seed sequences (numpy.random.SeedSequence) ---------------------------------------

    function ss_new(entropy, n) bind(C, name="ss_new")
      import :: c_int64_t, c_ptr, c_size_t
      type(c_ptr) :: ss_new
      integer(c_int64_t), intent(in) :: entropy(*)
      integer(c_size_t), value :: n
    end function ss_new

    function ss_new_u32(words, n) bind(C, name="ss_new_u32")
      import :: c_int32_t, c_ptr, c_size_t
      type(c_ptr) :: ss_new_u32
      integer(c_int32_t), intent(in) :: words(*)
      integer(c_size_t), value :: n
    end function ss_new_u32

    function ss_new_str(entropy) bind(C, name="ss_new_str")
      import :: c_char, c_ptr
      type(c_ptr) :: ss_new_str
      character(kind=c_char), intent(in) :: entropy(*)
    end function ss_new_str

    function ss_new_os() bind(C, name="ss_new_os")
      import :: c_ptr
      type(c_ptr) :: ss_new_os
    end function ss_new_os

    function ss_new_ex(entropy, spawn_key, n_key, pool_size, n_children_spawned) &
        bind(C, name="ss_new_ex")
      import :: c_int64_t, c_ptr, c_size_t
      type(c_ptr) :: ss_new_ex
      type(c_ptr), value :: entropy
      integer(c_int64_t), intent(in) :: spawn_key(*)
      integer(c_size_t), value :: n_key
      integer(c_size_t), value :: pool_size
      integer(c_int64_t), value :: n_children_spawned
    end function ss_new_ex

    function ss_spawn(ss, n, children) bind(C, name="ss_spawn")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: ss_spawn
      type(c_ptr), value :: ss
      integer(c_size_t), value :: n
      type(c_ptr), intent(inout) :: children(*)
    end function ss_spawn

    function ss_generate_state_u32(ss, out, n) bind(C, name="ss_generate_state_u32")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: ss_generate_state_u32
      type(c_ptr), value :: ss
      integer(c_int32_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function ss_generate_state_u32

    function ss_generate_state_u64(ss, out, n) bind(C, name="ss_generate_state_u64")
      import :: c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: ss_generate_state_u64
      type(c_ptr), value :: ss
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function ss_generate_state_u64

    function ss_n_children_spawned(ss) bind(C, name="ss_n_children_spawned")
      import :: c_int64_t, c_ptr
      integer(c_int64_t) :: ss_n_children_spawned
      type(c_ptr), value :: ss
    end function ss_n_children_spawned

    function ss_pool_size(ss) bind(C, name="ss_pool_size")
      import :: c_ptr, c_size_t
      integer(c_size_t) :: ss_pool_size
      type(c_ptr), value :: ss
    end function ss_pool_size

    function ss_spawn_key(ss, out, cap) bind(C, name="ss_spawn_key")
      import :: c_int64_t, c_ptr, c_size_t
      integer(c_size_t) :: ss_spawn_key
      type(c_ptr), value :: ss
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: cap
    end function ss_spawn_key

    function ss_entropy_str(ss, buf, cap) bind(C, name="ss_entropy_str")
      import :: c_char, c_ptr, c_size_t
      integer(c_size_t) :: ss_entropy_str
      type(c_ptr), value :: ss
      character(kind=c_char), intent(out) :: buf(*)
      integer(c_size_t), value :: cap
    end function ss_entropy_str

    subroutine ss_free(ss) bind(C, name="ss_free")
      import :: c_ptr
      type(c_ptr), value :: ss
    end subroutine ss_free

    ! --- Checkpoints: NumPy's state as JSON, binary restart files -------------------------

    function bitgen_state_json(bg, buf, cap) bind(C, name="bitgen_state_json")
      import :: c_char, c_ptr, c_size_t
      integer(c_size_t) :: bitgen_state_json
      type(c_ptr), value :: bg
      character(kind=c_char), intent(out) :: buf(*)
      integer(c_size_t), value :: cap
    end function bitgen_state_json

    function bitgen_from_state_json(json) bind(C, name="bitgen_from_state_json")
      import :: c_char, c_ptr
      type(c_ptr) :: bitgen_from_state_json
      character(kind=c_char), intent(in) :: json(*)
    end function bitgen_from_state_json

    function bitgen_set_state_json(bg, json) bind(C, name="bitgen_set_state_json")
      import :: c_char, c_int32_t, c_ptr
      integer(c_int32_t) :: bitgen_set_state_json
      type(c_ptr), value :: bg
      character(kind=c_char), intent(in) :: json(*)
    end function bitgen_set_state_json

    function bitgen_state_save(bg, buf, cap, out_len) bind(C, name="bitgen_state_save")
      import :: c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: bitgen_state_save
      type(c_ptr), value :: bg
      integer(c_int8_t), intent(out) :: buf(*)
      integer(c_size_t), value :: cap
      integer(c_size_t), intent(out) :: out_len
    end function bitgen_state_save

    function bitgen_state_load(bytes, n) bind(C, name="bitgen_state_load")
      import :: c_int8_t, c_ptr, c_size_t
      type(c_ptr) :: bitgen_state_load
      integer(c_int8_t), intent(in) :: bytes(*)
      integer(c_size_t), value :: n
    end function bitgen_state_load

    function ss_state_json(ss, buf, cap) bind(C, name="ss_state_json")
      import :: c_char, c_ptr, c_size_t
      integer(c_size_t) :: ss_state_json
      type(c_ptr), value :: ss
      character(kind=c_char), intent(out) :: buf(*)
      integer(c_size_t), value :: cap
    end function ss_state_json

    function ss_from_state_json(json) bind(C, name="ss_from_state_json")
      import :: c_char, c_ptr
      type(c_ptr) :: ss_from_state_json
      character(kind=c_char), intent(in) :: json(*)
    end function ss_from_state_json

    function ss_state_save(ss, buf, cap, out_len) bind(C, name="ss_state_save")
      import :: c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: ss_state_save
      type(c_ptr), value :: ss
      integer(c_int8_t), intent(out) :: buf(*)
      integer(c_size_t), value :: cap
      integer(c_size_t), intent(out) :: out_len
    end function ss_state_save

    function ss_state_load(bytes, n) bind(C, name="ss_state_load")
      import :: c_int8_t, c_ptr, c_size_t
      type(c_ptr) :: ss_state_load
      integer(c_int8_t), intent(in) :: bytes(*)
      integer(c_size_t), value :: n
    end function ss_state_load

    ! --- A generator drawing from the caller's bind(C) functions --------------------------

    function bitgen_new_user(state, next_u64, next_u32, next_double) bind(C, name="bitgen_new_user")
      import :: c_funptr, c_ptr
      type(c_ptr) :: bitgen_new_user
      type(c_ptr), value :: state
      type(c_funptr), value :: next_u64
      type(c_funptr), value :: next_u32
      type(c_funptr), value :: next_double
    end function bitgen_new_user

    ! --- Version and errors ---------------------------------------------------------------

    function rng_version() bind(C, name="rng_version")
      import :: c_ptr
      type(c_ptr) :: rng_version
    end function rng_version

    function rng_last_error() bind(C, name="rng_last_error")
      import :: c_ptr
      type(c_ptr) :: rng_last_error
    end function rng_last_error

    function rng_status_str(status) bind(C, name="rng_status_str")
      import :: c_int32_t, c_ptr
      type(c_ptr) :: rng_status_str
      integer(c_int32_t), value :: status
    end function rng_status_str

    ! --- choice, bytes and the shuffles of C arrays of any item size (for Fortran arrays: the
    ! --- generic wrappers rng_shuffle_f, rng_permuted_f and rng_permutation_dim_f) ----------

    function rng_bytes(bg, out, length) bind(C, name="rng_bytes")
      import :: c_int32_t, c_int8_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_bytes
      type(c_ptr), value :: bg
      integer(c_int8_t), intent(out) :: out(*)
      integer(c_size_t), value :: length
    end function rng_bytes

    function rng_choice(bg, a, p, replace, shuffle, out, n) bind(C, name="rng_choice")
      import :: c_bool, c_int32_t, c_int64_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_choice
      type(c_ptr), value :: bg
      integer(c_int64_t), value :: a
      type(c_ptr), value :: p
      logical(c_bool), value :: replace
      logical(c_bool), value :: shuffle
      integer(c_int64_t), intent(out) :: out(*)
      integer(c_size_t), value :: n
    end function rng_choice

    function rng_shuffle(bg, data, n, itemsize) bind(C, name="rng_shuffle")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_shuffle
      type(c_ptr), value :: bg
      type(c_ptr), value :: data
      integer(c_size_t), value :: n
      integer(c_size_t), value :: itemsize
    end function rng_shuffle

    function rng_shuffle_axis(bg, data, ndim, shape, itemsize, axis) &
        bind(C, name="rng_shuffle_axis")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_shuffle_axis
      type(c_ptr), value :: bg
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      integer(c_size_t), intent(in) :: shape(*)
      integer(c_size_t), value :: itemsize
      integer(c_size_t), value :: axis
    end function rng_shuffle_axis

    function rng_permutation_axis(bg, x, out, ndim, shape, itemsize, axis) &
        bind(C, name="rng_permutation_axis")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_permutation_axis
      type(c_ptr), value :: bg
      type(c_ptr), value :: x
      type(c_ptr), value :: out
      integer(c_size_t), value :: ndim
      integer(c_size_t), intent(in) :: shape(*)
      integer(c_size_t), value :: itemsize
      integer(c_size_t), value :: axis
    end function rng_permutation_axis

    function rng_permuted(bg, data, ndim, shape, itemsize, axis) bind(C, name="rng_permuted")
      import :: c_int32_t, c_ptr, c_size_t
      integer(c_int32_t) :: rng_permuted
      type(c_ptr), value :: bg
      type(c_ptr), value :: data
      integer(c_size_t), value :: ndim
      integer(c_size_t), intent(in) :: shape(*)
      integer(c_size_t), value :: itemsize
      integer(c_size_t), value :: axis
    end function rng_permuted
  end interface

  ! Generic wrappers of bytes and the shuffles for Fortran arrays (module procedures below).
  interface rng_bytes_f
    module procedure rng_bytes_i8_f, rng_bytes_char_f
  end interface rng_bytes_f
  interface rng_shuffle_f
    module procedure rng_shuffle_i8_1, rng_shuffle_i16_1, rng_shuffle_i32_1, rng_shuffle_i64_1, &
        rng_shuffle_r32_1, rng_shuffle_r64_1, rng_shuffle_c32_1, rng_shuffle_c64_1, &
        rng_shuffle_lg_1, rng_shuffle_i32_2, rng_shuffle_i64_2, rng_shuffle_r32_2, &
        rng_shuffle_r64_2, rng_shuffle_i32_3, rng_shuffle_i64_3, rng_shuffle_r32_3, &
        rng_shuffle_r64_3
  end interface rng_shuffle_f
  interface rng_permuted_f
    module procedure rng_permuted_i32_1, rng_permuted_i64_1, rng_permuted_r32_1, &
        rng_permuted_r64_1, rng_permuted_i32_2, rng_permuted_i64_2, rng_permuted_r32_2, &
        rng_permuted_r64_2, rng_permuted_i32_3, rng_permuted_i64_3, rng_permuted_r32_3, &
        rng_permuted_r64_3
  end interface rng_permuted_f
  interface rng_permutation_dim_f
    module procedure rng_permutation_i32_1, rng_permutation_i64_1, rng_permutation_r32_1, &
        rng_permutation_r64_1, rng_permutation_i32_2, rng_permutation_i64_2, &
        rng_permutation_r32_2, rng_permutation_r64_2, rng_permutation_i32_3, &
        rng_permutation_i64_3, rng_permutation_r32_3, rng_permutation_r64_3
  end interface rng_permutation_dim_f

  private :: c_string, from_chars, flag, first_of, c_axis, c_shape

contains

  ! --- Text ----------------------------------------------------------------------------------

  !> The library's version, "MAJOR.MINOR.PATCH" (rng_version).
  function rng_version_f() result(text)
    character(len=:), allocatable :: text
    text = c_string(rng_version())
  end function rng_version_f

  !> The message of the last failed call on the calling thread, "" if none (rng_last_error).
  function rng_last_error_f() result(text)
    character(len=:), allocatable :: text
    text = c_string(rng_last_error())
  end function rng_last_error_f

  !> The name of a status code, "RNG_OK", ..., or "unknown status" (rng_status_str).
  function rng_status_str_f(status) result(text)
    integer(c_int32_t), intent(in) :: status
    character(len=:), allocatable :: text
    text = c_string(rng_status_str(status))
  end function rng_status_str_f

  !> NumPy's class name of the generator ("PCG64", ...), or "" for c_null_ptr (bitgen_name).
  function bitgen_name_f(bg) result(text)
    type(c_ptr), intent(in) :: bg
    character(len=:), allocatable :: text
    text = c_string(bitgen_name(bg))
  end function bitgen_name_f

  !> numpy.random.<name>(ss) for a NumPy class name (bitgen_new).
  function bitgen_new_f(name, ss) result(bg)
    character(len=*), intent(in) :: name
    type(c_ptr), intent(in) :: ss
    type(c_ptr) :: bg
    bg = bitgen_new(trim(name) // c_null_char, ss)
  end function bitgen_new_f

  !> SeedSequence(entropy) for entropy written as text: "12345", "0x8c3c...", "[3, 0x8c3c...]"
  !> (ss_new_str). c_null_ptr on failure.
  function ss_new_str_f(entropy) result(ss)
    character(len=*), intent(in) :: entropy
    type(c_ptr) :: ss
    ss = ss_new_str(trim(entropy) // c_null_char)
  end function ss_new_str_f

  !> SeedSequence(entropy, spawn_key=..., pool_size=..., n_children_spawned=...) (ss_new_ex);
  !> without entropy: OS entropy (pool_size * 32 bits, as NumPy).
  function ss_new_ex_f(entropy, spawn_key, pool_size, n_children_spawned) result(ss)
    character(len=*), intent(in), optional :: entropy
    integer(c_int64_t), intent(in) :: spawn_key(:)
    integer(c_size_t), intent(in) :: pool_size
    integer(c_int64_t), intent(in) :: n_children_spawned
    type(c_ptr) :: ss
    if (present(entropy)) then
      ss = with_text(entropy)
    else
      ss = ss_new_ex(c_null_ptr, spawn_key, size(spawn_key, kind=c_size_t), pool_size, &
          n_children_spawned)
    end if
  contains
    function with_text(text) result(ss)
      character(len=*), intent(in) :: text
      type(c_ptr) :: ss
      character(kind=c_char), target :: chars(len_trim(text) + 1)
      integer :: i
      do i = 1, len_trim(text)
        chars(i) = text(i:i)
      end do
      chars(size(chars)) = c_null_char
      ss = ss_new_ex(c_loc(chars), spawn_key, size(spawn_key, kind=c_size_t), pool_size, &
          n_children_spawned)
    end function with_text
  end function ss_new_ex_f

  !> The entropy as the text NumPy prints ("12345", "[1, 2, 3]"), which ss_new_str_f reads
  !> back; "" after a failure (ss_entropy_str).
  function ss_entropy_str_f(ss) result(text)
    type(c_ptr), intent(in) :: ss
    character(len=:), allocatable :: text
    character(kind=c_char) :: none(1)
    character(kind=c_char), allocatable :: buf(:)
    integer(c_size_t) :: n
    n = ss_entropy_str(ss, none, 0_c_size_t)
    allocate(buf(n + 1))
    if (n > 0) n = min(n, ss_entropy_str(ss, buf, n + 1))
    text = from_chars(buf, n)
  end function ss_entropy_str_f

  ! --- Arrays and handles ----------------------------------------------------------------------

  !> Philox(key=k, counter=c), words least significant first (philox_new_key); without
  !> counter: counter 0.
  function philox_new_key_f(key, counter) result(bg)
    integer(c_int64_t), intent(in) :: key(2)
    integer(c_int64_t), intent(in), optional :: counter(4)
    type(c_ptr) :: bg
    integer(c_int64_t), target :: words(4)
    if (present(counter)) then
      words = counter
      bg = philox_new_key(key, c_loc(words))
    else
      bg = philox_new_key(key, c_null_ptr)
    end if
  end function philox_new_key_f

  !> MT19937 seeded as RandomState([s0, s1, ...]) (mt19937_new_legacy_array).
  function mt19937_new_legacy_array_f(seeds) result(bg)
    integer(c_int32_t), intent(in) :: seeds(:)
    type(c_ptr) :: bg
    bg = mt19937_new_legacy_array(seeds, size(seeds, kind=c_size_t))
  end function mt19937_new_legacy_array_f

  !> SeedSequence([e0, e1, ...]), or SeedSequence(e0) for one element (ss_new).
  function ss_new_f(entropy) result(ss)
    integer(c_int64_t), intent(in) :: entropy(:)
    type(c_ptr) :: ss
    ss = ss_new(entropy, size(entropy, kind=c_size_t))
  end function ss_new_f

  !> SeedSequence(np.array(words, dtype=np.uint32)) (ss_new_u32).
  function ss_new_u32_f(words) result(ss)
    integer(c_int32_t), intent(in) :: words(:)
    type(c_ptr) :: ss
    ss = ss_new_u32(words, size(words, kind=c_size_t))
  end function ss_new_u32_f

  !> ss.spawn(size(children)) (ss_spawn). Free each child with ss_free (or ss_free_all).
  function ss_spawn_f(ss, children) result(status)
    type(c_ptr), intent(in) :: ss
    type(c_ptr), intent(inout) :: children(:)
    integer(c_int32_t) :: status
    status = ss_spawn(ss, size(children, kind=c_size_t), children)
  end function ss_spawn_f

  !> bg.spawn(size(children)) (bitgen_spawn). Free each child with bitgen_free (or
  !> bitgen_free_all).
  function bitgen_spawn_f(bg, children) result(status)
    type(c_ptr), intent(in) :: bg
    type(c_ptr), intent(inout) :: children(:)
    integer(c_int32_t) :: status
    status = bitgen_spawn(bg, size(children, kind=c_size_t), children)
  end function bitgen_spawn_f

  !> ss.spawn_key; empty for an empty key or after a failure (ss_spawn_key).
  function ss_spawn_key_f(ss) result(key)
    type(c_ptr), intent(in) :: ss
    integer(c_int64_t), allocatable :: key(:)
    integer(c_int64_t) :: none(1)
    integer(c_size_t) :: n
    n = ss_spawn_key(ss, none, 0_c_size_t)
    allocate(key(n))
    if (n > 0) n = ss_spawn_key(ss, key, n)
  end function ss_spawn_key_f

  !> bitgen_free on each handle, then sets it to c_null_ptr.
  subroutine bitgen_free_all(bgs)
    type(c_ptr), intent(inout) :: bgs(:)
    integer :: i
    do i = 1, size(bgs)
      call bitgen_free(bgs(i))
      bgs(i) = c_null_ptr
    end do
  end subroutine bitgen_free_all

  !> ss_free on each handle, then sets it to c_null_ptr.
  subroutine ss_free_all(sss)
    type(c_ptr), intent(inout) :: sss(:)
    integer :: i
    do i = 1, size(sss)
      call ss_free(sss(i))
      sss(i) = c_null_ptr
    end do
  end subroutine ss_free_all

  ! --- Checkpoints ---------------------------------------------------------------------------

  !> NumPy's bit_generator.state as JSON text; "" after a failure (bitgen_state_json).
  function bitgen_state_json_f(bg) result(text)
    type(c_ptr), intent(in) :: bg
    character(len=:), allocatable :: text
    character(kind=c_char) :: none(1)
    character(kind=c_char), allocatable :: buf(:)
    integer(c_size_t) :: n
    n = bitgen_state_json(bg, none, 0_c_size_t)
    allocate(buf(n + 1))
    if (n > 0) n = min(n, bitgen_state_json(bg, buf, n + 1))
    text = from_chars(buf, n)
  end function bitgen_state_json_f

  !> A new generator from NumPy's state dict as JSON (bitgen_from_state_json).
  function bitgen_from_state_json_f(json) result(bg)
    character(len=*), intent(in) :: json
    type(c_ptr) :: bg
    bg = bitgen_from_state_json(trim(json) // c_null_char)
  end function bitgen_from_state_json_f

  !> bg.state = json.loads(json) (bitgen_set_state_json).
  function bitgen_set_state_json_f(bg, json) result(status)
    type(c_ptr), intent(in) :: bg
    character(len=*), intent(in) :: json
    integer(c_int32_t) :: status
    status = bitgen_set_state_json(bg, trim(json) // c_null_char)
  end function bitgen_set_state_json_f

  !> A binary checkpoint of bg in bytes, allocated to its size (bitgen_state_save); bytes is
  !> empty unless the status is RNG_OK.
  function bitgen_state_save_f(bg, bytes) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), allocatable, intent(out) :: bytes(:)
    integer(c_int32_t) :: status
    integer(c_int8_t) :: none(1)
    integer(c_size_t) :: n, cap
    n = 0
    ! The size query (cap 0): RNG_ERR_BUFFER_TOO_SMALL with the size.
    status = bitgen_state_save(bg, none, 0_c_size_t, n)
    if (status == RNG_OK .or. status == RNG_ERR_BUFFER_TOO_SMALL) then
      cap = n
      allocate(bytes(cap))
      status = bitgen_state_save(bg, bytes, cap, n)
    end if
    if (status /= RNG_OK .and. allocated(bytes)) deallocate(bytes)
    if (.not. allocated(bytes)) allocate(bytes(0))
  end function bitgen_state_save_f

  !> A new generator from bitgen_state_save_f's bytes (bitgen_state_load).
  function bitgen_state_load_f(bytes) result(bg)
    integer(c_int8_t), intent(in) :: bytes(:)
    type(c_ptr) :: bg
    bg = bitgen_state_load(bytes, size(bytes, kind=c_size_t))
  end function bitgen_state_load_f

  !> NumPy's ss.state as JSON text; "" after a failure (ss_state_json).
  function ss_state_json_f(ss) result(text)
    type(c_ptr), intent(in) :: ss
    character(len=:), allocatable :: text
    character(kind=c_char) :: none(1)
    character(kind=c_char), allocatable :: buf(:)
    integer(c_size_t) :: n
    n = ss_state_json(ss, none, 0_c_size_t)
    allocate(buf(n + 1))
    if (n > 0) n = min(n, ss_state_json(ss, buf, n + 1))
    text = from_chars(buf, n)
  end function ss_state_json_f

  !> A new seed sequence from ss_state_json_f's text (ss_from_state_json).
  function ss_from_state_json_f(json) result(ss)
    character(len=*), intent(in) :: json
    type(c_ptr) :: ss
    ss = ss_from_state_json(trim(json) // c_null_char)
  end function ss_from_state_json_f

  !> A binary checkpoint of ss in bytes, allocated to its size (ss_state_save); bytes is empty
  !> unless the status is RNG_OK.
  function ss_state_save_f(ss, bytes) result(status)
    type(c_ptr), intent(in) :: ss
    integer(c_int8_t), allocatable, intent(out) :: bytes(:)
    integer(c_int32_t) :: status
    integer(c_int8_t) :: none(1)
    integer(c_size_t) :: n, cap
    n = 0
    status = ss_state_save(ss, none, 0_c_size_t, n)
    if (status == RNG_OK .or. status == RNG_ERR_BUFFER_TOO_SMALL) then
      cap = n
      allocate(bytes(cap))
      status = ss_state_save(ss, bytes, cap, n)
    end if
    if (status /= RNG_OK .and. allocated(bytes)) deallocate(bytes)
    if (.not. allocated(bytes)) allocate(bytes(0))
  end function ss_state_save_f

  !> A new seed sequence from ss_state_save_f's bytes (ss_state_load).
  function ss_state_load_f(bytes) result(ss)
    integer(c_int8_t), intent(in) :: bytes(:)
    type(c_ptr) :: ss
    ss = ss_state_load(bytes, size(bytes, kind=c_size_t))
  end function ss_state_load_f

  ! --- Buffers: <name>_f passes size(out) as the count, as described at the top ----------------

  function bitgen_random_raw_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = bitgen_random_raw(bg, out, size(out, kind=c_size_t))
  end function bitgen_random_raw_f

  function bitgen_fill_u64_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = bitgen_fill_u64(bg, out, size(out, kind=c_size_t))
  end function bitgen_fill_u64_f

  function bitgen_fill_u32_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = bitgen_fill_u32(bg, out, size(out, kind=c_size_t))
  end function bitgen_fill_u32_f

  function bitgen_fill_double_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = bitgen_fill_double(bg, out, size(out, kind=c_size_t))
  end function bitgen_fill_double_f

  ! --- choice, bytes and the shuffles ---------------------------------------------------------
  !
  ! Fortran arrays are column-major: a Fortran array of shape (m, n) is, in memory, the C array
  ! of shape (n, m) that NumPy would see. So dimension dim of a rank-r Fortran array is NumPy's
  ! axis r - dim: rng_shuffle_f(bg, a, 2) on a(m, n) equals NumPy's shuffle(A, axis=0) where A
  ! is a's memory as an (n, m) C array (A = transpose(a)); dim = 1 is axis = 1.

  !> Generator.bytes(size(out)) into an int8 array (rng_bytes), or bytes into all len(text)
  !> characters of a string. Draws whole 32-bit values, one even for no bytes, as NumPy does.
  function rng_bytes_i8_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_bytes(bg, out, size(out, kind=c_size_t))
  end function rng_bytes_i8_f

  function rng_bytes_char_f(bg, text) result(status)
    type(c_ptr), intent(in) :: bg
    character(len=*), intent(inout) :: text
    integer(c_int32_t) :: status
    integer(c_int8_t) :: buf(len(text))
    integer :: i
    status = rng_bytes(bg, buf, size(buf, kind=c_size_t))
    if (status == RNG_OK) then
      do i = 1, len(text)
        text(i:i) = achar(iand(int(buf(i)), 255))
      end do
    end if
  end function rng_bytes_char_f

  !> Generator.choice(a, size=size(out), replace=replace, shuffle=shuffle) (rng_choice): the
  !> chosen indices of arange(a), 0-based as in NumPy. replace and shuffle default to .true.
  function rng_choice_f(bg, a, out, replace, shuffle) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: a
    integer(c_int64_t), intent(out) :: out(:)
    logical, intent(in), optional :: replace, shuffle
    integer(c_int32_t) :: status
    status = rng_choice(bg, a, c_null_ptr, flag(replace), flag(shuffle), out, &
        size(out, kind=c_size_t))
  end function rng_choice_f

  !> Generator.choice(size(p), size=size(out), replace=replace, p=p, shuffle=shuffle)
  !> (rng_choice): 0-based indices drawn with the probabilities p.
  function rng_choice_p_f(bg, p, out, replace, shuffle) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in), target, contiguous :: p(:)
    integer(c_int64_t), intent(out) :: out(:)
    logical, intent(in), optional :: replace, shuffle
    integer(c_int32_t) :: status
    real(c_double), target :: none(1)
    type(c_ptr) :: pp
    pp = c_loc(none)  ! an empty p is still a p (NumPy: it does not sum to 1)
    if (size(p) > 0) pp = c_loc(p)
    status = rng_choice(bg, size(p, kind=c_int64_t), pp, flag(replace), flag(shuffle), out, &
        size(out, kind=c_size_t))
  end function rng_choice_p_f

  !> An optional logical as a C bool, .true. when absent.
  pure function flag(x) result(b)
    logical, intent(in), optional :: x
    logical(c_bool) :: b
    b = .true.
    if (present(x)) b = logical(x, c_bool)
  end function flag

  !> p, or c_null_ptr for an empty array.
  function first_of(n, p) result(q)
    integer, intent(in) :: n
    type(c_ptr), intent(in) :: p
    type(c_ptr) :: q
    q = c_null_ptr
    if (n > 0) q = p
  end function first_of

  !> NumPy's axis of dimension dim of a rank-r Fortran array: r - dim; r (out of bounds, which
  !> the library refuses) for a dim outside 1..r.
  pure function c_axis(r, dim) result(axis)
    integer, intent(in) :: r, dim
    integer(c_size_t) :: axis
    axis = int(r, c_size_t)
    if (dim >= 1 .and. dim <= r) axis = int(r - dim, c_size_t)
  end function c_axis

  !> A Fortran shape as the C shape of the same memory: reversed.
  pure function c_shape(s) result(c)
    integer, intent(in) :: s(:)
    integer(c_size_t) :: c(size(s))
    c = int(s(size(s):1:-1), c_size_t)
  end function c_shape

  ! rng_shuffle_f(bg, data) shuffles a rank-1 array of any of these types (NumPy's
  ! shuffle(x)); rng_shuffle_f(bg, data, dim) reorders a rank-2 or rank-3 array's slices along
  ! dimension dim (NumPy's axis rank - dim). rng_permuted_f(bg, data[, dim]) shuffles each lane
  ! along dim on its own, or without dim all elements in memory order (NumPy's
  ! permuted(x, axis=None) of an F-contiguous x). rng_permutation_dim_f(bg, x, out[, dim])
  ! allocates out to x's shape and fills it with x's slices along dim in a random order.
  ! A non-contiguous actual argument is copied in and out, which gives the same result.

  function rng_shuffle_i8_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_i8_1

  function rng_shuffle_i16_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_i16_1

  function rng_shuffle_i32_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_i32_1

  function rng_shuffle_i64_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_i64_1

  function rng_shuffle_r32_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_r32_1

  function rng_shuffle_r64_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_r64_1

  function rng_shuffle_c32_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    complex(c_float_complex), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_c32_1

  function rng_shuffle_c64_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    complex(c_double_complex), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_c64_1

  function rng_shuffle_lg_1(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    logical(c_bool), intent(inout), target, contiguous :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle(bg, first_of(size(data), c_loc(data)), size(data, kind=c_size_t), &
        int(storage_size(data) / 8, c_size_t))
  end function rng_shuffle_lg_1

  function rng_shuffle_i32_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(2, dim))
  end function rng_shuffle_i32_2

  function rng_shuffle_i64_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(2, dim))
  end function rng_shuffle_i64_2

  function rng_shuffle_r32_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(2, dim))
  end function rng_shuffle_r32_2

  function rng_shuffle_r64_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(2, dim))
  end function rng_shuffle_r64_2

  function rng_shuffle_i32_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(3, dim))
  end function rng_shuffle_i32_3

  function rng_shuffle_i64_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(3, dim))
  end function rng_shuffle_i64_3

  function rng_shuffle_r32_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(3, dim))
  end function rng_shuffle_r32_3

  function rng_shuffle_r64_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    status = rng_shuffle_axis(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), c_axis(3, dim))
  end function rng_shuffle_r64_3

  function rng_permuted_i32_1(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(1, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 1_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i32_1

  function rng_permutation_i32_1(bg, x, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in), target, contiguous :: x(:)
    integer(c_int32_t), intent(out), allocatable, target :: out(:)
    integer(c_int32_t) :: status
    allocate(out(size(x, 1)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 1_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(1, 1))
  end function rng_permutation_i32_1

  function rng_permuted_i64_1(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(1, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 1_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i64_1

  function rng_permutation_i64_1(bg, x, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in), target, contiguous :: x(:)
    integer(c_int64_t), intent(out), allocatable, target :: out(:)
    integer(c_int32_t) :: status
    allocate(out(size(x, 1)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 1_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(1, 1))
  end function rng_permutation_i64_1

  function rng_permuted_r32_1(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(1, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 1_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r32_1

  function rng_permutation_r32_1(bg, x, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(in), target, contiguous :: x(:)
    real(c_float), intent(out), allocatable, target :: out(:)
    integer(c_int32_t) :: status
    allocate(out(size(x, 1)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 1_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(1, 1))
  end function rng_permutation_r32_1

  function rng_permuted_r64_1(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(1, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 1_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r64_1

  function rng_permutation_r64_1(bg, x, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in), target, contiguous :: x(:)
    real(c_double), intent(out), allocatable, target :: out(:)
    integer(c_int32_t) :: status
    allocate(out(size(x, 1)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 1_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(1, 1))
  end function rng_permutation_r64_1

  function rng_permuted_i32_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(2, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i32_2

  function rng_permutation_i32_2(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in), target, contiguous :: x(:,:)
    integer(c_int32_t), intent(out), allocatable, target :: out(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 2_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(2, dim))
  end function rng_permutation_i32_2

  function rng_permuted_i64_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(2, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i64_2

  function rng_permutation_i64_2(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in), target, contiguous :: x(:,:)
    integer(c_int64_t), intent(out), allocatable, target :: out(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 2_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(2, dim))
  end function rng_permutation_i64_2

  function rng_permuted_r32_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(2, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r32_2

  function rng_permutation_r32_2(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(in), target, contiguous :: x(:,:)
    real(c_float), intent(out), allocatable, target :: out(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 2_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(2, dim))
  end function rng_permutation_r32_2

  function rng_permuted_r64_2(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(2, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 2_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r64_2

  function rng_permutation_r64_2(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in), target, contiguous :: x(:,:)
    real(c_double), intent(out), allocatable, target :: out(:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 2_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(2, dim))
  end function rng_permutation_r64_2

  function rng_permuted_i32_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(3, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i32_3

  function rng_permutation_i32_3(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in), target, contiguous :: x(:,:,:)
    integer(c_int32_t), intent(out), allocatable, target :: out(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2), size(x, 3)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 3_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(3, dim))
  end function rng_permutation_i32_3

  function rng_permuted_i64_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(3, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_i64_3

  function rng_permutation_i64_3(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in), target, contiguous :: x(:,:,:)
    integer(c_int64_t), intent(out), allocatable, target :: out(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2), size(x, 3)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 3_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(3, dim))
  end function rng_permutation_i64_3

  function rng_permuted_r32_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(3, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r32_3

  function rng_permutation_r32_3(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(in), target, contiguous :: x(:,:,:)
    real(c_float), intent(out), allocatable, target :: out(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2), size(x, 3)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 3_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(3, dim))
  end function rng_permutation_r32_3

  function rng_permuted_r64_3(bg, data, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout), target, contiguous :: data(:,:,:)
    integer, intent(in), optional :: dim
    integer(c_int32_t) :: status
    integer(c_size_t) :: axis
    axis = RNG_AXIS_NONE
    if (present(dim)) axis = c_axis(3, dim)
    status = rng_permuted(bg, first_of(size(data), c_loc(data)), 3_c_size_t, &
        c_shape(shape(data)), int(storage_size(data) / 8, c_size_t), axis)
  end function rng_permuted_r64_3

  function rng_permutation_r64_3(bg, x, out, dim) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in), target, contiguous :: x(:,:,:)
    real(c_double), intent(out), allocatable, target :: out(:,:,:)
    integer, intent(in) :: dim
    integer(c_int32_t) :: status
    allocate(out(size(x, 1), size(x, 2), size(x, 3)))
    status = rng_permutation_axis(bg, first_of(size(x), c_loc(x)), &
        first_of(size(out), c_loc(out)), 3_c_size_t, c_shape(shape(x)), &
        int(storage_size(x) / 8, c_size_t), c_axis(3, dim))
  end function rng_permutation_r64_3


  ! BEGIN GENERATED: wrappers (python3 scripts/gen/methods.py; do not edit)
  function rng_random_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_random(bg, out, size(out, kind=c_size_t))
  end function rng_random_f

  function rng_random_f32_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_random_f32(bg, out, size(out, kind=c_size_t))
  end function rng_random_f32_f

  function rng_uniform_f(bg, low, high, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: low, high
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_uniform(bg, low, high, out, size(out, kind=c_size_t))
  end function rng_uniform_f

  function rng_uniform_v_f(bg, low, high, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: low(:)
    real(c_double), intent(in) :: high(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_uniform_v(bg, low, high, out, size(out, kind=c_size_t))
  end function rng_uniform_v_f

  function rng_standard_normal_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_normal(bg, out, size(out, kind=c_size_t))
  end function rng_standard_normal_f

  function rng_standard_normal_f32_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_normal_f32(bg, out, size(out, kind=c_size_t))
  end function rng_standard_normal_f32_f

  function rng_normal_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_normal(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_normal_f

  function rng_normal_v_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(loc) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_normal_v(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_normal_v_f

  function rng_standard_exponential_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_exponential(bg, out, size(out, kind=c_size_t))
  end function rng_standard_exponential_f

  function rng_standard_exponential_f32_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_exponential_f32(bg, out, size(out, kind=c_size_t))
  end function rng_standard_exponential_f32_f

  function rng_standard_exponential_inv_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_exponential_inv(bg, out, size(out, kind=c_size_t))
  end function rng_standard_exponential_inv_f

  function rng_standard_exponential_inv_f32_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_exponential_inv_f32(bg, out, size(out, kind=c_size_t))
  end function rng_standard_exponential_inv_f32_f

  function rng_exponential_f(bg, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_exponential(bg, scale, out, size(out, kind=c_size_t))
  end function rng_exponential_f

  function rng_exponential_v_f(bg, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_exponential_v(bg, scale, out, size(out, kind=c_size_t))
  end function rng_exponential_v_f

  function rng_lognormal_f(bg, mean, sigma, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mean, sigma
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_lognormal(bg, mean, sigma, out, size(out, kind=c_size_t))
  end function rng_lognormal_f

  function rng_lognormal_v_f(bg, mean, sigma, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mean(:)
    real(c_double), intent(in) :: sigma(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(mean) /= size(out) .or. size(sigma) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_lognormal_v(bg, mean, sigma, out, size(out, kind=c_size_t))
  end function rng_lognormal_v_f

  function rng_standard_gamma_f(bg, shape, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: shape
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_gamma(bg, shape, out, size(out, kind=c_size_t))
  end function rng_standard_gamma_f

  function rng_standard_gamma_v_f(bg, shape, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: shape(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(shape) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_standard_gamma_v(bg, shape, out, size(out, kind=c_size_t))
  end function rng_standard_gamma_v_f

  function rng_standard_gamma_f32_f(bg, shape, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(in) :: shape
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_gamma_f32(bg, shape, out, size(out, kind=c_size_t))
  end function rng_standard_gamma_f32_f

  function rng_standard_gamma_f32_v_f(bg, shape, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_float), intent(in) :: shape(:)
    real(c_float), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(shape) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_standard_gamma_f32_v(bg, shape, out, size(out, kind=c_size_t))
  end function rng_standard_gamma_f32_v_f

  function rng_gamma_f(bg, shape, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: shape, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_gamma(bg, shape, scale, out, size(out, kind=c_size_t))
  end function rng_gamma_f

  function rng_gamma_v_f(bg, shape, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: shape(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(shape) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_gamma_v(bg, shape, scale, out, size(out, kind=c_size_t))
  end function rng_gamma_v_f

  function rng_beta_f(bg, a, b, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a, b
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_beta(bg, a, b, out, size(out, kind=c_size_t))
  end function rng_beta_f

  function rng_beta_v_f(bg, a, b, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a(:)
    real(c_double), intent(in) :: b(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(a) /= size(out) .or. size(b) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_beta_v(bg, a, b, out, size(out, kind=c_size_t))
  end function rng_beta_v_f

  function rng_chisquare_f(bg, df, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_chisquare(bg, df, out, size(out, kind=c_size_t))
  end function rng_chisquare_f

  function rng_chisquare_v_f(bg, df, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(df) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_chisquare_v(bg, df, out, size(out, kind=c_size_t))
  end function rng_chisquare_v_f

  function rng_f_f(bg, dfnum, dfden, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: dfnum, dfden
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_f(bg, dfnum, dfden, out, size(out, kind=c_size_t))
  end function rng_f_f

  function rng_f_v_f(bg, dfnum, dfden, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: dfnum(:)
    real(c_double), intent(in) :: dfden(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(dfnum) /= size(out) .or. size(dfden) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_f_v(bg, dfnum, dfden, out, size(out, kind=c_size_t))
  end function rng_f_v_f

  function rng_noncentral_chisquare_f(bg, df, nonc, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df, nonc
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_noncentral_chisquare(bg, df, nonc, out, size(out, kind=c_size_t))
  end function rng_noncentral_chisquare_f

  function rng_noncentral_chisquare_v_f(bg, df, nonc, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df(:)
    real(c_double), intent(in) :: nonc(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(df) /= size(out) .or. size(nonc) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_noncentral_chisquare_v(bg, df, nonc, out, size(out, kind=c_size_t))
  end function rng_noncentral_chisquare_v_f

  function rng_noncentral_f_f(bg, dfnum, dfden, nonc, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: dfnum, dfden, nonc
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_noncentral_f(bg, dfnum, dfden, nonc, out, size(out, kind=c_size_t))
  end function rng_noncentral_f_f

  function rng_noncentral_f_v_f(bg, dfnum, dfden, nonc, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: dfnum(:)
    real(c_double), intent(in) :: dfden(:)
    real(c_double), intent(in) :: nonc(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(dfnum) /= size(out) .or. size(dfden) /= size(out) .or. size(nonc) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_noncentral_f_v(bg, dfnum, dfden, nonc, out, size(out, kind=c_size_t))
  end function rng_noncentral_f_v_f

  function rng_vonmises_f(bg, mu, kappa, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mu, kappa
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_vonmises(bg, mu, kappa, out, size(out, kind=c_size_t))
  end function rng_vonmises_f

  function rng_vonmises_v_f(bg, mu, kappa, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mu(:)
    real(c_double), intent(in) :: kappa(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(mu) /= size(out) .or. size(kappa) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_vonmises_v(bg, mu, kappa, out, size(out, kind=c_size_t))
  end function rng_vonmises_v_f

  function rng_poisson_f(bg, lam, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: lam
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_poisson(bg, lam, out, size(out, kind=c_size_t))
  end function rng_poisson_f

  function rng_poisson_v_f(bg, lam, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: lam(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(lam) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_poisson_v(bg, lam, out, size(out, kind=c_size_t))
  end function rng_poisson_v_f

  function rng_binomial_f(bg, ntrials, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ntrials
    real(c_double), intent(in) :: p
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_binomial(bg, ntrials, p, out, size(out, kind=c_size_t))
  end function rng_binomial_f

  function rng_binomial_v_f(bg, ntrials, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ntrials(:)
    real(c_double), intent(in) :: p(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(ntrials) /= size(out) .or. size(p) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_binomial_v(bg, ntrials, p, out, size(out, kind=c_size_t))
  end function rng_binomial_v_f

  function rng_geometric_f(bg, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: p
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_geometric(bg, p, out, size(out, kind=c_size_t))
  end function rng_geometric_f

  function rng_geometric_v_f(bg, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: p(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(p) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_geometric_v(bg, p, out, size(out, kind=c_size_t))
  end function rng_geometric_v_f

  function rng_negative_binomial_f(bg, n, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: n, p
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_negative_binomial(bg, n, p, out, size(out, kind=c_size_t))
  end function rng_negative_binomial_f

  function rng_negative_binomial_v_f(bg, n, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: n(:)
    real(c_double), intent(in) :: p(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(n) /= size(out) .or. size(p) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_negative_binomial_v(bg, n, p, out, size(out, kind=c_size_t))
  end function rng_negative_binomial_v_f

  function rng_logseries_f(bg, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: p
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_logseries(bg, p, out, size(out, kind=c_size_t))
  end function rng_logseries_f

  function rng_logseries_v_f(bg, p, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: p(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(p) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_logseries_v(bg, p, out, size(out, kind=c_size_t))
  end function rng_logseries_v_f

  function rng_zipf_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_zipf(bg, a, out, size(out, kind=c_size_t))
  end function rng_zipf_f

  function rng_zipf_v_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(a) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_zipf_v(bg, a, out, size(out, kind=c_size_t))
  end function rng_zipf_v_f

  function rng_hypergeometric_f(bg, ngood, nbad, nsample, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ngood, nbad, nsample
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_hypergeometric(bg, ngood, nbad, nsample, out, size(out, kind=c_size_t))
  end function rng_hypergeometric_f

  function rng_hypergeometric_v_f(bg, ngood, nbad, nsample, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ngood(:)
    integer(c_int64_t), intent(in) :: nbad(:)
    integer(c_int64_t), intent(in) :: nsample(:)
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(ngood) /= size(out) .or. size(nbad) /= size(out) .or. size(nsample) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_hypergeometric_v(bg, ngood, nbad, nsample, out, size(out, kind=c_size_t))
  end function rng_hypergeometric_v_f

  function rng_integers_i64_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_i64(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i64_f

  function rng_next_integers_i64_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_i64(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_i64_f

  function rng_integers_i64_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low(:)
    integer(c_int64_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_i64_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i64_v_f

  function rng_integers_i32_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_i32(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i32_f

  function rng_next_integers_i32_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_i32(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_i32_f

  function rng_integers_i32_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low(:)
    integer(c_int32_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_i32_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i32_v_f

  function rng_integers_i16_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_i16(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i16_f

  function rng_next_integers_i16_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_i16(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_i16_f

  function rng_integers_i16_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low(:)
    integer(c_int16_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_i16_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i16_v_f

  function rng_integers_i8_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_i8(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i8_f

  function rng_next_integers_i8_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_i8(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_i8_f

  function rng_integers_i8_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low(:)
    integer(c_int8_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_i8_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_i8_v_f

  function rng_integers_u64_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_u64(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u64_f

  function rng_next_integers_u64_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_u64(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_u64_f

  function rng_integers_u64_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: low(:)
    integer(c_int64_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_u64_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u64_v_f

  function rng_integers_u32_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_u32(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u32_f

  function rng_next_integers_u32_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_u32(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_u32_f

  function rng_integers_u32_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int32_t), intent(in) :: low(:)
    integer(c_int32_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_u32_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u32_v_f

  function rng_integers_u16_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_u16(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u16_f

  function rng_next_integers_u16_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_u16(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_u16_f

  function rng_integers_u16_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int16_t), intent(in) :: low(:)
    integer(c_int16_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int16_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_u16_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u16_v_f

  function rng_integers_u8_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_u8(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u8_f

  function rng_next_integers_u8_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_u8(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_u8_f

  function rng_integers_u8_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low(:)
    integer(c_int8_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    integer(c_int8_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_u8_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_u8_v_f

  function rng_integers_bool_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    logical(c_bool), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_integers_bool(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_bool_f

  function rng_next_integers_bool_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low, high
    logical, intent(in) :: endpoint
    logical(c_bool), intent(out) :: out
    integer(c_int32_t) :: status
    status = rng_next_integers_bool(bg, low, high, logical(endpoint, c_bool), out)
  end function rng_next_integers_bool_f

  function rng_integers_bool_v_f(bg, low, high, endpoint, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int8_t), intent(in) :: low(:)
    integer(c_int8_t), intent(in) :: high(:)
    logical, intent(in) :: endpoint
    logical(c_bool), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(low) /= size(out) .or. size(high) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_integers_bool_v(bg, low, high, logical(endpoint, c_bool), out, &
        size(out, kind=c_size_t))
  end function rng_integers_bool_v_f

  function rng_permutation_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_permutation(bg, out, size(out, kind=c_size_t))
  end function rng_permutation_f

  function rng_shuffle_i64_f(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(inout) :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle_i64(bg, data, size(data, kind=c_size_t))
  end function rng_shuffle_i64_f

  function rng_shuffle_f64_f(bg, data) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(inout) :: data(:)
    integer(c_int32_t) :: status
    status = rng_shuffle_f64(bg, data, size(data, kind=c_size_t))
  end function rng_shuffle_f64_f

  function rng_standard_cauchy_f(bg, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_cauchy(bg, out, size(out, kind=c_size_t))
  end function rng_standard_cauchy_f

  function rng_standard_t_f(bg, df, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_standard_t(bg, df, out, size(out, kind=c_size_t))
  end function rng_standard_t_f

  function rng_standard_t_v_f(bg, df, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: df(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(df) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_standard_t_v(bg, df, out, size(out, kind=c_size_t))
  end function rng_standard_t_v_f

  function rng_pareto_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_pareto(bg, a, out, size(out, kind=c_size_t))
  end function rng_pareto_f

  function rng_pareto_v_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(a) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_pareto_v(bg, a, out, size(out, kind=c_size_t))
  end function rng_pareto_v_f

  function rng_weibull_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_weibull(bg, a, out, size(out, kind=c_size_t))
  end function rng_weibull_f

  function rng_weibull_v_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(a) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_weibull_v(bg, a, out, size(out, kind=c_size_t))
  end function rng_weibull_v_f

  function rng_power_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_power(bg, a, out, size(out, kind=c_size_t))
  end function rng_power_f

  function rng_power_v_f(bg, a, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: a(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(a) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_power_v(bg, a, out, size(out, kind=c_size_t))
  end function rng_power_v_f

  function rng_laplace_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_laplace(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_laplace_f

  function rng_laplace_v_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(loc) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_laplace_v(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_laplace_v_f

  function rng_gumbel_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_gumbel(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_gumbel_f

  function rng_gumbel_v_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(loc) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_gumbel_v(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_gumbel_v_f

  function rng_logistic_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_logistic(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_logistic_f

  function rng_logistic_v_f(bg, loc, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: loc(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(loc) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_logistic_v(bg, loc, scale, out, size(out, kind=c_size_t))
  end function rng_logistic_v_f

  function rng_rayleigh_f(bg, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_rayleigh(bg, scale, out, size(out, kind=c_size_t))
  end function rng_rayleigh_f

  function rng_rayleigh_v_f(bg, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_rayleigh_v(bg, scale, out, size(out, kind=c_size_t))
  end function rng_rayleigh_v_f

  function rng_wald_f(bg, mean, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mean, scale
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_wald(bg, mean, scale, out, size(out, kind=c_size_t))
  end function rng_wald_f

  function rng_wald_v_f(bg, mean, scale, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mean(:)
    real(c_double), intent(in) :: scale(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(mean) /= size(out) .or. size(scale) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_wald_v(bg, mean, scale, out, size(out, kind=c_size_t))
  end function rng_wald_v_f

  function rng_triangular_f(bg, left, mode, right, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: left, mode, right
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = rng_triangular(bg, left, mode, right, out, size(out, kind=c_size_t))
  end function rng_triangular_f

  function rng_triangular_v_f(bg, left, mode, right, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: left(:)
    real(c_double), intent(in) :: mode(:)
    real(c_double), intent(in) :: right(:)
    real(c_double), intent(out) :: out(:)
    integer(c_int32_t) :: status
    if (size(left) /= size(out) .or. size(mode) /= size(out) .or. size(right) /= size(out)) then
      status = RNG_ERR_INVALID_ARGUMENT  ! arrays of another size than out
      return
    end if
    status = rng_triangular_v(bg, left, mode, right, out, size(out, kind=c_size_t))
  end function rng_triangular_v_f
  ! END GENERATED: wrappers

  function ss_generate_state_u32_f(ss, out) result(status)
    type(c_ptr), intent(in) :: ss
    integer(c_int32_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = ss_generate_state_u32(ss, out, size(out, kind=c_size_t))
  end function ss_generate_state_u32_f

  function ss_generate_state_u64_f(ss, out) result(status)
    type(c_ptr), intent(in) :: ss
    integer(c_int64_t), intent(out) :: out(:)
    integer(c_int32_t) :: status
    status = ss_generate_state_u64(ss, out, size(out, kind=c_size_t))
  end function ss_generate_state_u64_f

  !> Generator(bg).multivariate_normal(mean, cov, size=n, check_valid, tol, method=method)
  !> into out(k, n): column out(:, i) is the i-th draw (NumPy's row i-1), k = size(mean).
  !> cov(i, j) is NumPy's cov[i-1][j-1] (eigh and cholesky read its lower triangle, i >= j).
  !> check_valid ("warn"), tol (1d-8) and method ("svd") take NumPy's defaults when absent.
  !> Returns RNG_OK, RNG_WARN_NOT_PSD (written, with NumPy's warning: see rng_last_error_f()),
  !> or the C function's error status, with nothing drawn or written; RNG_ERR_INVALID_ARGUMENT
  !> without a library message when cov is not k x k or out has not k rows.
  function rng_multivariate_normal_f(bg, mean, cov, out, check_valid, tol, method) &
      result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: mean(:), cov(:, :)
    real(c_double), intent(out) :: out(:, :)
    character(len=*), intent(in), optional :: check_valid, method
    real(c_double), intent(in), optional :: tol
    integer(c_int32_t) :: status
    character(len=:), allocatable :: cv, m
    real(c_double) :: t
    integer(c_size_t) :: k
    k = size(mean, kind=c_size_t)
    if (size(cov, 1, kind=c_size_t) /= k .or. size(cov, 2, kind=c_size_t) /= k .or. &
        size(out, 1, kind=c_size_t) /= k) then
      status = RNG_ERR_INVALID_ARGUMENT
      return
    end if
    cv = "warn"
    if (present(check_valid)) cv = trim(check_valid)
    m = "svd"
    if (present(method)) m = trim(method)
    t = 1.0e-8_c_double
    if (present(tol)) t = tol
    status = rng_multivariate_normal(bg, mean, transpose(cov), k, cv // c_null_char, t, &
        m // c_null_char, out, size(out, 2, kind=c_size_t))
  end function rng_multivariate_normal_f

  ! --- The vector-valued methods ----------------------------------------------------------------
  ! Fortran is column-major, so out(k, n) holds n rows of k values, one row per column: out(:, i)
  ! is NumPy's row i (NumPy's result transposed). The wrappers take k from pvals, alpha or colors
  ! and n from size(out, 2); an out whose first extent is not k gets RNG_ERR_INVALID_ARGUMENT
  ! from the wrapper itself, with nothing drawn (rng_last_error_f() is then not updated).

  !> Generator.multinomial(ntrials, pvals, size=n) into out(size(pvals), n).
  function rng_multinomial_f(bg, ntrials, pvals, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ntrials
    real(c_double), intent(in) :: pvals(:)
    integer(c_int64_t), intent(out) :: out(:, :)
    integer(c_int32_t) :: status
    status = RNG_ERR_INVALID_ARGUMENT
    if (size(out, 1) /= size(pvals) .and. size(out, 2) > 0) return
    status = rng_multinomial(bg, ntrials, pvals, size(pvals, kind=c_size_t), out, &
        size(out, 2, kind=c_size_t))
  end function rng_multinomial_f

  !> NumPy's vector path: column i of out draws ntrials(i) trials over pvals(:, i); out and
  !> pvals are (k, n) with n = size(ntrials).
  function rng_multinomial_v_f(bg, ntrials, pvals, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: ntrials(:)
    real(c_double), intent(in) :: pvals(:, :)
    integer(c_int64_t), intent(out) :: out(:, :)
    integer(c_int32_t) :: status
    status = RNG_ERR_INVALID_ARGUMENT
    if (any(shape(out) /= shape(pvals)) .or. size(pvals, 2) /= size(ntrials)) return
    status = rng_multinomial_v(bg, ntrials, pvals, size(pvals, 1, kind=c_size_t), out, &
        size(ntrials, kind=c_size_t))
  end function rng_multinomial_v_f

  !> Generator.dirichlet(alpha, size=n) into out(size(alpha), n).
  function rng_dirichlet_f(bg, alpha, out) result(status)
    type(c_ptr), intent(in) :: bg
    real(c_double), intent(in) :: alpha(:)
    real(c_double), intent(out) :: out(:, :)
    integer(c_int32_t) :: status
    status = RNG_ERR_INVALID_ARGUMENT
    if (size(out, 1) /= size(alpha) .and. size(out, 2) > 0) return
    status = rng_dirichlet(bg, alpha, size(alpha, kind=c_size_t), out, size(out, 2, kind=c_size_t))
  end function rng_dirichlet_f

  !> Generator.multivariate_hypergeometric(colors, nsample, size=n, method=method) into
  !> out(size(colors), n); method is "marginals" or "count".
  function rng_multivariate_hypergeometric_f(bg, colors, nsample, method, out) result(status)
    type(c_ptr), intent(in) :: bg
    integer(c_int64_t), intent(in) :: colors(:)
    integer(c_int64_t), intent(in) :: nsample
    character(len=*), intent(in) :: method
    integer(c_int64_t), intent(out) :: out(:, :)
    integer(c_int32_t) :: status
    status = RNG_ERR_INVALID_ARGUMENT
    if (size(out, 1) /= size(colors) .and. size(out, 2) > 0) return
    status = rng_multivariate_hypergeometric(bg, colors, size(colors, kind=c_size_t), nsample, &
        trim(method) // c_null_char, out, size(out, 2, kind=c_size_t))
  end function rng_multivariate_hypergeometric_f

  ! --- Private helpers -------------------------------------------------------------------------

  !> A copy of the NUL-terminated C string at p ("" for c_null_ptr).
  function c_string(p) result(text)
    type(c_ptr), intent(in) :: p
    character(len=:), allocatable :: text
    character(kind=c_char), pointer :: chars(:)
    integer(c_size_t) :: n, i
    interface
      ! The C library's strlen (declared here, not in the module, to keep it out of its scope).
      function c_strlen(s) bind(C, name="strlen")
        import :: c_ptr, c_size_t
        integer(c_size_t) :: c_strlen
        type(c_ptr), value :: s
      end function c_strlen
    end interface
    if (.not. c_associated(p)) then
      text = ""
      return
    end if
    n = c_strlen(p)
    call c_f_pointer(p, chars, [n])
    allocate(character(len=n) :: text)
    do i = 1, n
      text(i:i) = chars(i)
    end do
  end function c_string

  !> The first n characters of chars as a Fortran string.
  function from_chars(chars, n) result(text)
    character(kind=c_char), intent(in) :: chars(:)
    integer(c_size_t), intent(in) :: n
    character(len=:), allocatable :: text
    integer(c_size_t) :: i
    allocate(character(len=n) :: text)
    do i = 1, n
      text(i:i) = chars(i)
    end do
  end function from_chars

end module randstreams
