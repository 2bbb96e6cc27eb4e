/*
 * huge-pages.c: the one thing mlsys-lab cannot do from JavaScript.
 *
 * Large typed arrays come from mmap in 4 KiB pages, and on a virtual machine every
 * first touch of a page is a slow fault: about 1 s for the 343 MiB a 10M-row
 * clickstream fills, more than the generation itself. NumPy avoids this by asking the
 * kernel for transparent huge pages (madvise(MADV_HUGEPAGE)) on its large arrays.
 * adviseHugePages(buffer) does the same for an ArrayBuffer that has not been touched
 * yet: it advises the 2 MiB-aligned interior of the buffer's memory and returns true
 * when the kernel accepted the advice. It never moves, copies or frees memory.
 *
 * Built by scripts/build-native.js with the system C compiler against Node-API, which
 * is ABI-stable, so one build serves every Node version >= 20 on the machine.
 */
#define _DEFAULT_SOURCE /* MADV_HUGEPAGE is a Linux extension, outside strict C11 */
#include <node_api.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE_BYTES ((uintptr_t)2 << 20)

static napi_value advise_huge_pages(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  void *data = NULL;
  size_t length = 0;
  bool accepted = false;
  napi_value result;

  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) == napi_ok && argc == 1 &&
      napi_get_arraybuffer_info(env, argv[0], &data, &length) == napi_ok && data != NULL) {
    uintptr_t first = ((uintptr_t)data + HUGE_PAGE_BYTES - 1) & ~(HUGE_PAGE_BYTES - 1);
    uintptr_t last = ((uintptr_t)data + length) & ~(HUGE_PAGE_BYTES - 1);
#ifdef MADV_HUGEPAGE
    if (last > first) accepted = madvise((void *)first, last - first, MADV_HUGEPAGE) == 0;
#endif
  }
  napi_get_boolean(env, accepted, &result);
  return result;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  if (napi_create_function(env, "adviseHugePages", NAPI_AUTO_LENGTH, advise_huge_pages, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "adviseHugePages", fn) != napi_ok) return NULL;
  return exports;
}
