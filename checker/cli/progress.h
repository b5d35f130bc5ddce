// Progress on a terminal: "[123/5000] documents", redrawn in place.
//
// Contract: a Progress that is not enabled writes nothing at all (stderr piped
// to a file or a CI log, or --quiet). An enabled one redraws one line with
// "\r" at most every `interval` and always for the last document, and
// Finish() erases the line so the report that follows starts clean. The
// caller decides `enabled` (checker/cli/main.cc: stderr is a TTY and no --quiet).
#ifndef FIGCHECK_CLI_PROGRESS_H_
#define FIGCHECK_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>

namespace figcheck {

class Progress {
 public:
  Progress(std::ostream& out, size_t total, bool enabled,
           std::chrono::milliseconds interval = std::chrono::milliseconds(100));
  ~Progress() { Finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Advance();  // one more document done
  void Finish();

 private:
  std::ostream& out_;
  const size_t total_;
  const bool enabled_;
  const std::chrono::milliseconds interval_;
  size_t done_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace figcheck

#endif  // FIGCHECK_CLI_PROGRESS_H_
