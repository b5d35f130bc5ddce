// RecordLog: byte records appended in order and read back in that order,
// in memory while they are few, in an unnamed temporary file past a budget.
//
// Contract: Append() keeps records in memory while the log holds at most
// `memory_bytes`; the append that passes it moves them all to a file created
// in `temp_dir` and unlinked at once, so the file takes no name in the
// folder and is gone when the log is (or the process is killed). Read()
// ends appending and returns a cursor over the records, first to last; a
// log may be read again, by one cursor at a time. A write or read the system refuses (a full disk, a
// folder that does not exist or cannot be written) is an IoError naming the
// folder; the log then refuses further appends with the same Status.
#ifndef FIGCHECK_STORE_RECORD_LOG_H_
#define FIGCHECK_STORE_RECORD_LOG_H_

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "checker/util/status.h"

namespace figcheck {

class RecordLog {
 public:
  RecordLog(std::string temp_dir, size_t memory_bytes);
  ~RecordLog();
  RecordLog(const RecordLog&) = delete;
  RecordLog& operator=(const RecordLog&) = delete;

  Status Append(std::string_view record);

  // Reads the records in order: Next() gives each (valid until the next
  // call) and false at the end or on an error, which status() then holds.
  class Cursor {
   public:
    bool Next(std::string_view* record);
    const Status& status() const { return status_; }

   private:
    friend class RecordLog;
    explicit Cursor(const RecordLog* log) : log_(log) {}
    const RecordLog* log_;
    size_t offset_ = 0;       // in memory: where the next record starts
    std::string buffer_;      // on disk: the current record
    Status status_;
  };
  Result<Cursor> Read();

  size_t records() const { return records_; }
  size_t bytes() const { return bytes_; }  // record bytes appended, without framing
  bool on_disk() const { return file_ != nullptr; }

 private:
  Status MoveToFile();
  Status Failed(const std::string& what);

  std::string temp_dir_;
  size_t memory_bytes_;
  std::string memory_;  // framed records while in memory
  std::FILE* file_ = nullptr;
  size_t records_ = 0;
  size_t bytes_ = 0;
  bool reading_ = false;
  Status status_;
};

}  // namespace figcheck

#endif  // FIGCHECK_STORE_RECORD_LOG_H_
