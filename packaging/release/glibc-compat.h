/* Force-included into every CPython compilation unit by build-cpython.sh (x86_64 only).
 * glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions (faster, without the old
 * SVID error handling); code compiled against 2.31 binds to them and then refuses to load on
 * glibc 2.28 (UOS 20). Binding to the original versions keeps the result loadable there;
 * CPython checks errno/ranges itself, so the old error handling changes nothing it sees. */
/* Not __GLIBC__: this header comes before every other one, so nothing has defined it yet (and
 * including <features.h> here would fix the feature macros before pyconfig.h sets them). */
#if defined(__x86_64__) && defined(__linux__)
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
#endif
