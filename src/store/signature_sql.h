// SQL functions over near-duplicate signatures (stories/minhash.h), for schema migrations that
// recompute them from the stored text:
//   vigie_minhash(body)        the signature blob of a body (folded as at ingest)
//   vigie_band_keys(signature) its LSH band keys as a JSON array of integers, for json_each;
//                              [] for a text too short to compare or a blob of the wrong size
#ifndef VIGIE_STORE_SIGNATURE_SQL_H_
#define VIGIE_STORE_SIGNATURE_SQL_H_

#include <sqlite3.h>

#include "common/status.h"

namespace vigie {

Status RegisterSignatureFunctions(sqlite3* db);

}  // namespace vigie

#endif  // VIGIE_STORE_SIGNATURE_SQL_H_
