// Allocator tuning for a process that reads document after document.
//
// Contract: KeepFreedMemoryForReuse() asks glibc's malloc to serve large
// blocks from its heap and to keep freed memory instead of returning it to
// the system at once. Call it first thing in main(); it has no other effect.
//
// Why: each document builds vectors of claims and quantities of a few hundred
// kilobytes. Past glibc's mmap threshold every such vector is mapped afresh and
// unmapped when the document is done, so the next document pays a page fault
// per 4 KB page touched. Measured on bench/make_corpus.py text (10 MB, pinned
// to one core): the attribution pass spent ~25 % of its time in page faults
// once a rule change pushed claim vectors over the threshold. The limits below
// only keep what the largest document needed; peak memory is unchanged.
#ifndef FIGCHECK_UTIL_MALLOC_TUNING_H_
#define FIGCHECK_UTIL_MALLOC_TUNING_H_

namespace figcheck {

void KeepFreedMemoryForReuse();

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_MALLOC_TUNING_H_
