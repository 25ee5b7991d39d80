! Checks shared by the Fortran tests: each check counts as passed or failed (and prints what
! failed), and finish() prints "N passed, M failed" and stops with a failure status if M > 0.
! Values are compared bit for bit: integers as 64- or 32-bit patterns written in hex (the C
! API's unsigned integers are Fortran signed integers with the same bits), reals through
! transfer() to an integer of the same size.
module rs_testing
  use, intrinsic :: iso_c_binding, only: c_double, c_float, c_int32_t, c_int64_t
  implicit none
  private
  public :: check, check_status, check_hex64, check_hex32, check_f64, check_f32, check_i64, &
      hex64, hex32, u64, same_f64, same_f32, same_f64s, same_f32s, finish

  integer, save :: n_passed = 0, n_failed = 0
  character(len=16), parameter :: digits = "0123456789abcdef"

contains

  subroutine check(ok, what)
    logical, intent(in) :: ok
    character(len=*), intent(in) :: what
    if (ok) then
      n_passed = n_passed + 1
    else
      n_failed = n_failed + 1
      write (*, "(2a)") "FAILED: ", what
    end if
  end subroutine check

  subroutine check_status(got, expected, what)
    integer(c_int32_t), intent(in) :: got, expected
    character(len=*), intent(in) :: what
    character(len=80) :: detail
    write (detail, "(a, i0, a, i0)") " (status ", got, ", expected ", expected
    call check(got == expected, what // trim(detail) // ")")
  end subroutine check_status

  !> The 64 bits of x as 16 lower-case hex digits (x read as uint64_t).
  pure function hex64(x) result(text)
    integer(c_int64_t), intent(in) :: x
    character(len=16) :: text
    integer :: i, d
    do i = 1, 16
      d = int(ibits(x, 4 * (16 - i), 4))
      text(i:i) = digits(d + 1:d + 1)
    end do
  end function hex64

  !> The 32 bits of x as 8 lower-case hex digits (x read as uint32_t).
  pure function hex32(x) result(text)
    integer(c_int32_t), intent(in) :: x
    character(len=8) :: text
    integer :: i, d
    do i = 1, 8
      d = int(ibits(x, 4 * (8 - i), 4))
      text(i:i) = digits(d + 1:d + 1)
    end do
  end function hex32

  !> The 64-bit pattern written as (up to 16) hex digits: u64("f39cc0605cedc835").
  pure function u64(text) result(x)
    character(len=*), intent(in) :: text
    integer(c_int64_t) :: x
    integer :: i
    x = 0
    do i = 1, len(text)
      x = ior(ishft(x, 4), int(index(digits, text(i:i)) - 1, c_int64_t))
    end do
  end function u64

  pure logical function same_f64(a, b)
    real(c_double), intent(in) :: a, b
    same_f64 = transfer(a, 0_c_int64_t) == transfer(b, 0_c_int64_t)
  end function same_f64

  pure logical function same_f32(a, b)
    real(c_float), intent(in) :: a, b
    same_f32 = transfer(a, 0_c_int32_t) == transfer(b, 0_c_int32_t)
  end function same_f32

  !> Two arrays of the same size with the same bits in every element.
  pure logical function same_f64s(x, y)
    real(c_double), intent(in) :: x(:), y(:)
    integer :: j
    same_f64s = size(x) == size(y)
    do j = 1, min(size(x), size(y))
      same_f64s = same_f64s .and. same_f64(x(j), y(j))
    end do
  end function same_f64s

  pure logical function same_f32s(x, y)
    real(c_float), intent(in) :: x(:), y(:)
    integer :: j
    same_f32s = size(x) == size(y)
    do j = 1, min(size(x), size(y))
      same_f32s = same_f32s .and. same_f32(x(j), y(j))
    end do
  end function same_f32s

  subroutine check_hex64(got, expected, what)
    integer(c_int64_t), intent(in) :: got(:)
    character(len=*), intent(in) :: expected(:)
    character(len=*), intent(in) :: what
    integer :: i
    if (size(got) /= size(expected)) then
      call check(.false., what // ": wrong count")
      return
    end if
    do i = 1, size(got)
      call check(hex64(got(i)) == expected(i), &
          what // ": got " // hex64(got(i)) // ", expected " // expected(i))
    end do
  end subroutine check_hex64

  subroutine check_hex32(got, expected, what)
    integer(c_int32_t), intent(in) :: got(:)
    character(len=*), intent(in) :: expected(:)
    character(len=*), intent(in) :: what
    integer :: i
    if (size(got) /= size(expected)) then
      call check(.false., what // ": wrong count")
      return
    end if
    do i = 1, size(got)
      call check(hex32(got(i)) == expected(i), &
          what // ": got " // hex32(got(i)) // ", expected " // expected(i))
    end do
  end subroutine check_hex32

  !> Doubles compared with the hex of their IEEE-754 bits.
  subroutine check_f64(got, expected, what)
    real(c_double), intent(in) :: got(:)
    character(len=*), intent(in) :: expected(:)
    character(len=*), intent(in) :: what
    integer(c_int64_t) :: bits(size(got))
    integer :: i
    do i = 1, size(got)
      bits(i) = transfer(got(i), 0_c_int64_t)
    end do
    call check_hex64(bits, expected, what)
  end subroutine check_f64

  !> Floats compared with the hex of their IEEE-754 bits.
  subroutine check_f32(got, expected, what)
    real(c_float), intent(in) :: got(:)
    character(len=*), intent(in) :: expected(:)
    character(len=*), intent(in) :: what
    integer(c_int32_t) :: bits(size(got))
    integer :: i
    do i = 1, size(got)
      bits(i) = transfer(got(i), 0_c_int32_t)
    end do
    call check_hex32(bits, expected, what)
  end subroutine check_f32

  subroutine check_i64(got, expected, what)
    integer(c_int64_t), intent(in) :: got(:), expected(:)
    character(len=*), intent(in) :: what
    character(len=200) :: detail
    integer :: i
    if (size(got) /= size(expected)) then
      call check(.false., what // ": wrong count")
      return
    end if
    do i = 1, size(got)
      write (detail, "(a, i0, a, i0, a, i0)") ": element ", i, " is ", got(i), ", expected ", &
          expected(i)
      call check(got(i) == expected(i), what // trim(detail))
    end do
  end subroutine check_i64

  subroutine finish()
    write (*, "(i0, a, i0, a)") n_passed, " passed, ", n_failed, " failed"
    if (n_failed > 0) stop 1
  end subroutine finish

end module rs_testing
