// Status and Result<T>: the one error currency inside vigie.
//
// Every fallible function returns a Status (or a Result<T> carrying either a value or a
// non-OK Status). The CLI maps codes to exit codes and nothing else looks at transport
// details. Both types are cheap to move and [[nodiscard]].
#ifndef VIGIE_COMMON_STATUS_H_
#define VIGIE_COMMON_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace vigie {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed (bad flag value, bad path)
  kNotFound,         // a file, data resource or language is not there
  kIoError,          // the operating system refused a read or write
  kInvalidInput,     // a document or record is malformed (bad UTF-8, bad JSON, empty...)
  kOutOfBudget,      // a written budget was exceeded (document size, line length...)
  kUnsupported,      // valid but not handled (e.g. no stemmer for a language)
  kInternal,         // a bug or a broken invariant
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status InvalidInput(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
  static Status OutOfBudget(std::string m) { return {StatusCode::kOutOfBudget, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: line 3: ..." or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: must not be OK

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace vigie

#define VIGIE_RETURN_IF_ERROR(expr)          \
  do {                                       \
    ::vigie::Status vigie_status_ = (expr);  \
    if (!vigie_status_.ok()) return vigie_status_; \
  } while (0)

#endif  // VIGIE_COMMON_STATUS_H_
