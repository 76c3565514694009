// ay.h: the public C API of Ay, an embeddable Python-language interpreter with a
// built-in asyncio event loop. This is the only header a host includes.
#ifndef AY_H
#define AY_H

#define AY_VERSION_MAJOR 0
#define AY_VERSION_MINOR 1
#define AY_VERSION_PATCH 0
#define AY_VERSION_STRING "0.1.0"

#if defined(__GNUC__)
#define AY_API __attribute__((visibility("default")))
#else
#define AY_API
#endif

#endif
