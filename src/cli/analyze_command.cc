// vigie analyze: one analysis JSON object per document (or a readable summary).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis_json.h"
#include "analyze/analyzer.h"
#include "analyze/summary.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "common/data_dir.h"
#include "read/document_reader.h"
#include "read/inputs.h"

namespace vigie {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  bool jsonl = false;
  bool pretty = false;
  bool summary = false;
  bool tokens = false;
  bool text = false;
  bool lenient = false;
  std::string format = "auto";
  std::string max_doc_bytes = "10M";
  std::string max_input_bytes = "64M";
  double fetch_timeout = 30;
  size_t follow_links = 0;
  std::string data_dir;
};

void Report(const char* kind, const std::string& origin, const std::string& message) {
  std::fprintf(stderr, "vigie: %s: %s: %s\n", kind, origin.c_str(), message.c_str());
}

int RunAnalyze(const AnalyzeFlags& flags) {
  ReadOptions read;
  Result<InputFormat> format = ParseInputFormat(flags.format);
  if (!format.ok()) {
    std::fprintf(stderr, "vigie analyze: %s\n", format.status().message().c_str());
    return kExitUsage;
  }
  read.format = *format;
  std::optional<size_t> budget = ParseSize(flags.max_doc_bytes);
  if (!budget || *budget == 0 || *budget > (size_t{1} << 30)) {
    std::fprintf(stderr, "vigie analyze: --max-doc-bytes must be a size from 1 to 1G (e.g. 10M), not '%s'\n",
                 flags.max_doc_bytes.c_str());
    return kExitUsage;
  }
  read.max_doc_bytes = *budget;
  std::optional<size_t> input_budget = ParseSize(flags.max_input_bytes);
  if (!input_budget || *input_budget == 0 || *input_budget > (size_t{1} << 30)) {
    std::fprintf(stderr, "vigie analyze: --max-input-bytes must be a size from 1 to 1G (e.g. 64M), not '%s'\n",
                 flags.max_input_bytes.c_str());
    return kExitUsage;
  }
  read.max_input_bytes = *input_budget;
  if (!(flags.fetch_timeout > 0 && flags.fetch_timeout <= 3600)) {
    std::fprintf(stderr, "vigie analyze: --timeout must be from 0.001 to 3600 seconds, not %g\n", flags.fetch_timeout);
    return kExitUsage;
  }
  read.fetch.timeout_ms = std::max(1L, static_cast<long>(flags.fetch_timeout * 1000));
  read.fetch.connect_timeout_ms = std::min(read.fetch.connect_timeout_ms, read.fetch.timeout_ms);
  if (flags.follow_links > 1000) {
    std::fprintf(stderr, "vigie analyze: --follow-links must be from 0 to 1000, not %zu\n", flags.follow_links);
    return kExitUsage;
  }
  read.follow_links = flags.follow_links;
  read.utf8 = flags.lenient ? Utf8Policy::kLenient : Utf8Policy::kStrict;

  Result<std::string> data_dir = FindDataDir(flags.data_dir);
  if (!data_dir.ok()) {
    std::fprintf(stderr, "vigie analyze: %s\n", data_dir.status().message().c_str());
    return kExitFatal;
  }
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(*data_dir, Analyzer::Options());
  if (!analyzer.ok()) {
    std::fprintf(stderr, "vigie analyze: cannot load data: %s\n", analyzer.status().ToString().c_str());
    return kExitFatal;
  }

  std::vector<InputError> input_errors;
  std::vector<std::string> inputs = ExpandInputs(flags.inputs, &input_errors);
  size_t rejected = 0;
  for (const InputError& e : input_errors) {
    Report("rejected", e.path, e.status.message());
    ++rejected;
  }

  AnalysisJsonOptions json_options;
  json_options.style = flags.pretty ? JsonStyle::kPretty : JsonStyle::kCompact;
  json_options.include_text = flags.text;
  json_options.include_tokens = flags.tokens;
  AnalysisJsonWriter json;
  SummaryWriter summary;
  Analysis analysis;
  std::string out;
  // stdio keeps the buffer until exit: it must outlive this function.
  static char stdout_buffer[1 << 20];
  std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  size_t analysed = 0;

  for (const std::string& path : inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(path, read);
    if (!reader.ok()) {
      Report("rejected", path == "-" ? "<stdin>" : path, reader.status().message());
      ++rejected;
      continue;
    }
    ReadItem item;
    while ((*reader)->Next(&item)) {
      if (!item.ok) {
        Report("rejected", item.origin, item.error.message());
        ++rejected;
        continue;
      }
      for (const std::string& w : item.doc.warnings) Report("warning", item.origin, w);
      Status status = (*analyzer)->Analyze(std::move(item.doc), &analysis);
      if (!status.ok()) {
        Report("rejected", item.origin, status.ToString());
        ++rejected;
        continue;
      }
      ++analysed;
      out.clear();
      if (flags.summary) {
        summary.Add(analysis, &out);
      } else {
        json.Write(analysis, json_options, &out);
        out.push_back('\n');
      }
      if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) {
        std::fprintf(stderr, "vigie analyze: cannot write the output\n");
        return kExitFatal;
      }
    }
  }
  if (flags.summary) {
    out.clear();
    summary.Finish(rejected, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "vigie analyze: cannot write the output\n");
    return kExitFatal;
  }
  if (rejected > 0) {
    std::fprintf(stderr, "vigie: %zu document(s) analysed, %zu rejected\n", analysed, rejected);
    return kExitRejected;
  }
  return kExitOk;
}

}  // namespace

CommandRunner AddAnalyzeCommand(CLI::App* app) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "analyze",
      "Analyse documents and print one JSON object per document (schema vigie.analysis/1): people,\n"
      "organisations and places (with coordinates and the story's focus), dates and counts, events (PLOVER,\n"
      "with ACLED and CAMEO views) and threat categories, in French, English and Arabic.\n"
      "Reads the seed format ('date YYYY[-MM[-DD]]' then the body), JSONL (id,title,text,date,url,source,lang),\n"
      "plain text, RSS 2.0, RSS 1.0 (RDF) and Atom feeds (one document per item), HTML pages (their main text),\n"
      "any of these gzipped, folders (recursively: *.txt, *.jsonl, *.ndjson, *.xml, *.rss, *.atom, *.html, *.htm,\n"
      "and the same .gz), globs, http:// and https:// URLs (fetched, then read as a feed, a page or text), and -\n"
      "for standard input.");
  cmd->add_option("inputs", flags->inputs, "files, folders, globs, URLs, or - for standard input")->required();
  cmd->add_flag("--jsonl", flags->jsonl, "one compact JSON object per line (the default)");
  cmd->add_flag("--pretty", flags->pretty, "indented JSON, one object after another");
  cmd->add_flag("--summary", flags->summary, "a readable summary instead of JSON");
  cmd->add_flag("--tokens", flags->tokens, "add tokens[] (kind, folded form, stem) to the JSON");
  cmd->add_flag("--text", flags->text, "add doc.text, the analysed text that offsets point into");
  cmd->add_option("--format", flags->format, "input format: auto, seed, jsonl, text, feed, html")->capture_default_str();
  cmd->add_flag("--lenient", flags->lenient,
                "replace invalid UTF-8 and NUL bytes with U+FFFD (with a warning) instead of rejecting");
  cmd->add_option("--max-doc-bytes", flags->max_doc_bytes, "size budget of one document, e.g. 10M, 512K")
      ->capture_default_str();
  cmd->add_option("--max-input-bytes", flags->max_input_bytes,
                  "size budget of a whole feed or HTML page, and of a fetched URL's body")
      ->capture_default_str();
  cmd->add_option("--timeout", flags->fetch_timeout, "deadline of each URL fetch, in seconds")->capture_default_str();
  cmd->add_option("--follow-links", flags->follow_links,
                  "fetch the linked page of up to N items per feed and analyse its main text when longer")
      ->capture_default_str();
  cmd->add_option("--data-dir", flags->data_dir, "folder of vigie's data files (default: found automatically)");
  cmd->get_option("--pretty")->excludes("--jsonl");
  cmd->get_option("--summary")->excludes("--jsonl")->excludes("--pretty");
  cmd->footer(
      "Exit codes: 0 all fine, 1 usage error, 2 some documents rejected (the others printed), 3 fatal.\n"
      "Rejections and warnings go to standard error as 'vigie: rejected: ORIGIN: MESSAGE'.");
  return [flags] { return RunAnalyze(*flags); };
}

}  // namespace vigie
