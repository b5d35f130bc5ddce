// Loading documents: listing files, reading bytes, and building a Document.
#include "checker/document/loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "checker/document/decode.h"
#include "checker/document/markup.h"
#include "checker/document/metadata.h"

namespace figcheck {

namespace fs = std::filesystem;

bool HasDocumentExtension(const fs::path& path) {
  static constexpr std::array<std::string_view, 5> kExtensions = {".txt", ".md", ".markdown", ".html", ".htm"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

std::string NormalPath(const std::string& path) { return fs::path(path).lexically_normal().generic_string(); }

namespace {

// Hidden entries (.git, .DS_Store, editor swap files) are never articles.
bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

Status ListFolder(const std::string& folder, std::vector<std::string>* out) {
  std::vector<std::string> found;
  std::error_code ec;
  // Symlinked folders inside are not descended: a link cycle cannot loop the walk.
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (IsHidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(ec) && HasDocumentExtension(entry.path())) found.push_back(entry.path().string());
  }
  if (ec) return Status::IoError(folder + ": cannot list folder: " + ec.message());
  // Byte order of the path strings: the same on every machine and locale.
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
  return Status::Ok();
}

Status ReadAll(std::FILE* file, const std::string& name, std::string* bytes) {
  std::array<char, 1 << 16> buffer;
  for (;;) {
    const size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
    bytes->append(buffer.data(), n);
    if (n < buffer.size()) break;
  }
  if (std::ferror(file)) return Status::IoError(name + ": cannot read: " + std::strerror(errno));
  return Status::Ok();
}

// The whole of an open file: its size from fstat, then read until the end
// (a file that grows meanwhile is read to where it ends).
Status ReadFile(int fd, const std::string& path, std::string* bytes) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": is a folder, not a file");
  // One byte past the size it has, so reaching the end takes one more read, not a resize.
  size_t capacity = S_ISREG(st.st_mode) && st.st_size > 0 ? static_cast<size_t>(st.st_size) + 1 : 1 << 16;
  size_t have = bytes->size();
  for (;;) {
    if (bytes->size() < have + capacity) bytes->resize(have + capacity);
    const ssize_t n = ::read(fd, bytes->data() + have, bytes->size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      bytes->resize(have);
      return Status::IoError(path + ": cannot read: " + std::strerror(errno));
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
    if (have == bytes->size()) capacity = have;  // full: grow geometrically
  }
  bytes->resize(have);
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> ListDocuments(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (path == "-") {
      files.push_back(path);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (!fs::exists(st)) return Status::NotFound(path + ": no such file or directory");
    if (ec) return Status::IoError(path + ": " + ec.message());
    if (fs::is_directory(st)) {
      Status s = ListFolder(path, &files);
      if (!s.ok()) return s;
    } else {
      files.push_back(path);  // named explicitly: taken whatever its extension
    }
  }
  return files;
}

Result<Document> LoadDocument(const std::string& path, const LoadOptions& options) {
  std::string bytes;
  if (path == "-") {
    Status s = ReadAll(stdin, "<stdin>", &bytes);
    if (!s.ok()) return s;
    return DocumentFromBytes(path, bytes, options);
  }
  // One open, one fstat, reads straight into the string: a corpus of short
  // articles pays these calls per document.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  const Status s = ReadFile(fd, path, &bytes);
  ::close(fd);
  if (!s.ok()) return s;
  return DocumentFromBytes(path, bytes, options);
}

Result<Document> DocumentFromBytes(std::string path, std::string_view bytes, const LoadOptions& options) {
  Result<DecodedText> decoded = DecodeBytes(path == "-" ? "<stdin>" : path, bytes);
  if (!decoded.ok()) return decoded.status();
  Document doc;
  doc.path = std::move(path);
  doc.encoding = std::move(decoded->encoding);
  doc.text = std::move(decoded->text);
  doc.plain = BlankMarkup(doc.text);
  doc.published = options.published ? options.published : PublicationDate(doc.text);
  doc.lines = LineIndex(doc.text);
  return doc;
}

}  // namespace figcheck
