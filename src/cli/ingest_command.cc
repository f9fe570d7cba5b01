// vigie ingest: read, analyse and store documents (docs/store.md).
#include <sys/stat.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis_json.h"
#include "analyze/analyzer.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress.h"
#include "common/data_dir.h"
#include "read/document_reader.h"
#include "read/inputs.h"
#include "store/store.h"

namespace vigie {
namespace {

struct IngestFlags {
  std::vector<std::string> inputs;
  std::string db;
  int batch = 500;
  bool lenient = false;
  bool quiet = false;
  std::string format = "auto";
  std::string max_doc_bytes = "10M";
  std::string data_dir;
};

// Everything one ingest run tracks, and the one place that writes to the store.
class Ingester {
 public:
  Ingester(Store* store, Analyzer* analyzer, Progress* progress, int batch, int64_t run)
      : store_(store), analyzer_(analyzer), progress_(progress), batch_(batch), run_(run) {}

  // Sets an input aside. A store error stops the run (returned).
  Status Reject(const std::string& origin, const std::string& doc_id, const Status& why, const std::string& head) {
    progress_->Finish();
    std::fprintf(stderr, "vigie: rejected: %s: %s\n", origin.c_str(), why.message().c_str());
    ++counts_.rejected;
    VIGIE_RETURN_IF_ERROR(store_->Quarantine(origin, doc_id, why.message(), head));
    return Counted();
  }

  Status Add(ReadItem* item) {
    ++counts_.read;
    if (!item->ok) return Reject(item->origin, "", item->error, item->head);
    for (const std::string& w : item->doc.warnings) {
      progress_->Finish();
      std::fprintf(stderr, "vigie: warning: %s: %s\n", item->origin.c_str(), w.c_str());
    }
    // Known documents are skipped before the analysis: a re-run costs a read and a lookup.
    std::string hash = ContentHash(item->doc.body);
    Result<bool> known = store_->Contains(item->doc.id, hash);
    if (!known.ok()) return known.status();
    if (*known) {
      ++counts_.duplicates;
      return Counted();
    }
    std::string id = item->doc.id;
    Analyzed& slot = analyzed_[waiting_];
    Status analysed = analyzer_->Analyze(std::move(item->doc), &slot.analysis);
    if (!analysed.ok()) return Reject(item->origin, id, analysed, "");
    slot.json.clear();
    json_.Write(slot.analysis, AnalysisJsonOptions(), &slot.json);
    slot.hash = std::move(hash);
    ++waiting_;
    waiting_bytes_ += slot.analysis.text.size();
    // Stored a few at a time (fewer when they are long), the batch's size kept exact.
    if (waiting_ < analyzed_.size() && waiting_bytes_ < kAnalyzeAheadBytes &&
        in_batch_ + static_cast<int>(waiting_) < batch_) {
      return Status::Ok();
    }
    VIGIE_RETURN_IF_ERROR(PutWaiting());
    if (in_batch_ >= batch_) return Commit(/*reopen=*/true);
    return Status::Ok();
  }

  // Stores the analysed documents still waiting, commits the open batch and starts the next.
  Status Commit(bool reopen) {
    VIGIE_RETURN_IF_ERROR(PutWaiting());
    VIGIE_RETURN_IF_ERROR(store_->CommitBatch(run_, counts_));
    in_batch_ = 0;
    return reopen ? store_->BeginBatch() : Status::Ok();
  }

  void NoteBytes(int64_t bytes) { bytes_ = bytes; }
  const IngestCounts& counts() const { return counts_; }

 private:
  Status Counted() {
    progress_->Update(counts_.read, bytes_);
    if (++in_batch_ + static_cast<int>(waiting_) >= batch_) return Commit(/*reopen=*/true);
    return Status::Ok();
  }

  // Puts the analysed documents waiting, in their order (their batch is still open).
  Status PutWaiting() {
    for (size_t i = 0; i < waiting_; ++i) {
      const Analyzed& d = analyzed_[i];
      Result<Store::PutResult> put = store_->Put(d.analysis, d.json, d.hash);
      if (!put.ok()) return put.status();
      ++(*put == Store::PutResult::kStored ? counts_.stored : counts_.duplicates);
      ++in_batch_;
      // A slot that held a long document gives its memory back.
      if (d.analysis.text.size() > kAnalyzeAheadBytes / 4) analyzed_[i] = Analyzed();
    }
    waiting_ = 0;
    waiting_bytes_ = 0;
    progress_->Update(counts_.read, bytes_);
    return Status::Ok();
  }

  Store* store_;
  Analyzer* analyzer_;
  Progress* progress_;
  int batch_;
  int64_t run_;
  int in_batch_ = 0;
  int64_t bytes_ = -1;
  IngestCounts counts_;
  // Documents analysed and not yet stored. The analysis and the store each run kAnalyzeAhead
  // documents in a row, so that one's tables and the other's pages stay in the processor's
  // caches: on the corpus, 64 at a time made both about a tenth faster than one by one
  // (store_bench --phase, docs/benchmarks.md).
  static constexpr size_t kAnalyzeAhead = 64;
  static constexpr size_t kAnalyzeAheadBytes = size_t{4} << 20;  // of text waiting, at most
  struct Analyzed {
    Analysis analysis;
    std::string json, hash;
  };
  std::vector<Analyzed> analyzed_ = std::vector<Analyzed>(kAnalyzeAhead);
  size_t waiting_ = 0, waiting_bytes_ = 0;
  AnalysisJsonWriter json_;
};

int64_t FileSize(const std::string& path) {
  struct stat st;
  if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return -1;
  return static_cast<int64_t>(st.st_size);
}

int Fatal(const Status& status) {
  std::fprintf(stderr, "vigie ingest: %s (documents committed before this are kept)\n", status.message().c_str());
  return kExitFatal;
}

int RunIngest(const IngestFlags& flags) {
  ReadOptions read;
  Result<InputFormat> format = ParseInputFormat(flags.format);
  if (!format.ok()) {
    std::fprintf(stderr, "vigie ingest: %s\n", format.status().message().c_str());
    return kExitUsage;
  }
  read.format = *format;
  std::optional<size_t> budget = ParseSize(flags.max_doc_bytes);
  if (!budget || *budget == 0 || *budget > (size_t{1} << 30)) {
    std::fprintf(stderr, "vigie ingest: --max-doc-bytes must be a size from 1 to 1G (e.g. 10M), not '%s'\n",
                 flags.max_doc_bytes.c_str());
    return kExitUsage;
  }
  read.max_doc_bytes = *budget;
  read.utf8 = flags.lenient ? Utf8Policy::kLenient : Utf8Policy::kStrict;
  if (flags.batch < 1 || flags.batch > 1000000) {
    std::fprintf(stderr, "vigie ingest: --batch must be from 1 to 1000000, not %d\n", flags.batch);
    return kExitUsage;
  }

  Result<std::string> path = DatabasePath(flags.db, /*create_folder=*/true);
  if (!path.ok()) {
    std::fprintf(stderr, "vigie ingest: %s\n", path.status().message().c_str());
    return kExitFatal;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport("ingest", *path, Store::Create::kIfMissing);
  if (!store) return kExitFatal;

  Result<std::string> data_dir = FindDataDir(flags.data_dir);
  if (!data_dir.ok()) {
    std::fprintf(stderr, "vigie ingest: %s\n", data_dir.status().message().c_str());
    return kExitFatal;
  }
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(*data_dir, Analyzer::Options());
  if (!analyzer.ok()) {
    std::fprintf(stderr, "vigie ingest: cannot load data: %s\n", analyzer.status().ToString().c_str());
    return kExitFatal;
  }

  std::vector<InputError> input_errors;
  std::vector<std::string> inputs = ExpandInputs(flags.inputs, &input_errors);
  int64_t total_bytes = 0;
  for (const std::string& input : inputs) {
    int64_t size = FileSize(input);
    total_bytes = size < 0 || total_bytes < 0 ? -1 : total_bytes + size;
  }
  std::string named;
  for (const std::string& a : flags.inputs) named += (named.empty() ? "" : " ") + a;
  Result<int64_t> run = store->BeginRun(named);
  if (!run.ok()) return Fatal(run.status());

  Progress progress(flags.quiet ? Progress::Mode::kNone : Progress::ModeForStderr(), "vigie ingest", total_bytes);
  Ingester ingester(store.get(), analyzer->get(), &progress, flags.batch, *run);
  Status status = store->BeginBatch();
  if (!status.ok()) return Fatal(status);
  for (const InputError& e : input_errors) {
    status = ingester.Reject(e.path, "", e.status, "");
    if (!status.ok()) return Fatal(status);
  }
  int64_t bytes_before = 0;  // sizes of the inputs already read
  for (const std::string& input : inputs) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(input, read);
    if (!reader.ok()) {
      status = ingester.Reject(input == "-" ? "<stdin>" : input, "", reader.status(), "");
      if (!status.ok()) return Fatal(status);
      continue;
    }
    ReadItem item;
    while ((*reader)->Next(&item)) {
      int64_t offset = (*reader)->raw_offset();
      ingester.NoteBytes(total_bytes < 0 || offset < 0 ? -1 : bytes_before + offset);
      status = ingester.Add(&item);
      if (!status.ok()) return Fatal(status);
    }
    int64_t size = FileSize(input);
    if (size > 0) bytes_before += size;
  }
  status = ingester.Commit(/*reopen=*/false);
  if (status.ok()) status = store->FinishRun(*run, ingester.counts());
  if (!status.ok()) return Fatal(status);
  progress.Finish();

  const IngestCounts& c = ingester.counts();
  double seconds = progress.Seconds();
  std::fprintf(stderr,
               "vigie ingest: %s read, %s stored, %s duplicates, %s rejected in %.1f s (%s docs/s) into %s\n",
               GroupDigits(c.read).c_str(), GroupDigits(c.stored).c_str(), GroupDigits(c.duplicates).c_str(),
               GroupDigits(c.rejected).c_str(), seconds,
               GroupDigits(seconds > 0 ? static_cast<int64_t>(static_cast<double>(c.read) / seconds) : 0).c_str(),
               path->c_str());
  return c.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

CommandRunner AddIngestCommand(CLI::App* app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app->add_subcommand(
      "ingest", "Analyse documents and store them, with their events, categories and countries, in the database");
  cmd->add_option("inputs", flags->inputs, "files, folders, globs, or - for standard input")->required();
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--batch", flags->batch, "documents per transaction (a crash loses at most the open one)")
      ->capture_default_str();
  cmd->add_option("--format", flags->format, "input format: auto, seed, jsonl, text")->capture_default_str();
  cmd->add_flag("--lenient", flags->lenient,
                "replace invalid UTF-8 and NUL bytes with U+FFFD (with a warning) instead of rejecting");
  cmd->add_option("--max-doc-bytes", flags->max_doc_bytes, "size budget of one document, e.g. 10M, 512K")
      ->capture_default_str();
  cmd->add_flag("--quiet", flags->quiet, "no progress line (the final summary stays)");
  cmd->add_option("--data-dir", flags->data_dir, "folder of vigie's data files (default: found automatically)");
  cmd->footer(
      "Reads what analyze reads, into one SQLite file, full-text indexed (docs/store.md). A document already\n"
      "stored (same id, or same text up to case, accents and spacing) is counted as a duplicate and not stored\n"
      "again, so running the same ingest twice stores nothing new; bad inputs are reported and kept in the\n"
      "quarantine table (vigie quarantine).\n\n"
      "Exit codes: 0 all stored (or already there), 1 usage error, 2 some inputs rejected (the others stored),\n"
      "3 fatal (the database cannot be opened or written, data missing). Committed batches are never lost: after\n"
      "a crash or kill, run the same ingest again to finish the job.");
  return [flags] { return RunIngest(*flags); };
}

}  // namespace vigie
