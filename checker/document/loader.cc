// Loading documents: listing files, reading bytes, and building a Document.
#include "checker/document/loader.h"

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

struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

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
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::IoError(path + ": is a folder, not a file");
  std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  const auto size = fs::file_size(path, ec);
  if (!ec) bytes.reserve(static_cast<size_t>(size));
  Status s = ReadAll(file.get(), path, &bytes);
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
