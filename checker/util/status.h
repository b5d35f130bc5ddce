// Status and Result<T>: errors as values at module boundaries.
//
// Contract: no exception crosses a module boundary in figcheck. A function
// that can fail on bad input returns a Status (nothing else to return) or a
// Result<T> (a value or the Status saying why not). A Status message names
// what failed, with file and line where one is known, e.g.
//   "rules/units.yaml:12: unknown dimension 'powr'".
#ifndef FIGCHECK_UTIL_STATUS_H_
#define FIGCHECK_UTIL_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace figcheck {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidInput, kNotFound, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value of T, or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}   // NOLINT: must not be Ok

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_STATUS_H_
