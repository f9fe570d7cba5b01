// Turns the paths a user names into the list of inputs to read: "-" is standard input; an
// http:// or https:// URL is kept as it is (DocumentReader fetches it); a file is read whatever
// its name; a folder is walked recursively (hidden entries skipped, symbolic links to folders
// not followed) for .txt, .jsonl, .ndjson, .xml, .rss, .atom, .html and .htm files, gzipped or
// not, in sorted order; a name that does not exist but holds * ? or [ is expanded as a glob.
#ifndef VIGIE_READ_INPUTS_H_
#define VIGIE_READ_INPUTS_H_

#include <string>
#include <vector>

#include "common/status.h"

namespace vigie {

struct InputError {
  std::string path;
  Status status;
};

// Inputs in the order named (each folder's files sorted); paths that cannot be used are
// reported in *errors and left out.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args, std::vector<InputError>* errors);

// True for names a folder walk picks up: *.txt, *.jsonl, *.ndjson, *.xml, *.rss, *.atom,
// *.html, *.htm, and the same with .gz.
bool IsReadableName(const std::string& name);

}  // namespace vigie

#endif  // VIGIE_READ_INPUTS_H_
