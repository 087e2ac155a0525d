// What the development tools scan_rule_cost and pass_cost share: valgrind's
// client macros when its headers are there (Debian's valgrind package;
// scripts/install-deps does not need it; without them the tools only
// measure CPU time), and the thread's CPU clock.
#pragma once

#include <time.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#define CALLGRIND_TOGGLE_COLLECT ((void)0)
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
#endif

namespace convoguard::bench {

inline double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace convoguard::bench
