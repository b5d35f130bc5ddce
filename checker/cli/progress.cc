#include "checker/cli/progress.h"

namespace figcheck {

Progress::Progress(std::ostream& out, size_t total, bool enabled, std::chrono::milliseconds interval)
    : out_(out), total_(total), enabled_(enabled), interval_(interval) {}

void Progress::Advance() {
  ++done_;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ < total_ && drawn_ && now - last_ < interval_) return;
  last_ = now;
  drawn_ = true;
  out_ << "\r[" << done_ << '/' << total_ << "] documents" << std::flush;
}

void Progress::Finish() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\033[K" << std::flush;  // erase the line
  drawn_ = false;
}

}  // namespace figcheck
