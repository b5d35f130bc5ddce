// Running a program without a shell and collecting what it prints.
//
// Contract: RunProcess executes argv[0] (looked up on PATH) with exactly the
// arguments in `argv`: no shell, so no quoting, globbing or injection. It
// returns the exit code and everything written to stdout and stderr (both
// drained together, so neither pipe can fill and stall the child). A program
// that cannot be started is an IoError naming it; a non-zero exit is not an
// error here, the caller decides what it means.
#ifndef FIGCHECK_UTIL_SUBPROCESS_H_
#define FIGCHECK_UTIL_SUBPROCESS_H_

#include <string>
#include <vector>

#include "checker/util/status.h"

namespace figcheck {

struct ProcessOutput {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

Result<ProcessOutput> RunProcess(const std::vector<std::string>& argv);

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_SUBPROCESS_H_
