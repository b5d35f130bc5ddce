#include "checker/store/record_log.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "checker/store/claim_codec.h"

namespace figcheck {

RecordLog::RecordLog(std::string temp_dir, size_t memory_bytes)
    : temp_dir_(std::move(temp_dir)), memory_bytes_(memory_bytes) {}

RecordLog::~RecordLog() {
  if (file_ != nullptr) std::fclose(file_);
}

Status RecordLog::Failed(const std::string& what) {
  status_ = Status::IoError("temporary file in " + temp_dir_ + ": " + what + ": " + std::strerror(errno));
  return status_;
}

Status RecordLog::MoveToFile() {
  std::string name = temp_dir_ + "/figcheck-spill-XXXXXX";
  std::vector<char> path(name.begin(), name.end());
  path.push_back('\0');
  const int fd = mkstemp(path.data());
  if (fd < 0) return Failed("cannot create");
  unlink(path.data());  // nameless from now on: nothing is left behind, whatever ends the run
  file_ = fdopen(fd, "w+b");
  if (file_ == nullptr) {
    close(fd);
    return Failed("cannot open");
  }
  if (!memory_.empty() && std::fwrite(memory_.data(), 1, memory_.size(), file_) != memory_.size()) {
    return Failed("cannot write");
  }
  std::string().swap(memory_);
  return Status::Ok();
}

Status RecordLog::Append(std::string_view record) {
  if (!status_.ok()) return status_;
  if (reading_) return Status::Internal("a record log was appended to after it was read");
  std::string frame;
  EncodeVarint(record.size(), &frame);
  if (file_ == nullptr && memory_.size() + frame.size() + record.size() > memory_bytes_) {
    if (Status s = MoveToFile(); !s.ok()) return s;
  }
  if (file_ == nullptr) {
    memory_ += frame;
    memory_.append(record);
  } else if (std::fwrite(frame.data(), 1, frame.size(), file_) != frame.size() ||
             std::fwrite(record.data(), 1, record.size(), file_) != record.size()) {
    return Failed("cannot write");
  }
  ++records_;
  bytes_ += record.size();
  return Status::Ok();
}

Result<RecordLog::Cursor> RecordLog::Read() {
  if (!status_.ok()) return status_;
  if (file_ != nullptr && (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0)) {
    return Failed("cannot read back");
  }
  reading_ = true;
  return Cursor(this);
}

bool RecordLog::Cursor::Next(std::string_view* record) {
  if (!status_.ok()) return false;
  if (log_->file_ == nullptr) {
    std::string_view rest = std::string_view(log_->memory_).substr(offset_);
    if (rest.empty()) return false;
    uint64_t n = 0;
    if (!DecodeVarint(&rest, &n) || n > rest.size()) {
      status_ = Status::Internal("a record log in memory is damaged");
      return false;
    }
    *record = rest.substr(0, static_cast<size_t>(n));
    offset_ = log_->memory_.size() - rest.size() + static_cast<size_t>(n);
    return true;
  }
  uint64_t n = 0;
  for (int shift = 0;; shift += 7) {
    const int byte = std::fgetc(log_->file_);
    if (byte == EOF) {
      if (shift == 0 && !std::ferror(log_->file_)) return false;  // the end, between records
      status_ = Status::IoError("temporary file in " + log_->temp_dir_ + ": cannot read back a record");
      return false;
    }
    n |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) break;
    if (shift > 56) {
      status_ = Status::Internal("temporary file in " + log_->temp_dir_ + " is damaged");
      return false;
    }
  }
  buffer_.resize(static_cast<size_t>(n));
  if (n > 0 && std::fread(buffer_.data(), 1, buffer_.size(), log_->file_) != buffer_.size()) {
    status_ = Status::IoError("temporary file in " + log_->temp_dir_ + ": a record ends early");
    return false;
  }
  *record = buffer_;
  return true;
}

}  // namespace figcheck
