// Libraries opened on first use (dlopen) rather than linked: libcurl for downloads, libzip for
// zipped rate files. Linked, each would be loaded and initialised by every figcheck process
// (libzip brings OpenSSL's libcrypto: about 3 ms of start-up), although few runs use them.
#pragma once

#include <dlfcn.h>

#include <cstring>

namespace figcheck {

// The symbol `name` of `library` (a dlopen handle) as a function pointer; false when absent.
// (memcpy: ISO C++ has no cast from an object pointer to a function pointer.)
template <typename Function>
bool ResolveSymbol(void* library, const char* name, Function* function) {
  void* symbol = dlsym(library, name);
  if (symbol == nullptr) return false;
  static_assert(sizeof(Function) == sizeof(symbol));
  std::memcpy(function, &symbol, sizeof symbol);
  return true;
}

}  // namespace figcheck
